/**
 * A streaming JSON parser for backup files. Text arrives in pieces, so a backup of several hundred
 * megabytes never has to sit in one string; string values under the "binary" key (the base64 of
 * evidence files) go straight to a sink that decodes them, piece by piece. Objects are built with a
 * null prototype, so keys such as "__proto__" or "constructor" are plain data and pollute nothing.
 * Errors carry the path of the value being read ("records.cases[3].company").
 */

export type JsonPath = (string | number)[];

export type JsonErrorReason = 'syntax' | 'truncated' | 'empty' | 'too-deep' | 'string-too-long' | 'binary';

export class JsonStreamError extends Error {
  override name = 'JsonStreamError';
  constructor(
    readonly reason: JsonErrorReason,
    readonly path: JsonPath,
    readonly offset: number,
    detail: string,
    override readonly cause?: unknown,
  ) {
    super(detail);
  }
}

/** Receives one binary string value in pieces; `end()` returns what is stored in its place. */
export interface BinarySink {
  write(text: string): void;
  end(): unknown;
}

export interface JsonStreamOptions {
  maxDepth?: number;
  maxStringLength?: number;
  /** String values of properties with this name are handed to `open(path)`'s sink. */
  binaryKey?: string;
  openBinary?: (path: JsonPath) => BinarySink;
}

type Frame = { obj: Record<string, unknown>; key: string | null } | { arr: unknown[] };
type Expect = 'value' | 'value-or-close' | 'key-or-close' | 'key' | 'colon' | 'comma-or-close' | 'end';
type StringTarget = { kind: 'key' } | { kind: 'value'; parts: string[] } | { kind: 'binary'; sink: BinarySink };

// A quote, a backslash or a control character (not allowed raw inside JSON text).
// eslint-disable-next-line no-control-regex
const SPECIAL = /["\\\u0000-\u001f]/g;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export class JsonStreamParser {
  private readonly stack: Frame[] = [];
  private expect: Expect = 'value';
  private root: unknown = undefined;
  private offset = 0;
  /** Current string, when inside one. */
  private str: StringTarget | null = null;
  private strLength = 0;
  private keyParts: string[] = [];
  /** Pending escape: '\\' seen, or '\\u' plus some hex digits. */
  private escape: string | null = null;
  /** Pending number or literal characters. */
  private token = '';
  private readonly maxDepth: number;
  private readonly maxString: number;

  constructor(private readonly opts: JsonStreamOptions = {}) {
    this.maxDepth = opts.maxDepth ?? 64;
    this.maxString = opts.maxStringLength ?? 10_000_000;
  }

  write(text: string): void {
    let i = 0;
    while (i < text.length) {
      if (this.str) i = this.readString(text, i);
      else if (this.token) i = this.readToken(text, i);
      else i = this.readStructure(text, i);
    }
    this.offset += text.length;
  }

  /** Finish and return the parsed value. */
  end(): unknown {
    if (this.str) this.fail('truncated', 'the file ends inside a text value', 0);
    if (this.token && this.stack.length > 0) this.fail('truncated', 'the file ends inside a value', 0);
    if (this.token) this.finishToken(0);
    if (this.expect === 'value' && this.stack.length === 0) this.fail('empty', 'the file is empty', 0);
    if (this.expect !== 'end') this.fail('truncated', 'the file ends before the data is complete', 0);
    return this.root;
  }

  private path(): JsonPath {
    const out: JsonPath = [];
    for (const f of this.stack) {
      if ('arr' in f) out.push(f.arr.length);
      else if (f.key !== null) out.push(f.key);
    }
    return out;
  }

  private fail(reason: JsonErrorReason, detail: string, at: number, cause?: unknown): never {
    throw new JsonStreamError(reason, this.path(), this.offset + at, detail, cause);
  }

  private readStructure(text: string, i: number): number {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') return i + 1;
    const e = this.expect;
    const wantsValue = e === 'value' || e === 'value-or-close';
    if (ch === '"') {
      if (e === 'key' || e === 'key-or-close') {
        this.str = { kind: 'key' };
        this.keyParts = [];
      } else if (wantsValue) this.str = this.openString();
      else this.fail('syntax', 'unexpected \'"\'', i);
      this.strLength = 0;
      return i + 1;
    }
    if (wantsValue && (ch === '{' || ch === '[')) {
      if (this.stack.length >= this.maxDepth) this.fail('too-deep', 'the data is nested too deeply', i);
      this.stack.push(ch === '{' ? { obj: Object.create(null) as Record<string, unknown>, key: null } : { arr: [] });
      this.expect = ch === '{' ? 'key-or-close' : 'value-or-close';
      return i + 1;
    }
    if (wantsValue && /[-0-9tfn]/.test(ch)) {
      this.token = ch;
      return i + 1;
    }
    const top = this.stack.at(-1);
    if (ch === '}' && top && 'obj' in top && (e === 'key-or-close' || e === 'comma-or-close')) return this.close(i);
    if (ch === ']' && top && 'arr' in top && (e === 'value-or-close' || e === 'comma-or-close')) return this.close(i);
    if (ch === ',' && top && e === 'comma-or-close') {
      this.expect = 'arr' in top ? 'value' : 'key';
      return i + 1;
    }
    if (ch === ':' && e === 'colon') {
      this.expect = 'value';
      return i + 1;
    }
    return this.fail('syntax', `unexpected ${JSON.stringify(ch)}`, i);
  }

  private close(i: number): number {
    const frame = this.stack.pop()!;
    this.complete('obj' in frame ? frame.obj : frame.arr);
    return i + 1;
  }

  private openString(): StringTarget {
    const top = this.stack.at(-1);
    const { binaryKey, openBinary } = this.opts;
    if (binaryKey && openBinary && top && 'obj' in top && top.key === binaryKey) return { kind: 'binary', sink: openBinary(this.path()) };
    return { kind: 'value', parts: [] };
  }

  private complete(value: unknown): void {
    const top = this.stack.at(-1);
    if (!top) {
      this.root = value;
      this.expect = 'end';
    } else if ('arr' in top) {
      top.arr.push(value);
      this.expect = 'comma-or-close';
    } else {
      // A null-prototype object: "__proto__" becomes an ordinary own property.
      top.obj[top.key!] = value;
      this.expect = 'comma-or-close';
    }
  }

  private append(piece: string, at: number): void {
    if (!piece) return;
    const s = this.str!;
    if (s.kind === 'binary') {
      try {
        s.sink.write(piece);
      } catch (error) {
        this.fail('binary', error instanceof Error ? error.message : String(error), at, error);
      }
      return;
    }
    this.strLength += piece.length;
    if (this.strLength > this.maxString) this.fail('string-too-long', `a text value is longer than ${this.maxString} characters`, at);
    (s.kind === 'key' ? this.keyParts : s.parts).push(piece);
  }

  private readString(text: string, i: number): number {
    if (this.escape !== null) return this.readEscape(text, i);
    SPECIAL.lastIndex = i;
    const m = SPECIAL.exec(text);
    const stop = m ? m.index : text.length;
    this.append(text.slice(i, stop), i);
    if (!m) return text.length;
    const ch = text[stop]!;
    if (ch === '\\') {
      this.escape = '';
      return stop + 1;
    }
    if (ch !== '"') this.fail('syntax', 'a control character inside a text value', stop);
    this.finishString(stop);
    return stop + 1;
  }

  private readEscape(text: string, i: number): number {
    const esc = this.escape!;
    if (esc === '') {
      const ch = text[i]!;
      if (ch === 'u') {
        this.escape = 'u';
        return i + 1;
      }
      const decoded = ESCAPES[ch];
      if (decoded === undefined) this.fail('syntax', `bad escape \\${ch}`, i);
      this.escape = null;
      this.append(decoded, i);
      return i + 1;
    }
    const need = 5 - esc.length;
    const hex = esc + text.slice(i, i + need);
    if (!/^u[0-9a-fA-F]*$/.test(hex)) this.fail('syntax', 'bad \\u escape', i);
    if (hex.length < 5) {
      this.escape = hex;
      return text.length;
    }
    this.escape = null;
    this.append(String.fromCharCode(parseInt(hex.slice(1), 16)), i);
    return i + need;
  }

  private finishString(at: number): void {
    const s = this.str!;
    this.str = null;
    if (s.kind === 'key') {
      const top = this.stack.at(-1) as { obj: Record<string, unknown>; key: string | null };
      top.key = this.keyParts.join('');
      this.keyParts = [];
      this.expect = 'colon';
      return;
    }
    if (s.kind === 'value') return this.complete(s.parts.join(''));
    try {
      this.complete(s.sink.end());
    } catch (error) {
      this.fail('binary', error instanceof Error ? error.message : String(error), at, error);
    }
  }

  private readToken(text: string, i: number): number {
    let j = i;
    while (j < text.length && /[-+.0-9a-zA-Z]/.test(text[j]!)) j++;
    this.token += text.slice(i, j);
    if (this.token.length > 64) this.fail('syntax', 'a number or word is too long', i);
    if (j < text.length) this.finishToken(j);
    return j;
  }

  private finishToken(at: number): void {
    const t = this.token;
    this.token = '';
    if (t === 'true') return this.complete(true);
    if (t === 'false') return this.complete(false);
    if (t === 'null') return this.complete(null);
    if (!NUMBER.test(t)) this.fail('syntax', `unexpected ${JSON.stringify(t)}`, at);
    this.complete(Number(t));
  }
}
