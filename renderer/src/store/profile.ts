import { create } from 'zustand';
import type { Profile } from '../../../shared/schemas/profile';
import { call, errorMessage } from '../api/client';
import { takeEarly } from '../api/early-reads';
import { seedEarlyAnswers } from '../api/query';

/** How long the first screen waits for its data before it is drawn without it (then it shows "loading"). */
const FIRST_SCREEN_WAIT_MS = 300;

interface ProfileState {
  /** undefined while loading; null when the committee has not been set up yet (first run). */
  profile: Profile | null | undefined;
  /** Why the profile could not be read at start-up (Vietnamese), if so. */
  loadError: string | null;
  /** Reads the profile (and puts the first screen's data in place); never throws: see `loadError`. */
  load(): Promise<void>;
  setProfile(profile: Profile): void;
}

export const useProfile = create<ProfileState>((set) => ({
  profile: undefined,
  loadError: null,
  async load() {
    try {
      const profile = await (takeEarly('profile:get', undefined) ?? call('profile:get', undefined));
      // The first screen's reads were asked for with the profile: their answers go in place first,
      // so that the screen is drawn once, complete, instead of empty and then again with its data.
      await seedEarlyAnswers(FIRST_SCREEN_WAIT_MS);
      set({ profile, loadError: null });
    } catch (error) {
      set({ loadError: errorMessage(error) });
    }
  },
  setProfile(profile) {
    set({ profile });
  },
}));
