/** Message lookup with {name} placeholders; numbers are formatted for the language. */
import { messages, type Lang, type MessageKey } from './messages';

export type Values = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, values?: Values): string {
  const template = messages[lang][key] ?? messages.en[key] ?? key;
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
