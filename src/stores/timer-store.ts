/**
 * The call timer's ticking display clock. Only `now` lives here, refreshed every second while a call
 * bar is on screen and at once when the page becomes visible again (timers are throttled in the
 * background); the call itself lives in IndexedDB.
 */
import { useEffect } from 'react';
import { create } from 'zustand';

interface ClockState {
  now: number;
  tick: () => void;
}

export const useTimerClock = create<ClockState>((set) => ({
  now: Date.now(),
  tick: () => set({ now: Date.now() }),
}));

let users = 0;
let interval: ReturnType<typeof setInterval> | undefined;
const onVisible = () => {
  if (document.visibilityState === 'visible') useTimerClock.getState().tick();
};

function acquire(): void {
  users += 1;
  if (users > 1) return;
  useTimerClock.getState().tick();
  interval = setInterval(() => useTimerClock.getState().tick(), 1000);
  document.addEventListener('visibilitychange', onVisible);
}

function release(): void {
  users -= 1;
  if (users > 0) return;
  clearInterval(interval);
  interval = undefined;
  document.removeEventListener('visibilitychange', onVisible);
}

/** The current time, re-read every second while `active`. */
export function useTickingNow(active: boolean): number {
  useEffect(() => {
    if (!active) return;
    acquire();
    return release;
  }, [active]);
  return useTimerClock((s) => s.now);
}
