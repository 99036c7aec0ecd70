/**
 * Base64 for evidence files in the JSON export. Encoding works on chunks whose length is a multiple
 * of 3, so the pieces concatenate into one valid string; decoding is streaming, so a file arrives in
 * pieces of any length and never needs its whole base64 text in one string. Strict: only the standard
 * alphabet, padding only at the very end.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) CODES[ALPHABET.charCodeAt(i)] = i;
const PAD = 61; // '='

/** Bytes per encoded chunk: a multiple of 3, so chunk encodings can be concatenated. */
export const ENCODE_CHUNK_BYTES = 3 * 256 * 1024;

/** Encode bytes; when `bytes` is not the end of the data, its length must be a multiple of 3. */
export function encodeBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  const BATCH = 3 * 4096;
  for (let start = 0; start < bytes.length; start += BATCH) {
    const end = Math.min(start + BATCH, bytes.length);
    const codes: number[] = [];
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
      codes.push(ALPHABET.charCodeAt(n >>> 18), ALPHABET.charCodeAt((n >>> 12) & 63), ALPHABET.charCodeAt((n >>> 6) & 63), ALPHABET.charCodeAt(n & 63));
    }
    if (i < end) {
      const b1 = i + 1 < end ? bytes[i + 1]! : 0;
      const n = (bytes[i]! << 16) | (b1 << 8);
      codes.push(ALPHABET.charCodeAt(n >>> 18), ALPHABET.charCodeAt((n >>> 12) & 63));
      codes.push(i + 1 < end ? ALPHABET.charCodeAt((n >>> 6) & 63) : PAD, PAD);
    }
    out.push(String.fromCharCode(...codes));
  }
  return out.join('');
}

export class Base64Error extends Error {
  override name = 'Base64Error';
  constructor(
    readonly reason: 'alphabet' | 'padding' | 'length' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/** Decodes base64 text fed in pieces of any length; `end()` returns the bytes as parts. */
export class Base64Decoder {
  private carry = '';
  private readonly parts: Uint8Array[] = [];
  private bytes = 0;
  private padded = false;

  constructor(private readonly maxBytes = Infinity) {}

  write(text: string): void {
    if (text.length === 0) return;
    if (this.padded) throw new Base64Error('padding', 'text after the final "=" padding');
    const all = this.carry + text;
    const whole = all.length - (all.length % 4);
    this.carry = all.slice(whole);
    if (whole > 0) this.decodeQuads(all, whole);
  }

  /** The decoded bytes; throws if the text was not a whole number of 4-character groups. */
  end(): Uint8Array[] {
    if (this.carry.length !== 0) throw new Base64Error('length', 'the text length is not a multiple of 4');
    return this.parts;
  }

  get size(): number {
    return this.bytes;
  }

  private decodeQuads(text: string, length: number): void {
    const out = new Uint8Array((length / 4) * 3);
    let o = 0;
    for (let i = 0; i < length; i += 4) {
      const c0 = this.code(text, i);
      const c1 = this.code(text, i + 1);
      const p2 = text.charCodeAt(i + 2) === PAD;
      const p3 = text.charCodeAt(i + 3) === PAD;
      if (p2 || p3) {
        // Padding only in the last group of the whole text: "xx==" or "xxx=".
        if ((p2 && !p3) || i + 4 !== length) throw new Base64Error('padding', 'misplaced "=" padding');
        this.padded = true;
      }
      const c2 = p2 ? 0 : this.code(text, i + 2);
      const c3 = p3 ? 0 : this.code(text, i + 3);
      const n = (c0 << 18) | (c1 << 12) | (c2 << 6) | c3;
      out[o++] = n >>> 16;
      if (!p2) out[o++] = (n >>> 8) & 255;
      if (!p3) out[o++] = n & 255;
    }
    this.bytes += o;
    if (this.bytes > this.maxBytes) throw new Base64Error('too-large', `the file is larger than ${this.maxBytes} bytes`);
    this.parts.push(o === out.length ? out : out.subarray(0, o));
  }

  private code(text: string, i: number): number {
    const ch = text.charCodeAt(i);
    const c = ch < 128 ? CODES[ch]! : 255;
    if (c === 255) throw new Base64Error('alphabet', `character ${JSON.stringify(text[i])} is not base64`);
    return c;
  }
}

/** Concatenate byte parts into one array. */
export function joinBytes(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
