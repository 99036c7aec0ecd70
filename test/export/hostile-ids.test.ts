// @vitest-environment node
/**
 * Ids such as "constructor", "__proto__" and "toString" are valid data (they are safe path segments):
 * every export path keeps them as data, never finds them on an object's prototype.
 */
import { describe, expect, it } from 'vitest';
import type { CaseBundle } from '../../src/domain/case-bundle';
import { chargesCsv } from '../../src/export/csv/charges-csv';
import { interactionsCsv } from '../../src/export/csv/interactions-csv';
import { caseCalendar } from '../../src/export/ics';
import { buildDossierDocument } from '../../src/export/pdf/dossier-document';
import { bytesToBase64, evidencePreviews } from '../../src/export/pdf/images';
import { renderPdf } from '../../src/export/pdf/render';
import { buildEscalationSummary } from '../../src/export/summary/escalation-summary';
import { freshDatabase } from '../helpers/db';
import { SETTINGS } from '../domain/follow-up/build';
import { bigBundle, evidenceInfo, NOW, pngBytes } from './dossier-fixture';
import { nodeFonts, pdfText, savePdf } from './pdf/pdf-tools';
import { dumpDatabase, seed, exportStored, prepareHere, writePrepared } from './json/db-helpers';

const ODD = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** A case whose every record has an id that is also a property of Object.prototype. */
function oddBundle(): CaseBundle {
  const b = bigBundle(ODD.length);
  const caseId = 'constructor';
  return {
    ...b,
    case: { ...b.case, id: caseId },
    interactions: b.interactions.map((i, n) => ({ ...i, id: ODD[n]!, caseId })),
    charges: b.charges.map((c, n) => ({ ...c, id: ODD[n]!, caseId })),
    evidence: [
      evidenceInfo('__proto__', { caseId, interactionId: 'toString', name: 'proto.png' }),
      evidenceInfo('constructor', { caseId, name: 'constructor.png' }),
      evidenceInfo('toString', { caseId, name: 'tostring.pdf', type: 'application/pdf' }),
    ],
    statusChanges: b.statusChanges.map((s, n) => ({ ...s, id: ODD[n]!, caseId })),
  };
}

describe('ids that are names on Object.prototype, in every export path', () => {
  it('JSON export and import keep them as ids', async () => {
    const db = await freshDatabase();
    const now = await seed([{ company: 'Spotify', product: 'P', accountId: '', request: 'r', charges: [{ day: 2, minor: 100, currency: 'EUR' }], interactions: [{ summary: 's', agentName: 'a', references: [], channel: 'chat', outcome: 'no-resolution', minutes: 1, promised: false, deleted: false }], files: [], status: 'new', marks: false, deleted: false }]);
    const file = JSON.parse(await (await exportStored({ now })).blob.text());
    const [c] = file.records.cases;
    const [i] = file.records.interactions;
    const rename = new Map<string, string>([[c.id, 'constructor'], [i.id, '__proto__'], [file.records.charges[0].id, 'toString']]);
    const text = JSON.stringify(file).replace(/"([0-9a-f-]{36})"/g, (whole, id: string) => (rename.has(id) ? JSON.stringify(rename.get(id)) : whole));
    db.close();
    const target = await freshDatabase();
    await writePrepared(await prepareHere(new Blob([text]), 'odd-ids.json'), 'take-theirs');
    expect((await target.cases.toArray()).map((x) => x.id)).toEqual(['constructor']);
    expect((await target.interactions.get('__proto__'))?.caseId).toBe('constructor');
    expect((await target.charges.get('toString'))?.caseId).toBe('constructor');
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    const again = JSON.parse(await (await exportStored({ now })).blob.text());
    expect(again.records.interactions.map((x: { id: string }) => x.id)).toEqual(['__proto__']);
    expect(Object.keys(await dumpDatabase(target))).toContain('cases');
  });

  it('CSV rows carry them', () => {
    const b = oddBundle();
    const interactions = interactionsCsv(b.interactions.map((interaction) => ({ case: b.case, interaction })), 'en');
    expect(interactions.trim().split('\n')).toHaveLength(ODD.length + 1);
    const charges = chargesCsv(b.charges.map((charge) => ({ case: b.case, charge })), 'fr');
    expect(charges.trim().split('\n')).toHaveLength(b.charges.length + 1);
    expect(charges).toContain('constructor');
  });

  it('the calendar and the summary are made', () => {
    const b = oddBundle();
    const ics = caseCalendar(b, SETTINGS, { lang: 'en', now: NOW, timeZone: 'Europe/Paris', appUrl: 'https://app.example' });
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    const summary = buildEscalationSummary(b, { lang: 'fr', now: NOW });
    expect(summary.length).toBeGreaterThan(100);
    for (const i of b.interactions) expect(summary).toContain(i.references[0]!);
  });

  it('the PDF dossier puts each preview with its own file, and none on a file without one', async () => {
    const b = oddBundle();
    const png = pngBytes(40, 20, [10, 120, 60]);
    const blob = new Blob([png], { type: 'image/png' });
    const images = await evidencePreviews([
      { id: 'constructor', type: 'image/png', blob },
      { id: 'toString', type: 'application/pdf', blob: new Blob(['%PDF-1.4'], { type: 'application/pdf' }) },
    ]);
    expect([...images.keys()]).toEqual(['constructor']);
    expect(images.get('__proto__')).toBeUndefined();
    const doc = buildDossierDocument(b, images, { lang: 'en', now: NOW, timeZone: 'Europe/Warsaw', homeRegion: 'EU' });
    expect(Object.keys(doc.images ?? {})).toEqual(['evidence-1']);
    expect(doc.images?.['evidence-1']).toBe(`data:image/png;base64,${bytesToBase64(png)}`);
    const path = savePdf('hostile-ids', await renderPdf(doc, nodeFonts()));
    const text = pdfText(path);
    for (const name of ['proto.png', 'constructor.png', 'tostring.pdf']) expect(text).toContain(name);
  }, 60_000);
});
