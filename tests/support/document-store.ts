/** Helpers for tests of the documents store and lifecycle (arranging documents through the real handlers). */
import type { DocumentKind } from '../../shared/domain';
import type { ChannelInput } from '../../shared/ipc/contract';
import { rt, type RichDoc } from '../../shared/rich-text';
import type { DocumentRecord } from '../../shared/schemas/document';
import type { TestCore } from './core';

/** What `documents:save` takes, from a record read back (the editor sends exactly these fields). */
export function documentSaveInput(doc: DocumentRecord): ChannelInput<'documents:save'> {
  const { id, reportKind, summary, header, placeName, documentDate, addressees, body, signature, minutesSigners, recipients } = doc;
  return { id, reportKind, summary, header, placeName, documentDate, addressees, body, signature, minutesSigners, recipients };
}

export function paragraphs(...texts: string[]): RichDoc {
  return rt.doc(texts.map((text) => rt.paragraph(text)));
}

export const TEST_PROFILE: ChannelInput<'profile:save'> = {
  committeeName: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh',
  parentBody: 'ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH',
  placeName: 'Quảng Ninh',
  level: 'tinh',
  abbreviation: 'MTTQ-BTT',
  chair: { fullName: 'Nguyễn Văn Hùng', title: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh' },
  deputies: [{ fullName: 'Trần Thị Lan', title: 'Phó Chủ tịch' }],
};

export function saveProfile(core: TestCore, overrides: Partial<ChannelInput<'profile:save'>> = {}) {
  return core.must('profile:save', { ...TEST_PROFILE, ...overrides });
}

/** Who signs the minutes in these tests: minutes are never finalised without their secretary. */
export const MINUTES_SIGNERS = { secretaryName: 'Phạm Thu Hà', chairName: 'Nguyễn Văn Hùng' };

/** A standalone document dated `documentDate`, with a summary and a body (and the minutes' signers), saved and finalised. */
export function finalisedDocument(core: TestCore, kind: DocumentKind, documentDate: string, summary = 'Văn bản thử'): DocumentRecord {
  const created = core.must('documents:create', { kind, summary });
  const minutesSigners = kind === 'bien_ban' ? MINUTES_SIGNERS : created.minutesSigners;
  core.must('documents:save', { ...documentSaveInput(created), documentDate, minutesSigners, body: paragraphs(`Nội dung ${summary}.`) });
  return core.must('documents:finalise', { id: created.id, by: 'Vũ Thị Hồng Nhung' });
}

/** Finalises and issues a document; `number` null takes the next number of the register. */
export function issuedDocument(core: TestCore, kind: DocumentKind, documentDate: string, number: number | null = null): DocumentRecord {
  const doc = finalisedDocument(core, kind, documentDate);
  return core.must('documents:issue', { id: doc.id, number, by: 'Vũ Thị Hồng Nhung' });
}
