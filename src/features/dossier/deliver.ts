/**
 * Handing a finished PDF to the person: the share sheet on phones whose browser can share files,
 * a download everywhere else. Sharing needs a recent tap; after a long export that tap may have
 * expired, so a refused share leaves the file ready for a "Share PDF" tap instead of failing.
 */
import { downloadFile } from '../../components/download-file';


export type Delivery = 'downloaded' | 'shared' | 'share-ready';

/** Touch-first devices whose browser says it can share this file. */
export function canShareFile(file: File): boolean {
  if (typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function') return false;
  if (typeof window.matchMedia !== 'function' || !window.matchMedia('(pointer: coarse)').matches) return false;
  try {
    return navigator.canShare({ files: [file] });
  } catch {
    return false;
  }
}

/** Share the file; 'share-ready' when the person closed the sheet or the browser wants a fresh tap. */
export async function shareFile(file: File, title: string): Promise<Delivery> {
  try {
    await navigator.share({ files: [file], title });
    return 'shared';
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'AbortError' || name === 'NotAllowedError') return 'share-ready';
    downloadFile(file);
    return 'downloaded';
  }
}

export async function deliverFile(file: File, title: string): Promise<Delivery> {
  if (canShareFile(file)) return shareFile(file, title);
  downloadFile(file);
  return 'downloaded';
}
