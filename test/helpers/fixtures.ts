/** Builders for valid inputs; tests override only the fields they care about. */
import type { CaseInput, InteractionInput } from '../../src/domain/inputs';

export function caseInput(over: Partial<CaseInput> = {}): CaseInput {
  return {
    company: 'Netflix',
    product: 'Standard plan',
    reason: 'cancellation-issue',
    accountId: 'me@example.com',
    region: 'EU',
    paymentMethod: 'card',
    requestKind: 'full-refund',
    request: 'Refund the charge made after I cancelled',
    refunded: [],
    charges: [{ chargedOn: '2026-11-02', amount: { minor: 1399, currency: 'EUR' } }],
    ...over,
  };
}

export function interactionInput(caseId: string, over: Partial<InteractionInput> = {}): InteractionInput {
  return {
    caseId,
    occurredAt: Date.UTC(2026, 10, 10, 9, 30),
    timeZone: 'Europe/Paris',
    channel: 'chat',
    direction: 'outbound',
    agentName: 'Sam',
    agentId: '',
    references: ['CS-1001'],
    summary: 'Asked for a refund of the November charge',
    outcome: 'no-resolution',
    ...over,
  };
}
