import { describe, expect, it } from 'vitest';
import { CRLF, escapeText, foldLine, icsDate, icsUtc, joinLines } from '../../../src/export/ics/ics-text';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('TEXT escaping (RFC 5545 3.3.11)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\r\nand\rthree', 'two\\nlines\\nand\\nthree'],
    ['C:\\dir;x,y', 'C:\\\\dir\\;x\\,y'],
  ])('%j -> %j', (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });
});

describe('line folding at 75 octets (RFC 5545 3.1)', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
  });

  it.each([
    ['ASCII', `DESCRIPTION:${'abcdefghij'.repeat(30)}`],
    ['accents (2 octets)', `DESCRIPTION:${'Résiliation confirmée é à ç '.repeat(12)}`],
    ['emoji (4 octets)', `SUMMARY:${'💶🧾'.repeat(40)}`],
    ['CJK (3 octets)', `SUMMARY:${'返金請求'.repeat(30)}`],
  ])('%s: every physical line fits, no character is split, unfolding gives the line back', (_, line) => {
    const folded = foldLine(line);
    const physical = folded.split(CRLF);
    expect(physical.length).toBeGreaterThan(1);
    for (const [i, p] of physical.entries()) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      if (i > 0) expect(p.startsWith(' ')).toBe(true);
      expect(p).not.toContain('\uFFFD');
      expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('ends every line, the last included, with CRLF and has no bare LF', () => {
    const text = joinLines(['BEGIN:VCALENDAR', `X-LONG:${'y'.repeat(200)}`, 'END:VCALENDAR']);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('values', () => {
  it('DATE and UTC DATE-TIME', () => {
    expect(icsDate('2027-03-02')).toBe('20270302');
    expect(icsUtc(Date.UTC(2026, 10, 22, 8, 5, 9, 123))).toBe('20261122T080509Z');
  });
});
