/**
 * Derives the JSON Schema of the export format from the valibot schemas the importer runs, so a test
 * can hold public/export-format.schema.json to them (titles and descriptions aside). Covers only the
 * valibot pieces record-schemas.ts uses; anything else throws, so a new kind of check is noticed.
 */
import { CURRENCY_DIGITS } from '../../../src/domain/currencies';
import { MAX_DURATION_SEC, MAX_INSTANT, MAX_MINOR, MIN_INSTANT } from '../../../src/domain/validation';
import { RECORD_KEYS } from '../../../src/export/json/format';
import type { ValueCheck } from '../../../src/export/json/record-schemas';
import { RESERVED_SEGMENTS } from '../../../src/lib/routes';
import { RECORD_SCHEMAS, envelopeSchema } from '../../../src/export/json/validate-export';

type Json = Record<string, unknown>;
type Node = { type: string; kind?: string; pipe?: Node[]; requirement?: unknown; message?: string; entries?: Record<string, Node>; wrapped?: Node; item?: Node; options?: unknown[]; literal?: unknown };

const anyCase = (word: string) => [...word].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join('');

/** The domain rules behind valibot check() actions, by their message, as JSON Schema keywords (as close as it can say). */
const CHECKS: Record<ValueCheck, Json> = {
  id: { pattern: '^[A-Za-z0-9_-]{1,64}$', not: { pattern: `^(${RESERVED_SEGMENTS.map(anyCase).join('|')})$` } },
  instant: { minimum: MIN_INSTANT, maximum: MAX_INSTANT },
  date: { pattern: '^(19[7-9][0-9]|20[0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' },
  currency: { $ref: '#/$defs/currency' },
  amount: { type: 'integer', minimum: 0, maximum: MAX_MINOR },
  total: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
  duration: { minimum: 0, maximum: MAX_DURATION_SEC },
  zone: { minLength: 1, maxLength: 100 },
};

function action(out: Json, a: Node): void {
  const r = a.requirement;
  switch (a.type) {
    case 'min_length':
      out[out.type === 'array' ? 'minItems' : 'minLength'] = r;
      break;
    case 'max_length':
      out[out.type === 'array' ? 'maxItems' : 'maxLength'] = r;
      break;
    case 'regex':
      out.pattern = (r as RegExp).source;
      break;
    case 'min_value':
      out.minimum = r;
      break;
    case 'max_value':
      out.maximum = r;
      break;
    case 'integer':
      out.type = 'integer';
      break;
    case 'safe_integer':
      Object.assign(out, { type: 'integer', minimum: out.minimum ?? -Number.MAX_SAFE_INTEGER, maximum: out.maximum ?? Number.MAX_SAFE_INTEGER });
      break;
    case 'finite':
      break;
    case 'check': {
      const keywords = CHECKS[(a.message ?? '') as ValueCheck];
      if (!keywords) throw new Error(`No JSON Schema for check "${a.message}"`);
      Object.assign(out, keywords);
      break;
    }
    default:
      throw new Error(`No JSON Schema for action ${a.type}`);
  }
}

export function toJsonSchema(node: Node): Json {
  const [base, ...actions] = node.pipe ?? [node];
  const out = baseSchema(base!);
  for (const a of actions) action(out, a);
  return out;
}

function baseSchema(n: Node): Json {
  switch (n.type) {
    case 'string':
      return { type: 'string' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'unknown':
      return {};
    case 'literal':
      return { const: n.literal };
    case 'picklist':
      return { enum: n.options };
    case 'nullable':
      return { anyOf: [toJsonSchema(n.wrapped!), { type: 'null' }] };
    case 'array':
      return { type: 'array', items: toJsonSchema(n.item!) };
    case 'instance':
      return { type: 'string', contentEncoding: 'base64', pattern: '^[A-Za-z0-9+/]*={0,2}$' };
    case 'object': {
      const entries = Object.entries(n.entries!);
      return {
        type: 'object',
        required: entries.filter(([, e]) => e.type !== 'optional').map(([k]) => k),
        properties: Object.fromEntries(entries.map(([k, e]) => [k, toJsonSchema(e.type === 'optional' ? e.wrapped! : e)])),
        additionalProperties: false,
      };
    }
    default:
      throw new Error(`No JSON Schema for schema ${n.type}`);
  }
}

/** The whole format: the envelope, with each table's records described under $defs. */
export function exportFormatSchema(): Json {
  const envelope = toJsonSchema(envelopeSchema as unknown as Node) as { properties: Json };
  const defs = Object.fromEntries(RECORD_KEYS.map((k) => [k, toJsonSchema(RECORD_SCHEMAS[k] as unknown as Node)]));
  envelope.properties.records = {
    type: 'object',
    required: [...RECORD_KEYS],
    properties: Object.fromEntries(RECORD_KEYS.map((k) => [k, { type: 'array', items: { $ref: `#/$defs/${k}` } }])),
    additionalProperties: false,
  };
  // The currency list is long: written once, and each currency field refers to it.
  const currency = { type: 'string', enum: [...CURRENCY_DIGITS.keys()].sort() };
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...envelope, $defs: { ...defs, currency } };
}

/** A published schema without its documentation keywords, for comparing with the derived one. */
export function withoutDocs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutDocs);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'title' || k === 'description' || k === '$comment' || k === 'examples') continue;
    out[k] = k === 'properties' || k === '$defs' ? Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, withoutDocs(s)])) : withoutDocs(v);
  }
  return out;
}
