/**
 * A call ended while its log form is open ("End call" in the bar, or in another tab): the form takes
 * the call's start, talk and hold times at once, so the save that removes the ended timer carries them.
 * Times already in the form when it opened (from the URL or the ended call) are not applied twice.
 */
import { useEffect, useRef } from 'react';
import type { LogPrefill } from './log-prefill';

export function useEndedCallTimes(endedCallStartedAt: number | undefined, prefill: LogPrefill, ready: boolean, apply: (prefill: LogPrefill) => void): void {
  const applied = useRef(endedCallStartedAt);
  useEffect(() => {
    if (!ready || endedCallStartedAt === undefined || applied.current === endedCallStartedAt) return;
    applied.current = endedCallStartedAt;
    apply(prefill);
  }, [apply, endedCallStartedAt, prefill, ready]);
}
