/** Short-lived UI state: language in use, banners, the dirty-form count that holds back updates. */
import { create } from 'zustand';
import type { Language } from '../domain/types';

interface UiState {
  lang: Language;
  setLang: (lang: Language) => void;
  updateReady: boolean;
  setUpdateReady: (ready: boolean) => void;
  /** Forms with unsaved input; an update never reloads while this is above zero. */
  dirtyForms: number;
  markDirty: (dirty: boolean) => void;
}

export const useUiStore = create<UiState>((set) => ({
  lang: 'en',
  setLang: (lang) => set({ lang }),
  updateReady: false,
  setUpdateReady: (updateReady) => set({ updateReady }),
  dirtyForms: 0,
  markDirty: (dirty) => set((s) => ({ dirtyForms: Math.max(0, s.dirtyForms + (dirty ? 1 : -1)) })),
}));
