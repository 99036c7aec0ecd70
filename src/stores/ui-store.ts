/** Short-lived UI state: language in use, banners, the dirty-form count that holds back updates. */
import { create } from 'zustand';
import type { Language } from '../domain/types';

interface UiState {
  lang: Language;
  setLang: (lang: Language) => void;
  updateReady: boolean;
  setUpdateReady: (ready: boolean) => void;
  /** A part of this page's build failed to load: a newer version replaced it on the server. */
  outdated: boolean;
  setOutdated: () => void;
  /** Forms with unsaved input; an update never reloads while this is above zero. */
  dirtyForms: number;
  markDirty: (dirty: boolean) => void;
}

export const useUiStore = create<UiState>((set) => ({
  lang: 'en',
  setLang: (lang) => set({ lang }),
  updateReady: false,
  setUpdateReady: (updateReady) => set({ updateReady }),
  outdated: false,
  setOutdated: () => set({ outdated: true, updateReady: true }),
  dirtyForms: 0,
  markDirty: (dirty) => set((s) => ({ dirtyForms: Math.max(0, s.dirtyForms + (dirty ? 1 : -1)) })),
}));
