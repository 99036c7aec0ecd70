import { afterEach, describe, expect, it, vi } from 'vitest';
import { soonAfterStartUp } from '../../src/app/when-idle';

afterEach(() => vi.useRealTimers());

describe('soonAfterStartUp', () => {
  it('runs at the first touch, once, and not again when the delay passes', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    soonAfterStartUp(work, 2000);
    expect(work).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pointerdown'));
    window.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(10_000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs on its own a while after start-up, not before', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    soonAfterStartUp(work, 2000);
    vi.advanceTimersByTime(1999);
    expect(work).not.toHaveBeenCalled();
    // After the delay it waits for an idle moment (a further timer where requestIdleCallback is missing).
    vi.advanceTimersByTime(5000);
    expect(work).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('pointerdown'));
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled', () => {
    vi.useFakeTimers();
    const work = vi.fn();
    const cancel = soonAfterStartUp(work, 2000);
    cancel();
    window.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(10_000);
    expect(work).not.toHaveBeenCalled();
  });
});
