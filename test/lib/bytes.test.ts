import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/lib/bytes';

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
