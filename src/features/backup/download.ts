/** Hands a Blob to the browser as a download (an <a download> click; no network involved). */
import { deviceZone } from '../../lib/device-zone';
import { isoDateOf } from '../../domain/dates';

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}


/** "refund-tracker-backup-2026-11-22.json" and the like. */
export function fileName(kind: string, now: number, ext: 'json' | 'csv', zone = deviceZone()): string {
  return `refund-tracker-${kind}-${isoDateOf(now, zone)}.${ext}`;
}

/** A file-name-safe slug of a company name ("Canal+ Société" -> "canal-societe"). */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'case'
  );
}
