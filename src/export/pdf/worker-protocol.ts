/** Messages between the page and the PDF worker. Everything here survives structured cloning. */
import type { CaseBundle } from '../../domain/case-bundle';
import type { DossierImages, DossierOptions } from './dossier-types';
import type { FontFiles } from './render';

export interface RenderRequest {
  bundle: CaseBundle;
  images: DossierImages;
  options: DossierOptions;
  fonts: FontFiles;
}

export type RenderReply = { kind: 'progress'; fraction: number } | { kind: 'done'; bytes: Uint8Array } | { kind: 'failed'; message: string };
