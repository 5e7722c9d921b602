import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietTimer } from '../../src/platform/quiet-timer';

describe('quietTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, a quiet period after the last of a burst of pokes, with one timer pending at a time', () => {
    const run = vi.fn();
    const timer = quietTimer(400, run);
    for (let i = 0; i < 10; i++) {
      timer.poke();
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(100);
    }
    // The last poke came at 900 ms: the run is due at 1,300 ms.
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts again with the next poke after it has run', () => {
    const run = vi.fn();
    const timer = quietTimer(400, run);
    timer.poke();
    vi.advanceTimersByTime(400);
    timer.poke();
    vi.advanceTimersByTime(400);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
