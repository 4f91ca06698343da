import type { DocumentKind } from '../../../shared/domain';
import type { DocumentHeader, DocumentSignature, MinutesSigners } from '../../../shared/schemas/document';
import type { Profile } from '../../../shared/schemas/profile';
import { foldForSearch } from '../../../shared/text';

/**
 * Header, signature and "Nơi nhận" defaults taken from the committee's profile. They are only a
 * starting point: the user edits them on each document.
 */

/** Left header column: the committee, then the standing board that issues the document. */
export function defaultHeader(profile: Pick<Profile, 'parentBody'>): DocumentHeader {
  return { parentBody: profile.parentBody, issuingBody: 'BAN THƯỜNG TRỰC' };
}

/** "TM. BAN THƯỜNG TRỰC / CHỦ TỊCH / <name>": the chair signs on behalf of the standing board. */
export function defaultSignature(profile: Pick<Profile, 'chair'>): DocumentSignature {
  return {
    authority: 'tm',
    authorityBody: 'BAN THƯỜNG TRỰC',
    principalTitle: '',
    signerTitle: 'CHỦ TỊCH',
    signerName: profile.chair?.fullName ?? '',
  };
}

export const NO_MINUTES_SIGNERS: MinutesSigners = { secretaryName: '', chairName: '' };

/** Where the committee keeps its copy; always the last line of "Nơi nhận". */
export const FILE_COPY = 'Lưu: VT, MTTQ.';

/** The Party committee at the same level, as its standing body is addressed. */
function partyCommittee(profile: Pick<Profile, 'level' | 'committeeName'>): string {
  switch (profile.level) {
    case 'tinh':
      // Centrally-run cities have a Thành ủy, provinces a Tỉnh ủy.
      return foldForSearch(profile.committeeName).includes('thanh pho') ? 'Thành ủy' : 'Tỉnh ủy';
    case 'huyen':
      return 'Huyện ủy';
    case 'xa':
      return 'Đảng ủy';
    case 'trung_uong':
      return 'Ban Bí thư Trung ương Đảng';
  }
}

/** The Front committee one level up, or null at the central level. */
function frontAbove(profile: Pick<Profile, 'level'>): string | null {
  switch (profile.level) {
    case 'tinh':
      return 'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam';
    case 'huyen':
    case 'xa':
      return 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh';
    case 'trung_uong':
      return null;
  }
}

/** "(để b/c)" lines for the bodies a document is reported to. */
function reportedTo(profile: Pick<Profile, 'level' | 'committeeName'>): string[] {
  const above = frontAbove(profile);
  return [...(above === null ? [] : [`${above} (để b/c);`]), `Thường trực ${partyCommittee(profile)} (để b/c);`];
}

/** Default "Nơi nhận" per kind of document. */
export function defaultRecipients(kind: DocumentKind, profile: Pick<Profile, 'level' | 'committeeName'>): string[] {
  switch (kind) {
    case 'bien_ban':
      return [FILE_COPY];
    case 'thong_bao_ket_luan':
      return [
        ...reportedTo(profile),
        'Các đồng chí Ủy viên Ban Thường trực;',
        'Các tổ chức thành viên (để th/h);',
        FILE_COPY,
      ];
    case 'bao_cao':
      return ['Như trên;', ...reportedTo(profile), FILE_COPY];
    case 'ke_hoach':
      return [...reportedTo(profile), 'Các tổ chức thành viên (để ph/h);', FILE_COPY];
    case 'giay_moi':
    case 'cong_van':
      return ['Như trên;', FILE_COPY];
  }
}

/** "Kính gửi:" lines: reports go up to the Front committee above; letters are addressed by hand. */
export function defaultAddressees(kind: DocumentKind, profile: Pick<Profile, 'level'>): string[] {
  if (kind !== 'bao_cao') return [];
  const above = frontAbove(profile);
  return above === null ? [] : [above];
}
