/**
 * Message lookup with {name} placeholders; numbers are formatted for the language. Each language's
 * messages are a chunk of their own, loaded once by `loadLanguage` before anything is shown in it.
 */
import type { Lang, MessageKey } from './messages';

export type Values = Record<string, string | number>;
type Table = Record<MessageKey, string>;

const loaded: Partial<Record<Lang, Table>> = {};
const loaders: Record<Lang, () => Promise<{ messages: Table }>> = {
  en: () => import('./locales/en'),
  fr: () => import('./locales/fr'),
};

/** Loads a language's messages (once); resolve before showing anything in that language. */
export async function loadLanguage(lang: Lang): Promise<void> {
  loaded[lang] ??= (await loaders[lang]()).messages;
}

export function isLanguageLoaded(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/** Whether a key names a message (rules speak in keys that may be missing from older catalogues). */
export function hasMessage(lang: Lang, key: string): key is MessageKey {
  const table = loaded[lang];
  return table !== undefined && Object.hasOwn(table, key);
}

export function translate(lang: Lang, key: MessageKey, values?: Values): string {
  const template = loaded[lang]?.[key] ?? loaded.en?.[key] ?? key;
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? new Intl.NumberFormat(lang).format(v) : v;
  });
}

/** English or French from the browser's preferred languages; English otherwise. */
export function detectLanguage(preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): Lang {
  for (const l of preferred) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

export type { Lang, MessageKey };
