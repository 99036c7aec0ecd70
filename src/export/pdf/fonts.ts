/**
 * Roboto (Latin including Polish and French, and Cyrillic) for the dossier. The TTF files are build
 * assets served from our own origin and precached by the service worker, so they stay out of the
 * start-up bundle and are available offline.
 */
import boldUrl from '@expo-google-fonts/roboto/700Bold/Roboto_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/roboto/400Regular/Roboto_400Regular.ttf?url';
import italicUrl from '@expo-google-fonts/roboto/400Regular_Italic/Roboto_400Regular_Italic.ttf?url';
import type { FontFiles } from './render';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let cached: Promise<FontFiles> | undefined;

export function fetchFonts(): Promise<FontFiles> {
  cached ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl), fetchBytes(italicUrl)]).then(([regular, bold, italic]) => ({ regular, bold, italic }));
  // A failed fetch is not kept, so the next export tries again.
  cached.catch(() => (cached = undefined));
  return cached;
}
