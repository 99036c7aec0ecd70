/** The current time, refreshed once a minute and when the page comes back into view, so urgency moves without a reload. */
import { useEffect, useState } from 'react';

export const TICK_MS = 60_000;

export function useNow(periodMs = TICK_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, periodMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [periodMs]);
  return now;
}
