/**
 * The text layer of RFC 5545: TEXT escaping (3.3.11), content lines folded at 75 octets without
 * splitting a UTF-8 character (3.1), CRLF after every line, DATE and UTC DATE-TIME values (3.3.4, 3.3.5).
 */
import type { Instant, IsoDate } from '../../domain/types';
import { MAX_INSTANT, MIN_INSTANT } from '../../domain/validation';

export const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escape a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const octets = (s: string) => new TextEncoder().encode(s).length;

/** Fold one content line into pieces of at most 75 octets; continuation pieces start with a space. */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    // A continuation line's leading space counts towards its 75 octets.
    const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + n > limit) {
      pieces.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

/** Join content lines into an iCalendar stream: each folded and ended by CRLF. */
export function joinLines(lines: string[]): string {
  return lines.map((l) => foldLine(l) + CRLF).join('');
}

/** 'YYYY-MM-DD' as a DATE value: 'YYYYMMDD'. */
export function icsDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

/**
 * An instant as a UTC DATE-TIME value: 'YYYYMMDDTHHMMSSZ'. Total: an instant outside the years the
 * app keeps (a damaged record) is written as the nearest one it keeps, never an exception.
 */
export function icsUtc(at: Instant): string {
  const kept = Number.isFinite(at) ? Math.min(MAX_INSTANT, Math.max(MIN_INSTANT, at)) : MIN_INSTANT;
  return new Date(kept).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** UID text made safe for every client: letters, digits and . _ - @ only. */
export function safeUid(raw: string): string {
  return raw.replace(/[^A-Za-z0-9._@-]/g, '-');
}
