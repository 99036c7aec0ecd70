/**
 * Filling a template: `{name}` placeholders take the case's facts. A fact the case lacks becomes a
 * visible marker ("[to fill: your postal address]") listed in `blanks`, never an invented value. A
 * placeholder with neither a value nor a label is a template bug and throws, so tests catch it.
 */
import type { Blank, LetterLang } from './types';

export type FillValues = ReadonlyMap<string, string | undefined>;

const MARKER_PREFIX: Record<LetterLang, string> = { en: '[to fill: ', fr: '[à compléter\u00a0: ' };

export function blankMarker(lang: LetterLang, label: string): string {
  return `${MARKER_PREFIX[lang]}${label}]`;
}

/** Whether a text still holds a marker for the person to fill. */
export function hasBlankMarker(text: string): boolean {
  return text.includes(MARKER_PREFIX.en) || text.includes(MARKER_PREFIX.fr);
}

export class Filler {
  readonly blanks: Blank[] = [];

  constructor(
    private readonly lang: LetterLang,
    private readonly values: FillValues,
    private readonly labels: ReadonlyMap<string, string>,
  ) {}

  has(name: string): boolean {
    const v = this.values.get(name);
    return v !== undefined && v !== '';
  }

  value(name: string): string {
    const v = this.values.get(name);
    if (v !== undefined && v !== '') return v;
    const label = this.labels.get(name);
    if (label === undefined) throw new Error(`Letter placeholder {${name}} has no value and no label`);
    const marker = blankMarker(this.lang, label);
    if (!this.blanks.some((b) => b.field === name)) this.blanks.push({ field: name, marker });
    return marker;
  }

  fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (_whole, name: string) => this.value(name));
  }
}

/**
 * French spacing: a no-break space before « : ; ? ! » and inside « », so a line never starts with a
 * colon. Applied to the templates' own words only, before the facts go in.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([:;?!»])/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0');
}
