/** A small case with one missed promise, one kept promise and one still pending, in two zones. */
import type { CaseBundle } from '../../../src/domain/case-bundle';
import { caseRecord, interactionAt } from '../dossier-fixture';

export const SUMMARY_NOW = Date.UTC(2026, 10, 20, 12, 0);

export function summaryBundle(): CaseBundle {
  const at = (iso: string) => Date.parse(iso);
  return {
    case: caseRecord({ createdAt: at('2026-11-03T09:00:00Z'), status: 'waiting', refunded: [] }),
    interactions: [
      interactionAt(0, {
        occurredAt: at('2026-11-03T09:30:00Z'),
        timeZone: 'Europe/Paris',
        channel: 'chat',
        direction: 'outbound',
        agentName: 'Łukasz Wiśniewski',
        agentId: 'LW7',
        references: ['CHAT-118'],
        summary: 'Asked for a refund of both charges.\nThe agent said a supervisor would reply.',
        outcome: 'reply-promised',
        promisedBy: '2026-11-06',
      }),
      interactionAt(1, {
        occurredAt: at('2026-11-10T15:05:00Z'),
        timeZone: 'America/New_York',
        channel: 'phone',
        direction: 'outbound',
        agentName: 'Дмитрий Иванов',
        agentId: '',
        references: ['PH-2201', 'TK-99'],
        summary: 'Supervisor agreed to refund €35.98.',
        outcome: 'refund-promised',
        promisedBy: '2026-11-14',
        durationSec: 1260,
      }),
      interactionAt(2, {
        occurredAt: at('2026-11-12T08:00:00Z'),
        timeZone: 'Europe/Paris',
        channel: 'email',
        direction: 'inbound',
        agentName: '',
        agentId: '',
        references: [],
        summary: '',
        outcome: 'reply-promised',
        promisedBy: '2026-11-25',
      }),
    ],
    charges: [
      { id: 'c1', caseId: 'case-1', createdAt: 0, updatedAt: 0, chargedOn: '2026-09-28', amount: { minor: 1799, currency: 'EUR' } },
      { id: 'c2', caseId: 'case-1', createdAt: 0, updatedAt: 0, chargedOn: '2026-10-28', amount: { minor: 1799, currency: 'EUR' } },
    ],
    evidence: [],
    statusChanges: [],
    followUps: [],
    overrides: [],
    playbookSteps: [],
  };
}
