/** Types for bench/lib/stats.mjs, the bench's order statistics. */
export function median(values: readonly number[]): number;
export function quantile(values: readonly number[], q: number): number;
export function spread(values: readonly number[], digits?: number): string;
export function interleave(
  contenders: Record<string, (round: number) => unknown>,
  options: { rounds: number; warmup?: number },
): Promise<Record<string, number[]>>;
export function ratios(a: readonly number[], b: readonly number[]): number[];
export function byBlock<T>(values: readonly T[], blockOf: readonly unknown[]): T[][];
export function blockBootstrapMedian(
  blocks: readonly (readonly number[])[],
  options?: { resamples?: number; seed?: number },
): { low: number; high: number };
