import { describe, expect, it } from 'vitest';
import { blockBootstrapMedian, byBlock, median } from '../../bench/lib/stats.mjs';

describe('blockBootstrapMedian', () => {
  it('gives the same interval for the same figures', () => {
    const blocks = [[1.0, 1.1, 0.9], [1.2, 1.3, 1.1], [0.95, 1.0, 1.05]];
    expect(blockBootstrapMedian(blocks)).toEqual(blockBootstrapMedian(blocks));
  });

  it('collapses to the value when every round of every block is the same', () => {
    expect(blockBootstrapMedian([[1.02, 1.02], [1.02, 1.02], [1.02, 1.02]])).toEqual({ low: 1.02, high: 1.02 });
  });

  it('brackets the median of all rounds', () => {
    const blocks = Array.from({ length: 9 }, (_, b) => Array.from({ length: 4 }, (_, r) => 1 + ((b * 7 + r * 3) % 11) / 100));
    const { low, high } = blockBootstrapMedian(blocks);
    const all = median(blocks.flat());
    expect(low).toBeLessThanOrEqual(all);
    expect(high).toBeGreaterThanOrEqual(all);
  });

  it('is as wide as the blocks disagree, not as narrow as their many rounds would suggest', () => {
    // Each block is tight, but three of eight sit at 1.10 and five at 0.95: a launch's own speed.
    // Resampling the 160 rounds one by one would all but never draw half of them high, and pin the
    // interval to 0.95; resampling blocks draws four or more high blocks often enough to keep the doubt.
    const blocks = Array.from({ length: 8 }, (_, b) => Array.from({ length: 20 }, () => (b < 3 ? 1.1 : 0.95)));
    const { low, high } = blockBootstrapMedian(blocks);
    expect(low).toBe(0.95);
    expect(high).toBe(1.1);
  });
});

describe('byBlock', () => {
  it('splits values by their block key, blocks in the order first seen', () => {
    expect(byBlock([1, 2, 3, 4, 5], ['0:1', '0:0', '0:1', '1:0', '0:0'])).toEqual([[1, 3], [2, 5], [4]]);
  });
});
