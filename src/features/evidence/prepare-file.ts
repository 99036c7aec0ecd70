/**
 * Reads an evidence file and makes everything the repository stores with it: the bytes, their
 * SHA-256 (lower-case hex), a list thumbnail and, for images other than JPEG and PNG, a display copy.
 * All of it happens before the write transaction opens (an outside await would commit it early).
 * Images are decoded by the browser; one it cannot decode (HEIC outside Safari) is kept without preview.
 */
import type { PreparedEvidence } from '../../db/repositories/evidence-repo';
import { DISPLAY_COPY_MAX_SIDE, THUMBNAIL_MAX_SIDE, displayCopyType, fitWithin, needsDisplayCopy } from '../../domain/evidence';
import { isImageKind, mediaTypeOfKind, sniffFileKind, type FileKind } from '../../domain/file-kind';
import type { EvidenceKind } from '../../domain/types';

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function decode(blob: Blob): Promise<ImageBitmap | undefined> {
  if (typeof createImageBitmap !== 'function') return undefined;
  try {
    return await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    return undefined;
  }
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

function canvasOf(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  return Object.assign(document.createElement('canvas'), { width, height });
}

function toBlob(canvas: AnyCanvas, type: string, quality: number): Promise<Blob | undefined> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type, quality }).catch(() => undefined);
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b ?? undefined), type, quality));
}

/** Draw the bitmap into at most `max` px on its longest side and encode it. */
async function encode(bitmap: ImageBitmap, max: number, type: 'image/jpeg' | 'image/png'): Promise<Blob | undefined> {
  const { width, height } = fitWithin(bitmap.width, bitmap.height, max);
  const canvas = canvasOf(width, height);
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) return undefined;
  if (type === 'image/jpeg') {
    // JPEG has no transparency: a transparent screenshot would otherwise turn black.
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
  }
  ctx.drawImage(bitmap, 0, 0, width, height);
  const blob = await toBlob(canvas, type, 0.85);
  return blob && blob.type === type ? blob : undefined;
}

export interface PreparedImages {
  thumbnail?: Blob;
  displayCopy?: Blob;
}

export async function makeImages(blob: Blob, kind: FileKind): Promise<PreparedImages> {
  if (!isImageKind(kind)) return {};
  const bitmap = await decode(blob);
  if (!bitmap) return {};
  try {
    const out: PreparedImages = {};
    const thumbnail = await encode(bitmap, THUMBNAIL_MAX_SIDE, 'image/jpeg');
    if (thumbnail) out.thumbnail = thumbnail;
    if (needsDisplayCopy(kind)) {
      const copy = await encode(bitmap, DISPLAY_COPY_MAX_SIDE, displayCopyType(kind));
      if (copy) out.displayCopy = copy;
    }
    return out;
  } finally {
    bitmap.close();
  }
}

export interface FileDetails {
  caseId: string;
  interactionId?: string;
  kind: EvidenceKind;
  note?: string;
}

/**
 * Read the file once into memory and store those bytes (not the File handle, which a phone's
 * file provider may stop serving later). Its type is what the bytes say; the name and the
 * browser's media type are not trusted.
 */
export async function prepareFile(file: File, details: FileDetails): Promise<PreparedEvidence> {
  const bytes = await file.arrayBuffer();
  const kind = sniffFileKind(new Uint8Array(bytes));
  const type = mediaTypeOfKind(kind);
  const blob = new Blob([bytes], { type });
  const [sha256, images] = await Promise.all([sha256Hex(bytes), makeImages(blob, kind)]);
  const prepared: PreparedEvidence = { ...details, name: file.name, type, sha256, blob, ...images };
  if (!details.interactionId) delete prepared.interactionId;
  if (!details.note?.trim()) delete prepared.note;
  return prepared;
}
