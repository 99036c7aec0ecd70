/**
 * Message lookup with {name} placeholders; numbers are formatted for the language. Each language is
 * two chunks: 'start' (what the first screen shows) and 'rest' (every other screen), loaded by
 * `loadLanguage` before anything is shown from them.
 */
import type { Lang, MessageKey } from './messages';

export type Values = Record<string, string | number>;
export type LanguagePart = 'start' | 'rest';
type Table = Partial<Record<MessageKey, string>>;

const loaders: Record<Lang, Record<LanguagePart, () => Promise<{ messages: Table }>>> = {
  en: { start: () => import('./locales/en-start'), rest: () => import('./locales/en-rest') },
  fr: { start: () => import('./locales/fr-start'), rest: () => import('./locales/fr-rest') },
};
const tables: Record<Lang, Table> = { en: {}, fr: {} };
const pending = new Map<string, Promise<void>>();
const loaded = new Set<string>();

function loadPart(lang: Lang, part: LanguagePart): Promise<void> {
  const key = `${lang}-${part}`;
  let load = pending.get(key);
  if (!load) {
    load = loaders[lang][part]().then(({ messages }) => {
      Object.assign(tables[lang], messages);
      loaded.add(key);
    });
    // A failed chunk load may be retried by the next call.
    load.catch(() => pending.delete(key));
    pending.set(key, load);
  }
  return load;
}

/** Loads a language's messages (each part once); resolve before showing anything from them. */
export async function loadLanguage(lang: Lang, parts: readonly LanguagePart[] = ['start', 'rest']): Promise<void> {
  await Promise.all(parts.map((part) => loadPart(lang, part)));
}

/** Whether both parts of a language are in. */
export function isLanguageLoaded(lang: Lang): boolean {
  return loaded.has(`${lang}-start`) && loaded.has(`${lang}-rest`);
}

/** Whether a key names a loaded message (rules speak in keys that may be missing from older catalogues). */
export function hasMessage(lang: Lang, key: string): key is MessageKey {
  return Object.hasOwn(tables[lang], key);
}

const reported = new Set<string>();

export function translate(lang: Lang, key: MessageKey, values?: Values): string {
  const template = tables[lang][key];
  if (template === undefined) {
    // A screen shown before its part of the catalogue loaded: a bug, shown as the key and reported once.
    if (!reported.has(key)) console.error(`Message "${key}" is not loaded for "${lang}"`);
    reported.add(key);
    return key;
  }
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
