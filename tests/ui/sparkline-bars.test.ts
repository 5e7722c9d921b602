import { describe, expect, it } from 'vitest';
import { sparklineBars } from '../../src/ui/sparkline-bars';

describe('sparklineBars', () => {
  it('counts each time into its slice of the window, the fullest bar at full height', () => {
    const bars = sparklineBars([0, 1, 2, 50, 99, 100], { start: 0, end: 100 }, 4);
    expect(bars.map((b) => b.count)).toEqual([3, 0, 1, 2]);
    expect(bars.map((b) => b.height)).toEqual([1, 0, 1 / 3, 2 / 3]);
  });

  it('keeps times outside the window on its edges', () => {
    expect(sparklineBars([-5, 500], { start: 0, end: 100 }, 2).map((b) => b.count)).toEqual([1, 1]);
  });

  it('puts every time in the first slice when the window has no length', () => {
    expect(sparklineBars([7, 7], { start: 7, end: 7 }, 3).map((b) => b.count)).toEqual([2, 0, 0]);
  });

  it('gives a lone set among many a visible bar', () => {
    const times = [...Array.from({ length: 100 }, () => 0), 99];
    expect(sparklineBars(times, { start: 0, end: 100 }, 2)[1]?.height).toBe(0.15);
  });
});
