import { execFileSync } from 'node:child_process';
import { beforeEach, describe, expect, it } from 'vitest';
import { readDossierCase, readEvidenceFile } from '../../../src/db/queries/dossier';
import { createCase } from '../../../src/db/repositories/case-repo';
import { addEvidence } from '../../../src/db/repositories/evidence-repo';
import { logInteraction } from '../../../src/db/repositories/interaction-repo';
import { buildDossierDocument } from '../../../src/export/pdf/dossier-document';
import { dossierFileName, makeDossierPdf, type DossierProgress, type RenderDossier } from '../../../src/export/pdf/make-dossier';
import { renderPdf } from '../../../src/export/pdf/render';
import type { RenderRequest } from '../../../src/export/pdf/worker-protocol';
import { freshDatabase } from '../../helpers/db';
import { caseInput, interactionInput } from '../../helpers/fixtures';
import { bigBundle, evidenceInfo, pngBytes } from '../dossier-fixture';
import { nodeFonts, pdfInfo, pdfText, savePdf } from './pdf-tools';

const NOW = Date.UTC(2026, 10, 22, 10, 0);
const hash = (c: string) => c.repeat(64);

describe('making the dossier of a stored case', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('reads the case and its evidence, embeds previews of images only, and reports progress', async () => {
    const caseId = await createCase(caseInput({ company: 'Zdrój Média', region: 'US' }), { now: NOW - 86_400_000, timeZone: 'America/Chicago' });
    await logInteraction(interactionInput(caseId, { agentName: 'Дмитрий Иванов', references: ['PH-77'] }), { now: NOW - 3600_000 });
    const png = new Blob([pngBytes(40, 30, [20, 120, 60])], { type: 'image/png' });
    await addEvidence({ caseId, kind: 'error-screenshot', name: 'error.png', type: 'image/png', sha256: hash('a'), blob: png }, NOW);
    // A phone photo the PDF engine cannot embed, with the PNG copy made when it was added.
    const heic = new Blob([new Uint8Array([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63])], { type: 'image/heic' });
    const copy = new Blob([pngBytes(30, 40, [200, 200, 20])], { type: 'image/png' });
    await addEvidence({ caseId, kind: 'receipt', name: 'receipt.heic', type: 'image/heic', sha256: hash('b'), blob: heic, displayCopy: copy }, NOW + 1000);
    const webp = new Blob([new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50])], { type: 'image/webp' });
    await addEvidence({ caseId, kind: 'email', name: 'mail.webp', type: 'image/webp', sha256: hash('c'), blob: webp }, NOW + 2000);

    const stages: DossierProgress['stage'][] = [];
    // The same work the browser's worker does, on this thread.
    const render: RenderDossier = (r, onProgress) => renderPdf(buildDossierDocument(r.bundle, r.images, r.options), r.fonts, onProgress);
    const stored = (await readDossierCase(caseId))!;
    const file = await makeDossierPdf({ ...stored, evidenceFile: readEvidenceFile, lang: 'fr', now: NOW, timeZone: 'Europe/Paris' }, (p) => stages.push(p.stage), {
      loadFonts: async () => nodeFonts(),
      render,
    });
    expect(file.fileName).toBe('dossier-remboursement-zdroj-media-2026-11-22.pdf');
    expect(file.blob.type).toBe('application/pdf');
    expect([...new Set(stages)]).toEqual(['reading', 'images', 'layout']);

    const path = savePdf('stored-case.pdf', new Uint8Array(await file.blob.arrayBuffer()));
    expect(pdfInfo(path)['Page size']).toMatch(/\(letter\)/);
    const text = pdfText(path);
    expect(text).toContain('Zdrój Média');
    expect(text).toContain('Дмитрий Иванов');
    expect(text).toContain('PH-77');
    expect(text).toMatch(/mail\.webp .* Pas d’aperçu/);
    // Deadlines and next steps come from the app's rules, worded in French, with their sources.
    expect(text).toContain('Délais');
    expect(text).toContain('Contestation par carte du prélèvement du 2 nov. 2026');
    expect(text).toContain('Visa Core Rules');
    expect(text).toContain('vérifié en décembre 2026');
    expect(text).toContain('Prochaines étapes');
    const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.map((l) => l.trim().split(/\s+/).slice(3, 5).join('x'))).toEqual(['40x30', '30x40']);
  }, 60_000);

  it('names the file after the company in the chosen language', () => {
    expect(dossierFileName('Netflix, Inc.', 'en', NOW, 'Europe/Paris')).toBe('refund-case-netflix-inc-2026-11-22.pdf');
    expect(dossierFileName('***', 'en', NOW, 'Europe/Paris')).toBe('refund-case-case-2026-11-22.pdf');
  });
});

describe('making the dossier from plain data', () => {
  it('asks for the files of image evidence only, one at a time, and leaves out a file that is gone', async () => {
    const bundle = bigBundle(3);
    bundle.evidence.push(evidenceInfo('gone', { name: 'gone.png' }));
    const files = new Map([['shot', { id: 'shot', type: 'image/png', blob: new Blob([pngBytes(8, 6, [0, 0, 255])], { type: 'image/png' }) }]]);
    const asked: string[] = [];
    let request: RenderRequest | undefined;
    const file = await makeDossierPdf(
      {
        bundle,
        settings: { followUpBusinessDays: 3, contactsBeforeEscalation: 3, cardDisputeWindowDays: 120, homeRegion: 'US' },
        evidenceFile: async (id) => {
          asked.push(id);
          return files.get(id);
        },
        lang: 'en',
        now: NOW,
        timeZone: 'UTC',
      },
      undefined,
      {
        loadFonts: async () => nodeFonts(),
        render: async (r) => {
          request = r;
          return new TextEncoder().encode('%PDF');
        },
      },
    );
    expect(asked).toEqual(['shot', 'gone']);
    expect([...request!.images.keys()]).toEqual(['shot']);
    expect(request!.images.get('shot')).toMatch(/^data:image\/png;base64,/);
    expect(request!.bundle).toBe(bundle);
    expect(request!.options).toMatchObject({ lang: 'en', now: NOW, timeZone: 'UTC', homeRegion: 'US' });
    expect(file.fileName).toBe('refund-case-streamflix-europe-2026-11-22.pdf');
    expect(await file.blob.text()).toBe('%PDF');
  });
});
