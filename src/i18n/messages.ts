/**
 * The message types, and both languages in full for tools and tests. The app itself never imports the
 * `messages` value (lint forbids it in src): it loads the one language in use through `loadLanguage`
 * (./translate), so a start-up carries a single language. A new area adds catalogues/en/<area>.ts and
 * catalogues/fr/<area>.ts (see ./define.ts) and lists them in ./locales/en.ts and ./locales/fr.ts.
 */
import { messages as en, type MessageKey } from './locales/en';
import { messages as fr } from './locales/fr';

export type { MessageKey };
export type Lang = 'en' | 'fr';

export const messages: Record<Lang, Record<MessageKey, string>> = { en, fr };
