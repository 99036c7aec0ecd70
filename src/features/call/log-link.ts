/**
 * The contract with the interaction log form: an ended call opens `/cases/<caseId>/log` (or `/log`
 * when the call had no case) with `?channel=phone&at=<epoch ms>&talk=<sec>&hold=<sec>`.
 */
import { logLink } from '../../lib/routes';
import type { CallDurations } from '../../domain/timer';

export function logHrefForCall(d: CallDurations): string {
  const path = logLink(d.caseId);
  const query = new URLSearchParams({ channel: 'phone', at: String(d.startedAt), talk: String(d.talkSec), hold: String(d.holdSec) });
  return `${path}?${query.toString()}`;
}
