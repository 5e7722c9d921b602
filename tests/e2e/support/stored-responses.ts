import type { Worker } from 'playwright-core';
import { waitFor } from './wait-for';

/**
 * How many of a site's responses storage.local holds, as a worker started now would rebuild them
 * (src/platform/durable-ledger.ts): the count in the site's record, plus the entries for the site
 * in the logs written after the last compaction. What a forced stop cannot take away.
 */
export function storedResponses(worker: Worker, site: string): Promise<number> {
  return worker.evaluate(async (origin: string) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    const stored = await api.storage.local.get(null);
    const through = (stored['ledger-meta'] as { compactedThrough?: number } | undefined)?.compactedThrough ?? 0;
    let count = (stored[`site:${origin}`] as { responses?: number } | undefined)?.responses ?? 0;
    for (const [key, value] of Object.entries(stored)) {
      if (!key.startsWith('log:') || Number(key.slice(4)) <= through || typeof value !== 'string') continue;
      // Filed as src/core/ledger/site-key.ts files them: a sub-resource under its page's origin.
      const entries = JSON.parse(value) as { obs?: { url: string; topUrl: string | null; type: string } }[];
      count += entries.filter((e) => e.obs && (e.obs.type === 'main_frame' ? e.obs.url : (e.obs.topUrl ?? e.obs.url)).startsWith(`${origin}/`)).length;
    }
    return count;
  }, site);
}

/**
 * Waits until storage holds at least `count` of the site's responses: a log entry leaves at most
 * one write gap and a storage round trip after its response (durable-ledger.ts), and a forced
 * stop may take what has not. Returns how long that took, for the test to report.
 */
export async function waitForStored(worker: Worker, site: string, count: number): Promise<number> {
  const start = Date.now();
  let last = 0;
  await waitFor(() => `storage to hold ${count} responses of ${site} (last: ${last})`, async () => (last = await storedResponses(worker, site)) >= count, 10_000);
  return Date.now() - start;
}
