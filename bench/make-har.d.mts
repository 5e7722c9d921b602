/** Types for bench/make-har.mjs, the seeded generator of large realistic HARs. */
export interface MakeHarOptions {
  /** Approximate size of the entries, in MiB (default 10). */
  mb?: number;
  /** PRNG seed (default 1): the same seed and size give the same bytes. */
  seed?: number;
}

export function harPieces(options?: MakeHarOptions): Generator<string, void, undefined>;
export function makeHarText(options?: MakeHarOptions): string;
export function writeHar(path: string, options?: MakeHarOptions): Promise<void>;
