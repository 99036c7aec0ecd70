import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/lib/bytes';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('formatBytes', () => {
  it.each([
    [0, 'en', '0 kB'],
    [512, 'en', '0.5 kB'],
    [52_000, 'en', '52 kB'],
    [1_234_567, 'en', '1.2 MB'],
    [987_654_321, 'en', '988 MB'],
    [2_000_000_000, 'en', '2 GB'],
    [1_234_567, 'fr', '1,2 Mo'],
    [52_000, 'fr', '52 ko'],
  ])('%d bytes in %s is %s', (bytes, lang, expected) => {
    expect(plain(formatBytes(bytes, lang))).toBe(expected);
  });
});
