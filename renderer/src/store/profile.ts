import { create } from 'zustand';
import type { Profile } from '../../../shared/schemas/profile';
import { call } from '../api/client';
import { takeEarly } from '../api/early-reads';

interface ProfileState {
  /** undefined while loading; null when the committee has not been set up yet (first run). */
  profile: Profile | null | undefined;
  load(): Promise<void>;
  setProfile(profile: Profile): void;
}

export const useProfile = create<ProfileState>((set) => ({
  profile: undefined,
  async load() {
    set({ profile: await (takeEarly('profile:get', undefined) ?? call('profile:get', undefined)) });
  },
  setProfile(profile) {
    set({ profile });
  },
}));
