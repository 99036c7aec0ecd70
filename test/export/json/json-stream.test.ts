import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonStreamError, JsonStreamParser, type JsonStreamOptions } from '../../../src/export/json/json-stream';

function parseInPieces(text: string, cuts: number[] = [], opts?: JsonStreamOptions): unknown {
  const p = new JsonStreamParser(opts);
  let last = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    p.write(text.slice(last, cut));
    last = cut;
  }
  p.write(text.slice(last));
  return p.end();
}

function errorOf(fn: () => unknown): JsonStreamError {
  try {
    fn();
  } catch (e) {
    if (e instanceof JsonStreamError) return e;
    throw e;
  }
  throw new Error('expected a JsonStreamError');
}

/** Plain objects, for comparing with JSON.parse's output. */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe('streaming JSON parser', () => {
  it('agrees with JSON.parse on any JSON, split into pieces anywhere', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.nat(), { maxLength: 10 }), fc.boolean(), (value, rawCuts, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const cuts = rawCuts.map((c) => c % (text.length + 1));
        expect(plain(parseInPieces(text, cuts))).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with JSON.parse on escapes, surrogate pairs and right-to-left text, split inside escapes', () => {
    const text = '{"a":"\\u00e9t\\u00E9 \\ud83d\\ude00 \\n\\t\\"\\\\\\/ שלום مرحبا 🎉","b":[-0.5e-3,1E+2,0,true,false,null]}';
    for (let cut = 0; cut <= text.length; cut++) {
      expect(plain(parseInPieces(text, [cut]))).toEqual(JSON.parse(text));
    }
  });

  it('builds objects with no prototype, so "__proto__" and "constructor" are plain keys', () => {
    const out = parseInPieces('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"a":{"__proto__":1}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBeNull();
    expect(Object.keys(out)).toEqual(['__proto__', 'constructor', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('hands binary values to a sink piece by piece', () => {
    const seen: string[] = [];
    const opts: JsonStreamOptions = {
      binaryKey: 'base64',
      openBinary: (path) => {
        seen.push(`open ${path.join('/')}`);
        const parts: string[] = [];
        return { write: (t) => parts.push(t), end: () => ({ bin: parts.join('') }) };
      },
    };
    const out = parseInPieces('{"files":[{"base64":"QUJD\\/","name":"base64"}]}', [14, 17, 20], opts);
    expect(plain(out)).toEqual({ files: [{ base64: { bin: 'QUJD/' }, name: 'base64' }] });
    expect(seen).toEqual(['open files/0/base64']);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['{"a":1', 'truncated'],
    ['{"a":"abc', 'truncated'],
    ['[1,2', 'truncated'],
    ['{"a":tr', 'truncated'],
    ['{"a":1,}', 'syntax'],
    ['[1,]', 'syntax'],
    ["{'a':1}", 'syntax'],
    ['{"a":01}', 'syntax'],
    ['{"a":NaN}', 'syntax'],
    ['{"a":"x\ny"}', 'syntax'],
    ['{"a":"\\x"}', 'syntax'],
    ['{"a":1} x', 'syntax'],
    ['PK\u0003\u0004', 'syntax'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(errorOf(() => parseInPieces(text)).reason).toBe(reason);
  });

  it('names the path of the value it was reading', () => {
    const e = errorOf(() => parseInPieces('{"records":{"cases":[{"id":"a"},{"id":"b","company":x}]}}'));
    expect(e.path).toEqual(['records', 'cases', 1, 'company']);
  });

  it('limits nesting depth and string length', () => {
    expect(errorOf(() => parseInPieces('['.repeat(100) + ']'.repeat(100), [], { maxDepth: 64 })).reason).toBe('too-deep');
    const long = `{"a":"${'x'.repeat(5000)}"}`;
    const e = errorOf(() => parseInPieces(long, [100, 2000], { maxStringLength: 1000 }));
    expect(e.reason).toBe('string-too-long');
    expect(e.path).toEqual(['a']);
  });
});
