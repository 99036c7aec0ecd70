/**
 * Rules for evidence files: the size limit, which need a JPEG/PNG copy,
 * and how full storage may get before a file is refused. Pure: the browser work (reading, hashing,
 * decoding, `navigator.storage.estimate()`) happens in the evidence feature and hands numbers here.
 */
import { isImageKind, type FileKind } from './file-kind';

/** Largest file accepted, in bytes (15 MB). */
export const MAX_EVIDENCE_BYTES = 15 * 1024 * 1024;
/** Above this share of the storage quota (after the new files), the person is warned first. */
export const STORAGE_WARN_RATIO = 0.8;
/** Above this share, the files are refused. */
export const STORAGE_REFUSE_RATIO = 0.95;

export type FileProblem = 'too-large' | 'empty';

/**
 * Images a browser draws and the PDF embeds as they are; other images (HEIC, WebP, GIF, AVIF) get a
 * JPEG or PNG copy. The kind always comes from the bytes (see ./file-kind).
 */
const DIRECT_IMAGES: ReadonlySet<FileKind> = new Set<FileKind>(['jpeg', 'png']);

/** A photo in another format (HEIC, WebP, GIF...) gets a JPEG or PNG copy for thumbnails and the PDF. */
export function needsDisplayCopy(kind: FileKind): boolean {
  return isImageKind(kind) && !DIRECT_IMAGES.has(kind);
}

/** Photos compress well as JPEG; other images (screenshots, drawings) keep sharp edges as PNG. */
export function displayCopyType(kind: FileKind): 'image/jpeg' | 'image/png' {
  return kind === 'heic' || kind === 'avif' || kind === 'jpeg' ? 'image/jpeg' : 'image/png';
}

/**
 * Why a file cannot be attached, or undefined when it can. Any kind of file can: one the app does not
 * show is kept as a file to download.
 */
export function fileProblem(size: number): FileProblem | undefined {
  if (size > MAX_EVIDENCE_BYTES) return 'too-large';
  if (size === 0) return 'empty';
  return undefined;
}

export type StoragePressure = { level: 'ok' | 'warn' | 'refuse'; ratio: number };

/**
 * How full storage will be once `incoming` bytes are added. Unknown (no estimate, or a zero quota)
 * counts as ok: the write itself will still report a full disk.
 */
export function storagePressure(usage: number | undefined, quota: number | undefined, incoming: number): StoragePressure {
  if (!quota || quota <= 0 || usage === undefined) return { level: 'ok', ratio: 0 };
  const ratio = (usage + incoming) / quota;
  if (ratio > STORAGE_REFUSE_RATIO) return { level: 'refuse', ratio };
  if (ratio > STORAGE_WARN_RATIO) return { level: 'warn', ratio };
  return { level: 'ok', ratio };
}

/** Largest side of a list thumbnail, in CSS pixels times two for sharp screens. */
export const THUMBNAIL_MAX_SIDE = 320;
/** Largest side of a display copy: enough for a full-screen view and a printed page. */
export const DISPLAY_COPY_MAX_SIDE = 3000;

/** Scale (w, h) to fit within `max` on its longest side, never enlarging. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}
