/** The timeline sparkline: set times counted into equal buckets between the first and last response. */
export interface Bar {
  x: number;
  height: number;
  count: number;
}

export function sparklineBars(times: readonly number[], window: { start: number; end: number }, buckets: number): Bar[] {
  const counts = new Array<number>(buckets).fill(0);
  const span = Math.max(1, window.end - window.start);
  for (const time of times) {
    const i = Math.min(buckets - 1, Math.max(0, Math.floor(((time - window.start) / span) * buckets)));
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const max = Math.max(1, ...counts);
  return counts.map((count, x) => ({ x, count, height: count === 0 ? 0 : Math.max(0.15, count / max) }));
}
