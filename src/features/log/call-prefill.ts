/**
 * The ended call timer as the log form's prefill when the URL carries none (a reload from the home
 * screen, a killed tab, Cancel then back), and which ended call a save should remove.
 */
import { callDurations } from '../../domain/timer';
import type { CallTimer } from '../../domain/types';
import { readPrefill, type LogPrefill } from './log-prefill';

export interface FormPrefill {
  prefill: LogPrefill;
  /** startedAt of the ended call this form logs: saving removes its timer in the same transaction. */
  endedCallStartedAt?: number;
}

const isEmpty = (p: LogPrefill) => Object.keys(p).length === 0;

/** The ended call's times, when it belongs to this form's case (or both have none). */
export function endedCallPrefill(call: CallTimer | null | undefined, caseId: string | undefined): LogPrefill | undefined {
  if (!call || call.endedAt === undefined || call.caseId !== caseId) return undefined;
  const d = callDurations(call, call.endedAt);
  return { channel: 'phone', at: d.startedAt, talkSec: d.talkSec, holdSec: d.holdSec };
}

/** The URL's prefill if it has one, else (for a new contact only) the ended call's. */
export function formPrefill(search: string, call: CallTimer | null | undefined, caseId: string | undefined, editing: boolean): FormPrefill {
  const ended = call?.endedAt !== undefined ? call : undefined;
  const fromUrl = readPrefill(search);
  if (!isEmpty(fromUrl) || editing) {
    const logsCall = !editing && ended !== undefined && fromUrl.at === ended.startedAt;
    return logsCall ? { prefill: fromUrl, endedCallStartedAt: ended.startedAt } : { prefill: fromUrl };
  }
  const fromCall = endedCallPrefill(ended, caseId);
  return fromCall && ended ? { prefill: fromCall, endedCallStartedAt: ended.startedAt } : { prefill: {} };
}
