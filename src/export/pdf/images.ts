/**
 * Evidence previews for the PDF. The PDF engine embeds only JPEG and PNG, so in a browser every image
 * is drawn through a canvas (which also applies the photo's orientation and scales it down, keeping
 * the file small) and saved as JPEG. Where no canvas exists (node) or the browser cannot decode the
 * file (HEIC in most browsers), a JPEG or PNG is used as is: the JPEG/PNG display copy made when the
 * file was added first, then the original.
 */
import type { DossierImages } from './dossier-types';

export interface EvidenceFiles {
  id: string;
  type: string;
  blob: Blob;
  displayCopy?: Blob;
}

/** The longest side of a preview in pixels: sharp at the 150 pt it is shown at, yet small. */
const MAX_SIDE = 1000;

export function sniffImage(bytes: Uint8Array): 'image/jpeg' | 'image/png' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

async function asDataUrl(blob: Blob): Promise<string | null> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const mime = sniffImage(bytes);
  return mime ? `data:${mime};base64,${bytesToBase64(bytes)}` : null;
}

/** Decode, scale down and re-encode as JPEG on a canvas; null where the browser cannot. */
async function reencode(blob: Blob): Promise<string | null> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(blob);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    // JPEG has no transparency: paint screenshots with alpha onto white rather than black.
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(bitmap, 0, 0, width, height);
    return await asDataUrl(await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 }));
  } catch {
    return null;
  } finally {
    bitmap?.close();
  }
}

export async function previewOf(e: EvidenceFiles): Promise<string | null> {
  const sources = [e.displayCopy, e.type.startsWith('image/') ? e.blob : undefined].filter((b): b is Blob => b !== undefined);
  for (const source of sources) {
    const url = (await reencode(source)) ?? (await asDataUrl(source));
    if (url) return url;
  }
  return null;
}

/** Previews of image evidence, one file at a time to keep memory low; files without one are left out. */
export async function evidencePreviews(files: AsyncIterable<EvidenceFiles> | Iterable<EvidenceFiles>, onEach?: () => void): Promise<DossierImages> {
  const out: DossierImages = new Map();
  for await (const e of files) {
    const url = await previewOf(e);
    if (url) out.set(e.id, url);
    onEach?.();
  }
  return out;
}
