import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Base64Decoder, Base64Error, encodeBase64, joinBytes } from '../../../src/export/json/base64';

function decodeInPieces(text: string, cuts: number[]): Uint8Array {
  const d = new Base64Decoder();
  let last = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    d.write(text.slice(last, cut));
    last = cut;
  }
  d.write(text.slice(last));
  return joinBytes(d.end());
}

describe('base64', () => {
  it('encodes exactly like Node, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('encodes in chunks of a multiple of 3 that concatenate into the whole', () => {
    const bytes = Uint8Array.from({ length: 3 * 5000 + 2 }, (_, i) => (i * 7) & 255);
    const chunked = [0, 3 * 1000, 3 * 4000].map((o, i, all) => encodeBase64(bytes.subarray(o, all[i + 1] ?? bytes.length))).join('');
    expect(chunked).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('decodes text split anywhere back to the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.array(fc.nat(), { maxLength: 8 }), (bytes, rawCuts) => {
        const text = Buffer.from(bytes).toString('base64');
        const cuts = rawCuts.map((c) => (text.length ? c % text.length : 0));
        expect(Buffer.from(decodeInPieces(text, cuts)).equals(Buffer.from(bytes))).toBe(true);
      }),
    );
  });

  it.each([
    ['a character outside the alphabet', 'QUJD!A==', 'alphabet'],
    ['URL-safe characters', 'ab-_', 'alphabet'],
    ['a length that is not a multiple of 4', 'QUJDRA', 'length'],
    ['padding in the middle', 'QQ==QUJD', 'padding'],
    ['a single "=" before a letter', 'QU=D', 'padding'],
    ['whitespace', 'QUJD RA==', 'alphabet'],
    ['non-ASCII', 'QUJDé===', 'alphabet'],
  ])('refuses %s', (_name, text, reason) => {
    const d = new Base64Decoder();
    let error: unknown;
    try {
      d.write(text);
      d.end();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Base64Error);
    expect((error as Base64Error).reason).toBe(reason);
  });

  it('stops at the byte limit', () => {
    const d = new Base64Decoder(10);
    expect(() => d.write(Buffer.alloc(12).toString('base64'))).toThrow(/larger than 10 bytes/);
  });
});
