/** Values a caller can hand to the log form through the URL (the call timer does): channel, start, talk and hold. */
import { minutesText, type InteractionFormValues } from '../../domain/interaction-form';
import { toLocalInput } from '../../domain/dates';
import { CHANNELS, type Channel } from '../../domain/types';

export interface LogPrefill {
  channel?: Channel;
  at?: number;
  talkSec?: number;
  holdSec?: number;
}

export function readPrefill(search: string): LogPrefill {
  const q = new URLSearchParams(search);
  const out: LogPrefill = {};
  const channel = q.get('channel');
  if (channel && (CHANNELS as readonly string[]).includes(channel)) out.channel = channel as Channel;
  const num = (k: string) => {
    const raw = q.get(k);
    const n = raw === null ? NaN : Number(raw);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
  };
  const at = num('at');
  const talk = num('talk');
  const hold = num('hold');
  if (at !== undefined) out.at = at;
  if (talk !== undefined) out.talkSec = Math.round(talk);
  if (hold !== undefined) out.holdSec = Math.round(hold);
  return out;
}

export function applyPrefill<T extends InteractionFormValues>(v: T, p: LogPrefill): T {
  const next = { ...v };
  if (p.channel) next.channel = p.channel;
  if (p.at !== undefined) {
    next.occurredAt = toLocalInput(p.at, v.timeZone);
    next.exactAt = p.at;
  }
  if (p.talkSec !== undefined) next.talkSec = p.talkSec;
  if (p.holdSec !== undefined) next.holdSec = p.holdSec;
  if (p.talkSec !== undefined || p.holdSec !== undefined) {
    next.durationMin = minutesText((p.talkSec ?? 0) + (p.holdSec ?? 0));
  }
  return next;
}
