/**
 * What a file is, from its bytes (magic numbers), never from its name or the browser's media type:
 * an SVG or HTML page can arrive as "image/svg+xml;charset=utf-8", in upper case, with no type at
 * all or named ".png". Every way a file enters (attaching, import, share, sync) asks this module.
 *
 * Only the kinds below are shown by the app, and only as what they are: images through <img>, text
 * as escaped text, PDFs as downloads. Anything else is kept as a file to download, never opened as
 * a document of the app's origin.
 */

export type FileKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'heic' | 'pdf' | 'text' | 'other';

/** How the app shows a file of each kind. */
export type FileView = 'image' | 'pdf' | 'text' | 'download';

/** Bytes read from the start of a stored file to tell its kind when showing it. */
export const SNIFF_BYTES = 64 * 1024;

/** The media type stored with a file of each kind: the one its bytes prove. */
export const KIND_MEDIA_TYPES: ReadonlyMap<FileKind, string> = new Map<FileKind, string>([
  ['png', 'image/png'],
  ['jpeg', 'image/jpeg'],
  ['gif', 'image/gif'],
  ['webp', 'image/webp'],
  ['avif', 'image/avif'],
  ['heic', 'image/heic'],
  ['pdf', 'application/pdf'],
  ['text', 'text/plain'],
  ['other', 'application/octet-stream'],
]);

const IMAGE_KINDS: ReadonlySet<FileKind> = new Set<FileKind>(['png', 'jpeg', 'gif', 'webp', 'avif', 'heic']);

export function mediaTypeOfKind(kind: FileKind): string {
  return KIND_MEDIA_TYPES.get(kind) ?? 'application/octet-stream';
}

export function isImageKind(kind: FileKind): boolean {
  return IMAGE_KINDS.has(kind);
}

export function viewOf(kind: FileKind): FileView {
  if (IMAGE_KINDS.has(kind)) return 'image';
  if (kind === 'pdf') return 'pdf';
  if (kind === 'text') return 'text';
  return 'download';
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const fourCC = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const PDF = ascii('%PDF-');
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);

/** AVIF or HEIC/HEIF: an ISO media file whose first box is "ftyp" with one of their brands. */
function isoMediaKind(bytes: Uint8Array): FileKind | undefined {
  if (bytes.length < 12 || fourCC(bytes, 4) !== 'ftyp') return undefined;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(bytes.length, boxSize >= 16 ? boxSize : 16);
  const brands = [fourCC(bytes, 8)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(fourCC(bytes, at));
  if (brands.some((b) => AVIF_BRANDS.has(b))) return 'avif';
  if (brands.some((b) => HEIF_BRANDS.has(b))) return 'heic';
  return undefined;
}

/** A control character text never holds: C0 except tab, line feed, form feed and carriage return; DEL; C1. */
function isControl(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
  return code === 0x7f || (code >= 0x80 && code <= 0x9f);
}

/**
 * Plain text: valid UTF-8 (a byte-order mark allowed) with no NUL and no control character. When
 * `complete` is false the bytes are the start of a longer file, so a character cut at the end is fine.
 */
export function isPlainText(bytes: Uint8Array, complete: boolean): boolean {
  if (bytes.length === 0) return false;
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (isControl(b)) return false;
      i += 1;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return false;
    if (i + length > bytes.length) return !complete && bytes.subarray(i + 1).every((c) => (c & 0xc0) === 0x80);
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return false;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    const min = length === 3 ? 0x800 : length === 4 ? 0x10000 : 0x80;
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff || isControl(code)) return false;
    i += length;
  }
  return true;
}

/**
 * The kind of a file from its first bytes (at least SNIFF_BYTES of them, or all of a shorter file;
 * `complete` says whether these are all its bytes).
 */
export function sniffFileKind(bytes: Uint8Array, complete = true): FileKind {
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  const iso = isoMediaKind(bytes);
  if (iso) return iso;
  if (startsWith(bytes, PDF)) return 'pdf';
  if (isPlainText(bytes, complete)) return 'text';
  return 'other';
}
