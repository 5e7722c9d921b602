/** Types for bench/lib/round-order.mjs, the order contenders take turns in. */
export function roundOrder<T>(names: readonly T[], round: number): T[];
