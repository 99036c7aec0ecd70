/**
 * Deterministic data sets for the scale benchmark, written as files in the app's JSON export
 * format so they enter the app through its own import (which recomputes search words, summaries and
 * totals). Case 0 is the largest case (200 interactions, 5 photos) in every size; the others share the
 * rest, and one case in ten has a photo.
 */
import { createHash } from 'node:crypto';
import type { CaseStatus, Channel, InteractionOutcome } from '../../src/domain/types';
import type { EncodedFile, ExportedEvidence } from '../../src/export/json/format';
import { caseRecord, charge, DAY, emptyRecords, envelope, interaction, statusChange, uuidOf } from '../e2e/export-file';

export interface BenchSize {
  name: string;
  cases: number;
  interactions: number;
}

export const SIZES: readonly BenchSize[] = [
  { name: 'S', cases: 20, interactions: 390 },
  { name: 'M', cases: 500, interactions: 10_000 },
  { name: 'L', cases: 2_000, interactions: 100_000 },
];

export const LARGEST_CASE_INTERACTIONS = 200;
export const LARGEST_CASE_ID = uuidOf(1, 0);

const COMPANIES = ['Netflix', 'LinkedIn', 'Spotify', 'Adobe', 'Ryanair', 'Air France', 'SNCF Connect', 'Orange', 'Free Mobile', 'Bouygues Telecom', 'SFR', 'Amazon', 'Apple', 'Google', 'Microsoft', 'Disney+', 'Canal+', 'Deezer', 'Uber', 'Booking.com', 'Airbnb', 'Vinted', 'Zalando', 'Fnac', 'Darty', 'Cdiscount', 'EDF', 'Engie', 'TotalEnergies', 'Basic-Fit'];
const AGENTS = ['Zoë Lefèvre', 'Marc Dubois', 'Sam Taylor', 'Priya Patel', 'Jonas Weber', 'Lucía García', 'Amélie Martin', 'Tom Reed'];
const CHANNELS: Channel[] = ['chat', 'phone', 'email', 'web-form'];
const OUTCOMES: InteractionOutcome[] = ['no-resolution', 'info-requested', 'reply-promised', 'refund-promised', 'denied', 'escalated'];
const STATUSES: CaseStatus[] = ['in-progress', 'waiting', 'escalated', 'new', 'resolved', 'closed'];
const SENTENCES = [
  'Asked for the refund of the charge taken after I cancelled.',
  'The agent said the billing team would look into it within five working days.',
  'Sent the cancellation confirmation again and asked for a written answer.',
  'They offered a credit instead of a refund; I refused and asked for the money back.',
  'Demande de remboursement du prélèvement; l’agent transmet au service facturation.',
  'Escalated to a supervisor, who promised a call back.',
];

// A real 1x1 PNG: the case screen decodes evidence images for their thumbnails.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PNG_FILE: EncodedFile = { type: 'image/png', size: PNG.length, sha256: createHash('sha256').update(PNG).digest('hex'), base64: PNG.toString('base64') };

function photo(id: string, caseId: string, at: number, n: number): ExportedEvidence {
  const { type, size, sha256 } = PNG_FILE;
  return { id, caseId, createdAt: at, updatedAt: at, addedAt: at, kind: 'error-screenshot', name: `screenshot-${n}.png`, type, size, sha256, file: PNG_FILE };
}

/** A reference that exists once in the whole data set, on the target case of the search figure. */
export function searchTarget(size: BenchSize): { reference: string; caseId: string } {
  const index = size.cases - 1;
  return { reference: `QX-${size.cases}-UNIQUE`, caseId: uuidOf(1, index) };
}

export function benchFile(size: BenchSize, now: number): string {
  const records = emptyRecords();
  const others = size.interactions - LARGEST_CASE_INTERACTIONS;
  let interactionId = 0;
  const target = searchTarget(size);
  for (let c = 0; c < size.cases; c += 1) {
    const caseId = uuidOf(1, c);
    // Case 0 is the newest; the search target is the oldest, so it is not on the list's first screen.
    const opened = now - (c + 1) * 3 * 3600_000 - 30 * DAY;
    const company = COMPANIES[c % COMPANIES.length]!;
    const status = c === 0 ? 'in-progress' : STATUSES[c % STATUSES.length]!;
    records.cases.push(
      caseRecord(caseId, opened, {
        company,
        companyKey: company.toLowerCase(),
        product: `Plan ${c}`,
        accountId: `user${c}@example.com`,
        request: 'Refund of the charge taken after I cancelled.',
        status,
      }),
    );
    records.statusChanges.push(statusChange(uuidOf(2, c), caseId, opened, { to: status }));
    records.charges.push(charge(uuidOf(3, c), caseId, opened - 2 * DAY, { amount: { minor: 999 + (c % 50) * 100, currency: c % 7 === 0 ? 'USD' : 'EUR' } }));
    const photos = c === 0 ? 5 : c % 10 === 5 ? 1 : 0;
    for (let p = 0; p < photos; p += 1) records.evidence.push(photo(uuidOf(5, c * 10 + p), caseId, opened + (p + 1) * 3600_000, p + 1));
    const count = c === 0 ? LARGEST_CASE_INTERACTIONS : Math.floor(others / (size.cases - 1)) + (c - 1 < others % (size.cases - 1) ? 1 : 0);
    for (let i = 0; i < count; i += 1) {
      const n = interactionId++;
      const at = opened + (i + 1) * Math.floor((29 * DAY) / (count + 1));
      const references = [`${company.slice(0, 2).toUpperCase()}-${c}-${i}`];
      if (c === size.cases - 1 && i === 0) references.push(target.reference);
      records.interactions.push(
        interaction(uuidOf(4, n), caseId, at, {
          channel: CHANNELS[n % CHANNELS.length]!,
          direction: n % 5 === 0 ? 'inbound' : 'outbound',
          agentName: AGENTS[n % AGENTS.length]!,
          agentId: `A${n % 997}`,
          references,
          summary: `${SENTENCES[n % SENTENCES.length]!} (${i + 1})`,
          outcome: OUTCOMES[n % OUTCOMES.length]!,
          ...(n % 6 === 2 ? { promisedBy: new Date(at + 7 * DAY).toISOString().slice(0, 10) } : {}),
        }),
      );
    }
  }
  return JSON.stringify(envelope(records, now));
}
