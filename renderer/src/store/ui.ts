import { create } from 'zustand';

/** Small pieces of UI state that several screens open (the "new meeting" dialog from the menu). */
interface UiState {
  newMeetingOpen: boolean;
  openNewMeeting(): void;
  closeNewMeeting(): void;
}

export const useUi = create<UiState>((set) => ({
  newMeetingOpen: false,
  openNewMeeting: () => set({ newMeetingOpen: true }),
  closeNewMeeting: () => set({ newMeetingOpen: false }),
}));
