import type { DirectiveDirection, DirectiveStatus, DirectiveType } from '../../../../shared/domain';
import type { DirectiveRecord, SaveDirectiveInput } from '../../../../shared/schemas/directive';
import { call } from '../../api/client';
import type { LinkToMeeting } from '../../store/navigation';

/** What the form edits; dates are '' while empty so the date fields stay controlled. */
export interface DirectiveFormValues {
  direction: DirectiveDirection;
  numberSymbol: string;
  /** Null: the kind read from the symbol. */
  typeOverride: DirectiveType | null;
  issuerOrganisationId: number | null;
  issuerName: string;
  issuedDate: string;
  signer: string;
  summary: string;
  arrivalNumber: number | null;
  arrivalDate: string;
  status: DirectiveStatus;
  replacesId: number | null;
  guidesId: number | null;
  notes: string;
}

/**
 * A new entry. Received by default, with today as its arrival date; one only cited from a meeting
 * ("Trích dẫn, căn cứ") is registered as cited, with no arrival date.
 */
export function blankForm(today: string, numberSymbol = '', link: LinkToMeeting | null = null): DirectiveFormValues {
  const direction: DirectiveDirection = link?.relation === 'trich_dan' ? 'trich_dan' : 'den';
  return {
    direction,
    numberSymbol,
    typeOverride: null,
    issuerOrganisationId: null,
    issuerName: '',
    issuedDate: '',
    signer: '',
    summary: '',
    arrivalNumber: null,
    arrivalDate: direction === 'den' ? today : '',
    status: 'con_hieu_luc',
    replacesId: null,
    guidesId: null,
    notes: '',
  };
}

export function formOf(record: DirectiveRecord): DirectiveFormValues {
  return {
    direction: record.direction,
    numberSymbol: record.numberSymbol,
    typeOverride: record.type,
    issuerOrganisationId: record.issuerOrganisationId,
    issuerName: record.issuerName,
    issuedDate: record.issuedDate ?? '',
    signer: record.signer,
    summary: record.summary,
    arrivalNumber: record.arrivalNumber,
    arrivalDate: record.arrivalDate ?? '',
    status: record.status,
    replacesId: record.replacesId,
    guidesId: record.guidesId,
    notes: record.notes,
  };
}

/** `baseUpdatedAt`: the version the form was filled from (null for a new entry). */
export function saveInputOf(
  id: number | null,
  values: DirectiveFormValues,
  baseUpdatedAt: string | null = null,
  linkMeeting: LinkToMeeting | null = null,
): SaveDirectiveInput {
  const incoming = values.direction === 'den';
  return {
    id,
    baseUpdatedAt,
    linkMeeting,
    direction: values.direction,
    numberSymbol: values.numberSymbol,
    type: values.typeOverride,
    issuerOrganisationId: values.issuerOrganisationId,
    issuerName: values.issuerName,
    issuedDate: values.issuedDate || null,
    signer: values.signer,
    summary: values.summary,
    arrivalNumber: incoming ? values.arrivalNumber : null,
    arrivalDate: incoming ? values.arrivalDate || null : null,
    status: values.status,
    replacesId: values.replacesId,
    guidesId: values.guidesId,
    notes: values.notes,
  };
}

/**
 * Saves the entry as typed (a new one is put in the register and, in the same transaction, linked
 * to the meeting it was registered from with the relation picked there). Throws the main
 * process's Vietnamese refusal: a half-typed symbol, a duplicate (naming the entry already there).
 */
export function saveDirective(
  id: number | null,
  values: DirectiveFormValues,
  options: { linkMeeting?: LinkToMeeting; baseUpdatedAt?: string | null } = {},
): Promise<DirectiveRecord> {
  const { linkMeeting, baseUpdatedAt = null } = options;
  return call('directives:save', saveInputOf(id, values, baseUpdatedAt, id === null ? (linkMeeting ?? null) : null));
}
