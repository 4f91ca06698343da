import { create } from 'zustand';
import type { IntakeApplyResult, IntakeProposal } from '../../../shared/schemas/intake';
import { draftFromProposal, type ReviewDraft, type ReviewHeader } from '../screens/intake/review-draft';

/**
 * The review of a text being read into a meeting: the proposal as read, the user's edits, and the
 * item being looked at (highlighted in the source). Nothing here is saved until "Lưu hội nghị".
 */
type Section = 'attendees' | 'conclusions' | 'awards' | 'directives' | 'figures' | 'agenda';
type Row<S extends Section> = ReviewDraft[S][number];

interface IntakeState {
  meetingId: number | null;
  proposal: IntakeProposal | null;
  draft: ReviewDraft | null;
  active: string | null;
  saved: IntakeApplyResult | null;
  start(meetingId: number | null): void;
  load(proposal: IntakeProposal): void;
  setActive(key: string | null): void;
  updateHeader(patch: Partial<ReviewHeader>): void;
  updateRow<S extends Section>(section: S, key: string, patch: Partial<Row<S>>): void;
  updateSpeech(itemKey: string, speechKey: string, patch: Partial<ReviewDraft['agenda'][number]['speeches'][number]>): void;
  setAll(section: Section, accepted: boolean): void;
  markSaved(result: IntakeApplyResult): void;
}

export const useIntake = create<IntakeState>((set) => ({
  meetingId: null,
  proposal: null,
  draft: null,
  active: null,
  saved: null,
  start: (meetingId) => set({ meetingId, proposal: null, draft: null, active: null, saved: null }),
  load: (proposal) => set({ proposal, draft: draftFromProposal(proposal), active: null, saved: null }),
  setActive: (active) => set({ active }),
  updateHeader: (patch) => set((s) => (s.draft ? { draft: { ...s.draft, header: { ...s.draft.header, ...patch } } } : {})),
  updateRow: (section, key, patch) =>
    set((s) => {
      if (!s.draft) return {};
      const rows = s.draft[section] as Array<{ key: string }>;
      return { draft: { ...s.draft, [section]: rows.map((row) => (row.key === key ? { ...row, ...patch } : row)) } };
    }),
  updateSpeech: (itemKey, speechKey, patch) =>
    set((s) => {
      if (!s.draft) return {};
      const agenda = s.draft.agenda.map((item) =>
        item.key !== itemKey ? item : { ...item, speeches: item.speeches.map((sp) => (sp.key === speechKey ? { ...sp, ...patch } : sp)) },
      );
      return { draft: { ...s.draft, agenda } };
    }),
  setAll: (section, accepted) =>
    set((s) => {
      if (!s.draft) return {};
      const rows = s.draft[section] as Array<{ accepted: boolean }>;
      return { draft: { ...s.draft, [section]: rows.map((row) => ({ ...row, accepted })) } };
    }),
  markSaved: (saved) => set({ saved }),
}));
