/**
 * The dossier's fonts: Roboto (Latin including Polish and French, Greek, Cyrillic) and DejaVu Sans for
 * Arabic, Hebrew and the symbols Roboto lacks. The TTF files are build assets served from our own
 * origin and precached by the service worker, so they stay out of the start-up bundle (this module is
 * reached only through the PDF export's dynamic import) and are available offline.
 */
import boldUrl from '@expo-google-fonts/roboto/700Bold/Roboto_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/roboto/400Regular/Roboto_400Regular.ttf?url';
import italicUrl from '@expo-google-fonts/roboto/400Regular_Italic/Roboto_400Regular_Italic.ttf?url';
import wideUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import wideBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { FontFiles } from './render';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const URLS = { regular: regularUrl, bold: boldUrl, italic: italicUrl, wide: wideUrl, wideBold: wideBoldUrl };

let cached: Promise<FontFiles> | undefined;

export function fetchFonts(): Promise<FontFiles> {
  const keys = Object.keys(URLS) as (keyof FontFiles)[];
  cached ??= Promise.all(keys.map((k) => fetchBytes(URLS[k]))).then((bytes) => Object.fromEntries(keys.map((k, i) => [k, bytes[i]!])) as unknown as FontFiles);
  // A failed fetch is not kept, so the next export tries again.
  cached.catch(() => (cached = undefined));
  return cached;
}
