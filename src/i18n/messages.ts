/**
 * The message types, and both languages in full for tools and tests. The app itself never imports the
 * `messages` value (lint forbids it in src): it loads the language in use through `loadLanguage`
 * (./translate), in two parts, so a start-up carries one language and only the first screen's areas.
 * A new area adds catalogues/en/<area>.ts and catalogues/fr/<area>.ts (see ./define.ts) and lists
 * them in ./locales: the -start files if the first screen (Home, the app frame) shows them, else -rest.
 */
import type { Language } from '../domain/types';
import { messages as enRest, type RestKey } from './locales/en-rest';
import { messages as enStart, type StartKey } from './locales/en-start';
import { messages as frRest } from './locales/fr-rest';
import { messages as frStart } from './locales/fr-start';

export type MessageKey = StartKey | RestKey;
/** The languages the app speaks; domain/types owns the list, as stored settings use it too. */
export type Lang = Language;

export const messages: Record<Lang, Record<MessageKey, string>> = {
  en: { ...enStart, ...enRest },
  fr: { ...frStart, ...frRest },
};
