import type { DemoCall } from './client';

export interface ArticleMeetingIds {
  trienKhai2021: number;
  giaoBan2024: number;
  khoiDanVan2020: number;
}

export interface DemoDocumentIds {
  /** Biên bản of each article meeting. */
  minutes: ArticleMeetingIds;
  /** Thông báo kết luận of each article meeting. */
  conclusionNotices: ArticleMeetingIds;
  /** Locked, not yet numbered: the conclusion notice of the 2024 briefing. */
  finalised: number;
  /** Issued with a number (01/BB-MTTQ-BTT of 2021): the minutes of the 2021 roll-out meeting. */
  issued: number;
}

/** The head of the secretariat's office, who finalises and issues the demo documents. */
const CLERK = 'Vũ Thị Hồng Nhung';

/**
 * Minutes and a conclusion notice drafted from each article meeting through the real channels,
 * one of them finalised and one issued, so every status shows up in the app and the export.
 */
export function seedDemoDocuments(call: DemoCall, meetings: ArticleMeetingIds): DemoDocumentIds {
  const draftEach = (kind: 'bien_ban' | 'thong_bao_ket_luan'): ArticleMeetingIds => ({
    trienKhai2021: call('documents:createFromMeeting', { meetingId: meetings.trienKhai2021, kind }).id,
    giaoBan2024: call('documents:createFromMeeting', { meetingId: meetings.giaoBan2024, kind }).id,
    khoiDanVan2020: call('documents:createFromMeeting', { meetingId: meetings.khoiDanVan2020, kind }).id,
  });
  const minutes = draftEach('bien_ban');
  const conclusionNotices = draftEach('thong_bao_ket_luan');

  const finalised = conclusionNotices.giaoBan2024;
  call('documents:finalise', { id: finalised, by: CLERK });

  const issued = minutes.trienKhai2021;
  call('documents:finalise', { id: issued, by: CLERK });
  call('documents:issue', { id: issued, number: null, by: CLERK });

  return { minutes, conclusionNotices, finalised, issued };
}
