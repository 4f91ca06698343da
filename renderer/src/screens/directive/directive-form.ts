import type { DirectiveDirection, DirectiveStatus, DirectiveType } from '../../../../shared/domain';
import type { DirectiveRecord, SaveDirectiveInput } from '../../../../shared/schemas/directive';
import { call } from '../../api/client';

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

export function blankForm(today: string, numberSymbol = ''): DirectiveFormValues {
  return {
    direction: 'den',
    numberSymbol,
    typeOverride: null,
    issuerOrganisationId: null,
    issuerName: '',
    issuedDate: '',
    signer: '',
    summary: '',
    arrivalNumber: null,
    arrivalDate: today,
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
export function saveInputOf(id: number | null, values: DirectiveFormValues, baseUpdatedAt: string | null = null): SaveDirectiveInput {
  const incoming = values.direction === 'den';
  return {
    id,
    baseUpdatedAt,
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
 * Saves the entry as typed (a new one is put in the register, and linked to the meeting it was
 * registered from). Throws the main process's Vietnamese refusal: a half-typed symbol, a duplicate.
 */
export async function saveDirective(
  id: number | null,
  values: DirectiveFormValues,
  options: { linkMeetingId?: number; baseUpdatedAt?: string | null } = {},
): Promise<DirectiveRecord> {
  const { linkMeetingId, baseUpdatedAt = null } = options;
  const saved = await call('directives:save', saveInputOf(id, values, baseUpdatedAt));
  if (id === null && linkMeetingId !== undefined) {
    await call('meetings:linkDirective', { meetingId: linkMeetingId, directiveId: saved.id });
  }
  return saved;
}
