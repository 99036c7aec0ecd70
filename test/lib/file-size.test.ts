import { describe, expect, it } from 'vitest';
import { formatSize } from '../../src/lib/file-size';

describe('formatSize', () => {
  it.each([
    [1, 'en', '1 kB'],
    [842 * 1024, 'en', '842 kB'],
    [15 * 1024 * 1024, 'en', '15 MB'],
    [15 * 1024 * 1024 + 1, 'en', '15.1 MB'],
    [2.25 * 1024 * 1024, 'fr', '2,3 Mo'],
    [842 * 1024, 'fr', '842 ko'],
  ])('%i bytes in %s reads %s', (bytes, lang, text) => {
    expect(formatSize(bytes, lang).replace(/\s/g, ' ')).toBe(text);
  });
});
