/** Handing a letter's PDF to the person: the share sheet where the browser shares files, else a download. */

export function canShareFile(file: File): boolean {
  if (typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function') return false;
  try {
    return navigator.canShare({ files: [file] });
  } catch {
    return false;
  }
}

/** 'shared', or 'share-ready' when the sheet was closed or the tap expired (the PDF took a while). */
export async function shareFile(file: File, title: string): Promise<'shared' | 'share-ready'> {
  try {
    await navigator.share({ files: [file], title });
    return 'shared';
  } catch {
    return 'share-ready';
  }
}
