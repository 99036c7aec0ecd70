/**
 * Recording a sent letter as a contact: the channel, the day and time it went, the registered-post
 * tracking number as a reference, and the reply timer from `replyTimerAfterSending`.
 */
import { MAX_TEXT } from '../case-form';
import type { InteractionInput } from '../inputs';
import type { Instant, Region } from '../types';
import { isoDateOf } from '../dates';
import { replyTimerAfterSending } from './reply-timer';
import type { LetterKind } from './types';

export const SEND_CHANNELS = ['letter', 'email'] as const;
export type SendChannel = (typeof SEND_CHANNELS)[number];

export interface SentLetter {
  caseId: string;
  kind: LetterKind;
  region: Region;
  channel: SendChannel;
  sentAt: Instant;
  timeZone: string;
  /** Registered post tracking number, when there is one. */
  tracking?: string;
  /** What the contact's summary says: the letter's title line and its text. */
  summary: string;
}

export function sentLetterInteraction(s: SentLetter): InteractionInput {
  const timer = replyTimerAfterSending(s.kind, s.region, isoDateOf(s.sentAt, s.timeZone));
  const tracking = s.tracking?.trim();
  const input: InteractionInput = {
    caseId: s.caseId,
    occurredAt: s.sentAt,
    timeZone: s.timeZone,
    channel: s.channel,
    direction: 'outbound',
    agentName: '',
    agentId: '',
    references: tracking ? [tracking] : [],
    summary: s.summary.trim().slice(0, MAX_TEXT),
    outcome: timer.outcome,
  };
  if (timer.promisedBy) input.promisedBy = timer.promisedBy;
  return input;
}
