import { describe, expect, it } from 'vitest';
import { isPlainText, mediaTypeOfKind, sniffFileKind, viewOf, type FileKind } from '../../src/domain/file-kind';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const ftyp = (major: string, ...compatible: string[]) => bytes(be32(16 + 4 * compatible.length), 'ftyp', major, [0, 0, 0, 0], ...compatible);

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF');
const SVG = bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
const HTML = bytes('<!doctype html><html><body><script>parent.alert(1)</script></body></html>');

describe('sniffFileKind: a file is what its bytes say', () => {
  it.each<[string, Uint8Array, FileKind]>([
    ['PNG', PNG, 'png'],
    ['JPEG', JPEG, 'jpeg'],
    ['GIF87a', bytes('GIF87a', [1, 0, 1, 0]), 'gif'],
    ['GIF89a', bytes('GIF89a', [1, 0, 1, 0]), 'gif'],
    ['WebP', bytes('RIFF', [36, 0, 0, 0], 'WEBPVP8 '), 'webp'],
    ['AVIF', ftyp('avif', 'mif1', 'miaf'), 'avif'],
    ['AVIF sequence', ftyp('avis', 'msf1'), 'avif'],
    ['AVIF as a compatible brand', ftyp('mif1', 'avif'), 'avif'],
    ['HEIC', ftyp('heic', 'mif1'), 'heic'],
    ['HEIF', ftyp('mif1', 'heic'), 'heic'],
    ['HEIC burst', ftyp('hevc', 'msf1'), 'heic'],
    ['an MP4 video', ftyp('isom', 'mp41'), 'other'],
    ['PDF', bytes('%PDF-1.7\n%\xe2\xe3\n1 0 obj'), 'pdf'],
    ['UTF-8 text', bytes('Réf. 12 – « remboursement » 😀\r\n\tligne 2\n'), 'text'],
    ['text with a byte-order mark', bytes([0xef, 0xbb, 0xbf], 'hello'), 'text'],
    ['SVG (text, shown escaped)', SVG, 'text'],
    ['HTML (text, shown escaped)', HTML, 'text'],
    ['text with a NUL', bytes('abc', [0], 'def'), 'other'],
    ['text with an escape character', bytes('abc\x1b[31m'), 'other'],
    ['UTF-16 text', bytes([0xff, 0xfe, 0x68, 0, 0x69, 0]), 'other'],
    ['Latin-1 text (not UTF-8)', bytes([0x63, 0x61, 0x66, 0xe9]), 'other'],
    ['an overlong UTF-8 slash', bytes([0xc0, 0xaf]), 'other'],
    ['a UTF-8 surrogate', bytes([0xed, 0xa0, 0x80]), 'other'],
    ['a C1 control', bytes([0xc2, 0x85]), 'other'],
    ['a ZIP archive', bytes('PK', [3, 4, 20, 0]), 'other'],
    ['an empty file', bytes(), 'other'],
    ['a PNG signature cut short', bytes([0x89, 0x50, 0x4e, 0x47]), 'other'],
  ])('%s', (_name, data, kind) => {
    expect(sniffFileKind(data)).toBe(kind);
  });

  it('reads a character cut at the end of a partial read as text, but not at the end of a whole file', () => {
    const cut = bytes('caf', [0xc3]);
    expect(isPlainText(cut, false)).toBe(true);
    expect(isPlainText(cut, true)).toBe(false);
    expect(sniffFileKind(cut, false)).toBe('text');
  });

  it('stores each kind with the media type its bytes prove, and shows only images, text and PDFs', () => {
    expect(mediaTypeOfKind('png')).toBe('image/png');
    expect(mediaTypeOfKind('heic')).toBe('image/heic');
    expect(mediaTypeOfKind('text')).toBe('text/plain');
    expect(mediaTypeOfKind('other')).toBe('application/octet-stream');
    expect(viewOf('webp')).toBe('image');
    expect(viewOf('pdf')).toBe('pdf');
    expect(viewOf('text')).toBe('text');
    expect(viewOf('other')).toBe('download');
  });
});
