import { createRandom } from './prng.mjs';
import { roundOrder } from './round-order.mjs';

/** Order statistics for the bench: medians, and the spread that says how far to trust them. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** "1.23 (1.10–1.31)": the median with the interquartile range of the rounds. */
export function spread(values, digits = 2) {
  return `${median(values).toFixed(digits)} (IQR ${quantile(values, 0.25).toFixed(digits)}–${quantile(values, 0.75).toFixed(digits)})`;
}

/**
 * Runs every contender once per round, in an order that changes with the round so that none always
 * runs first (cold caches), last, or after the same other one (its garbage; round-order.mjs), and
 * returns each one's times (ms) per round. The machine is shared and noisy: only figures taken side
 * by side in the same round are compared, as ratios, and the medians of those ratios are reported.
 * Each contender is called with the round number, so that a round can hand all of them the same
 * slice of the input.
 */
export async function interleave(contenders, { rounds, warmup = 2 }) {
  const names = Object.keys(contenders);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (const name of roundOrder(names, round)) {
      const started = performance.now();
      await contenders[name](round);
      const elapsed = performance.now() - started;
      if (round >= warmup) times[name].push(elapsed);
    }
  }
  return times;
}

/** Per-round ratios a[i] / b[i] of two contenders' times. */
export function ratios(a, b) {
  return a.map((t, i) => t / b[i]);
}

/** `values` split by `blockOf` (each value's block key, at the same index), blocks in first-seen order. */
export function byBlock(values, blockOf) {
  const blocks = new Map();
  values.forEach((value, i) => {
    const key = blockOf[i];
    if (!blocks.has(key)) blocks.set(key, []);
    blocks.get(key).push(value);
  });
  return [...blocks.values()];
}

/**
 * A 95 % interval for the median of per-round figures grouped in blocks, by resampling whole
 * blocks with replacement (seeded, so the same figures give the same interval). Blocks, not
 * rounds: each block ran on freshly launched browsers, and a browser instance has a speed of its
 * own, so rounds of one block are not independent of each other.
 */
export function blockBootstrapMedian(blocks, { resamples = 4000, seed = 1 } = {}) {
  const random = createRandom(seed);
  const medians = [];
  for (let i = 0; i < resamples; i++) {
    const sample = [];
    for (let k = 0; k < blocks.length; k++) sample.push(...blocks[random.int(0, blocks.length - 1)]);
    medians.push(median(sample));
  }
  return { low: quantile(medians, 0.025), high: quantile(medians, 0.975) };
}
