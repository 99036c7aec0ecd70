/** Deferring work that the first screen does not need. */

/** Runs work once the browser is idle (a timer where requestIdleCallback is missing). */
export function whenIdle(work: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(work, { timeout: 4000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 1500);
  return () => clearTimeout(id);
}

const INTENT_EVENTS = ['pointerdown', 'keydown'] as const;

/**
 * Runs work once: at the person's first touch, click or key press (a tap's own navigation then finds
 * its screen already fetched), or when the browser is idle a while after start-up, whichever comes
 * first. Never while the first screen is still loading its data, which idle moments during start-up
 * would allow.
 */
export function soonAfterStartUp(work: () => void, delayMs = 2000): () => void {
  let done = false;
  let cancelIdle = () => {};
  const stop = () => {
    INTENT_EVENTS.forEach((type) => window.removeEventListener(type, run, { capture: true }));
    clearTimeout(timer);
    cancelIdle();
  };
  function run() {
    if (done) return;
    done = true;
    stop();
    work();
  }
  INTENT_EVENTS.forEach((type) => window.addEventListener(type, run, { capture: true, passive: true }));
  const timer = setTimeout(() => (cancelIdle = whenIdle(run)), delayMs);
  return stop;
}
