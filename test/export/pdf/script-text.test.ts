// @vitest-environment node
import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { scriptFonts } from '../../../src/export/pdf/render';
import { bidiLines, EMOJI_SUBSTITUTE, MISSING_SUBSTITUTE, needsBidiLayout, substituteMissing } from '../../../src/export/pdf/script-text';
import { nodeFonts } from './pdf-tools';

const fonts = scriptFonts(nodeFonts());

interface Line {
  text: { text: string; font: string; noNewLine?: boolean }[] | string;
  alignment: string;
}

/** What the font engine draws left to right: a piece whose first letter is Arabic or Hebrew comes out reversed. */
function drawn(lines: Content[]): string[] {
  return (lines as Line[]).map((line) =>
    typeof line.text === 'string'
      ? line.text
      : line.text
          .map(({ text }) => {
            const first = [...text].find((ch) => !/[\p{Script=Common}\p{Script=Inherited}]/u.test(ch));
            return first && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(first) ? [...text].reverse().join('') : text;
          })
          .join(''),
  );
}

const box = (width = 500) => ({ width, size: 10, bold: false });

describe('characters the fonts cannot draw', () => {
  it.each([
    ['party 🎉 done', `party ${EMOJI_SUBSTITUTE} done`],
    ['family 👨‍👩‍👧 skin 👍🏽 flag 🇫🇷', `family ${EMOJI_SUBSTITUTE} skin ${EMOJI_SUBSTITUTE} flag ${EMOJI_SUBSTITUTE}`],
    ['heart ❤️ smile ☺', 'heart ❤ smile ☺'],
    ['中文', `${MISSING_SUBSTITUTE}${MISSING_SUBSTITUTE}`],
    ['two\nlines\r\nkept', 'two\nlines\r\nkept'],
    ['Ελληνικά, Кириллица, Łódź, עברית, العربية', 'Ελληνικά, Кириллица, Łódź, עברית, العربية'],
  ])('%j -> %j (a visible substitute, never dropped)', (input, output) => {
    expect(substituteMissing(input, fonts)).toBe(output);
  });

  it('leaves Latin, Greek and Cyrillic to pdfmake, and takes Arabic and Hebrew line by line', () => {
    expect(needsBidiLayout('Zoë Łukasz Ελληνικά Дмитрий 1 234,50 €', fonts)).toBe(false);
    expect(needsBidiLayout('Agent דוד', fonts)).toBe(true);
    expect(needsBidiLayout('مرحبا', fonts)).toBe(true);
  });
});

describe('right-to-left lines in reading order', () => {
  it.each([
    ['a Hebrew paragraph, right-aligned', 'אבג דהו', ['והד גבא'], 'right'],
    ['Hebrew inside an English sentence', 'abc אבג דהו def', ['abc והד גבא def'], 'left'],
    ['brackets mirrored', 'אבג (דהו) זחט', ['טחז (והד) גבא'], 'right'],
    ['European digits stay left to right', 'אבג 123 דהו', ['והד 123 גבא'], 'right'],
    ['Arabic-Indic digits stay left to right', 'يوم ١٤ شهر', ['رهش ١٤ موي'], 'right'],
    ['punctuation at the end of a right-to-left line', 'שלום, עולם!', ['!םלוע ,םולש'], 'right'],
  ])('%s', (_, input, visual, alignment) => {
    const lines = bidiLines(input, box(), fonts);
    expect(drawn(lines)).toEqual(visual);
    expect((lines[0] as Line).alignment).toBe(alignment);
  });

  it('wraps first, then orders each line: the first line holds the first words', () => {
    const words = Array.from({ length: 40 }, (_, n) => `מילה${n}`);
    const lines = drawn(bidiLines(words.join(' '), box(120), fonts));
    expect(lines.length).toBeGreaterThan(3);
    // Read each line right to left (undo the drawing order), then the lines top to bottom.
    const read = lines.flatMap((line) => line.split(' ').reverse().map((w) => w.replace(/^(\d+)(\p{Script=Hebrew}+)$/u, (_m, d: string, h: string) => [...h].reverse().join('') + d)));
    expect(read).toEqual(words);
  });

  it('keeps each line whole: every piece but the last holds on to the next, none may wrap', () => {
    for (const line of bidiLines('אבג דהו (זחט) 123 abc', box(), fonts) as Line[]) {
      const pieces = line.text as { noNewLine?: boolean; noWrap?: boolean }[];
      expect(pieces.slice(0, -1).every((p) => p.noNewLine && p.noWrap)).toBe(true);
    }
  });

  it('puts Arabic and Hebrew in DejaVu Sans and the rest in Roboto', () => {
    const [line] = bidiLines('Zoë שלום', box(), fonts) as Line[];
    expect((line!.text as { text: string; font: string }[]).map((p) => [p.text, p.font])).toEqual([
      ['Zoë', 'Roboto'],
      [' ', 'Roboto'],
      ['שלום', 'DejaVuSans'],
    ]);
  });
});
