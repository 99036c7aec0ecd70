import { describe, expect, it } from 'vitest';
import { formatBytes, formatSizeAgainst } from '../../src/lib/bytes';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('formatBytes', () => {
  it.each([
    [0, 'en', '0 byte'],
    [870, 'en', '870 byte'],
    [1000, 'en', '1 kB'],
    [52_000, 'en', '52 kB'],
    [842 * 1024, 'en', '863 kB'],
    [1_234_567, 'en', '1.3 MB'],
    [15 * 1024 * 1024, 'en', '15.8 MB'],
    [987_654_321, 'en', '988 MB'],
    [2_000_000_000, 'en', '2 GB'],
    [1_234_567, 'fr', '1,3 Mo'],
    [52_000, 'fr', '52 ko'],
    [870, 'fr', '870 o'],
  ])('%d bytes in %s is %s', (bytes, lang, expected) => {
    expect(plain(formatBytes(bytes, lang))).toBe(expected);
  });

  it('never reads a size over a limit as smaller than it', () => {
    for (const limit of [1000, 15 * 1024 * 1024, 64 * 1024 * 1024, 1024 ** 3]) {
      const num = (s: string) => Number(plain(s).split(' ')[0]!.replace(/,/g, ''));
      expect(num(formatBytes(limit + 1, 'en'))).toBeGreaterThanOrEqual(num(formatBytes(limit, 'en')));
    }
  });

  it('gives text for any number', () => {
    for (const odd of [Number.NaN, -5, Infinity, 1e300]) expect(typeof formatBytes(odd, 'en')).toBe('string');
  });
});

describe('formatSizeAgainst', () => {
  const GiB = 1024 ** 3;
  it('gives exact byte counts when a size just over a limit would read the same as it', () => {
    expect(plain(formatBytes(GiB + 1, 'en'))).toBe(plain(formatBytes(GiB, 'en')));
    const en = formatSizeAgainst(GiB + 1, GiB, 'en');
    expect(plain(en.size)).toBe('1,073,741,825 bytes');
    expect(plain(en.limit)).toBe('1,073,741,824 bytes');
    const fr = formatSizeAgainst(GiB + 1, GiB, 'fr');
    expect(plain(fr.size)).toBe('1 073 741 825 octets');
    expect(plain(fr.limit)).toBe('1 073 741 824 octets');
  });

  it('keeps the short form when the two already read differently', () => {
    expect(formatSizeAgainst(2 * GiB, GiB, 'en')).toEqual({ size: formatBytes(2 * GiB, 'en'), limit: formatBytes(GiB, 'en') });
    expect(formatSizeAgainst(20_000_000, 15 * 1024 * 1024, 'en')).toEqual({ size: formatBytes(20_000_000, 'en'), limit: formatBytes(15 * 1024 * 1024, 'en') });
  });

  it('gives text for any number', () => {
    for (const n of [NaN, Infinity, -1, 8.64e15]) {
      expect(typeof formatBytes(n, 'en')).toBe('string');
      expect(typeof formatSizeAgainst(n, 1000, 'fr').size).toBe('string');
    }
  });
});
