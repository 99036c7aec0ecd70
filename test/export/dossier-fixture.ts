/** A case bundle built in memory for the dossier tests: many contacts, several zones and scripts. */
import { deflateSync } from 'node:zlib';
import type { CaseBundle, EvidenceInfo } from '../../src/domain/case-bundle';
import type { CaseRecord, Channel, Interaction, InteractionOutcome, Region } from '../../src/domain/types';

export const AGENTS = ['Łukasz Wiśniewski', 'Дмитрий Иванов', 'Zoë Lefèvre', 'Sam Carter', 'Małgorzata Dąbrowska'];
const ZONES = ['Europe/Paris', 'Europe/Warsaw', 'America/New_York'];
const CHANNELS: Channel[] = ['chat', 'phone', 'email', 'web-form', 'phone', 'chat'];
const OUTCOMES: InteractionOutcome[] = ['no-resolution', 'info-requested', 'reply-promised', 'no-resolution', 'refund-promised', 'denied', 'escalated'];
const START = Date.UTC(2026, 8, 1, 8, 0);
const HOUR = 3600_000;

export function refOf(n: number): string {
  return `RT-${String(n).padStart(4, '0')}`;
}

export function interactionAt(n: number, over: Partial<Interaction> = {}): Interaction {
  const at = START + n * 7 * HOUR;
  const channel = CHANNELS[n % CHANNELS.length]!;
  const outcome = over.outcome ?? OUTCOMES[n % OUTCOMES.length]!;
  const i: Interaction = {
    id: `i-${n}`,
    caseId: 'case-1',
    createdAt: at,
    updatedAt: at,
    occurredAt: at,
    timeZone: ZONES[n % ZONES.length]!,
    channel,
    direction: n % 5 === 3 ? 'inbound' : 'outbound',
    agentName: AGENTS[n % AGENTS.length]!,
    agentId: n % 4 === 0 ? `A${100 + n}` : '',
    references: n % 9 === 0 ? [refOf(n), `${refOf(n)}-B`] : [refOf(n)],
    summary:
      n % 3 === 0
        ? `Contact n° ${n + 1}: asked again for the refund of the charge made after the cancellation; the agent said the billing team would review the account and write back by email.`
        : `Contact n° ${n + 1}: résiliation confirmée, remboursement demandé.`,
    outcome,
    words: [],
  };
  if (channel === 'phone') Object.assign(i, { durationSec: 600 + n * 7, talkSec: 400, holdSec: 200 + n * 7 });
  if (outcome === 'reply-promised' || outcome === 'refund-promised') i.promisedBy = new Date(at + 3 * 24 * HOUR).toISOString().slice(0, 10);
  return { ...i, ...over };
}

export function caseRecord(over: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: 'case-1',
    createdAt: START - 2 * 24 * HOUR,
    updatedAt: START,
    company: 'Streamflix Europe',
    companyKey: 'streamflix europe',
    product: 'Premium plan (4K)',
    reason: 'cancellation-issue',
    accountId: 'jan.kowalski@example.pl',
    region: 'EU',
    paymentMethod: 'card',
    subscriptionStartedOn: '2025-03-14',
    cancelledOn: '2026-08-20',
    requestKind: 'full-refund',
    request: 'Refund the two charges taken after I cancelled on 20 August.',
    status: 'escalated',
    refunded: [{ minor: 500, currency: 'EUR' }],
    disputed: [],
    lastActivityAt: START,
    words: [],
    timeZone: 'Europe/Warsaw',
    ...over,
  };
}

/** A solid-colour RGB PNG, written by hand so the tests need no image library. */
export function pngBytes(width: number, height: number, rgb: [number, number, number]): Uint8Array<ArrayBuffer> {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

export function evidenceInfo(id: string, over: Partial<EvidenceInfo> = {}): EvidenceInfo {
  return {
    id,
    caseId: 'case-1',
    createdAt: START,
    updatedAt: START,
    kind: 'error-screenshot',
    name: `${id}.png`,
    type: 'image/png',
    size: 48_213,
    sha256: 'ab'.repeat(32),
    addedAt: START + HOUR,
    ...over,
  };
}

export function bigBundle(count: number, region: Region | '' = 'EU'): CaseBundle {
  return {
    case: caseRecord({ region }),
    interactions: Array.from({ length: count }, (_, n) => interactionAt(n)),
    charges: [
      { id: 'c1', caseId: 'case-1', createdAt: START, updatedAt: START, chargedOn: '2026-08-28', amount: { minor: 1799, currency: 'EUR' }, description: 'Monthly fee, September' },
      { id: 'c2', caseId: 'case-1', createdAt: START, updatedAt: START, chargedOn: '2026-09-28', statementOn: '2026-10-02', amount: { minor: 1799, currency: 'EUR' } },
      { id: 'c3', caseId: 'case-1', createdAt: START, updatedAt: START, chargedOn: '2026-09-30', amount: { minor: 499, currency: 'USD' }, description: 'Add-on' },
    ],
    evidence: [
      evidenceInfo('shot', { note: 'The error shown on the TV after cancelling' }),
      evidenceInfo('letter', { kind: 'letter', name: 'réclamation.pdf', type: 'application/pdf', size: 1_204_000 }),
    ],
    statusChanges: [
      { id: 's1', caseId: 'case-1', createdAt: START, updatedAt: START, from: null, to: 'new', at: START - 2 * 24 * HOUR },
      { id: 's2', caseId: 'case-1', createdAt: START, updatedAt: START, from: 'in-progress', to: 'escalated', at: START + 40 * 24 * HOUR },
    ],
    followUps: [],
    overrides: [],
    playbookSteps: [],
  };
}

export const NOW = Date.UTC(2026, 10, 22, 13, 5);
