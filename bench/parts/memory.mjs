/**
 * The background's memory after 100,000 observations across 300 sites, bounded by the ledger's
 * caps (200 sites, 400 cookies per site, 20 history entries per cookie). Run with --expose-gc:
 * heap used after a full collection, before and after the ledger is filled, in one process.
 * Baseline: the size of the same ledger as JSON, which is what storage.local holds.
 */
import { importCore } from '../lib/compile.mjs';
import { observationStream } from '../lib/observation-stream.mjs';
import { emit, fmt, log, row } from '../lib/row.mjs';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
const { createLedger, recordObservation, DEFAULT_LIMITS } = await importCore();

function heapAfterGc() {
  for (let k = 0; k < 3; k++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

// Generated in slices, so the stream itself is garbage by the time the heap is read.
const COUNT = 100_000;
const SLICE = 10_000;
const before = heapAfterGc();
const ledger = createLedger();
for (let from = 0; from < COUNT; from += SLICE) {
  const stream = observationStream(COUNT, { sites: 300 }).slice(from, from + SLICE);
  for (const obs of stream) recordObservation(ledger, obs);
}
const after = heapAfterGc();
const json = JSON.stringify(ledger);
const sites = Object.keys(ledger.sites).length;
const cookies = Object.values(ledger.sites).reduce((sum, site) => sum + Object.keys(site.cookies).length, 0);
const heap = after - before;
log(`memory: ${sites} sites, ${cookies} cookies, heap ${fmt(heap / 2 ** 20, 1)} MiB, JSON ${fmt(json.length / 2 ** 20, 1)} MiB`);
emit([
  row({
    measure: `Background memory after 100,000 observations, 300 sites (caps: ${DEFAULT_LIMITS.maxSites} sites, ${DEFAULT_LIMITS.maxCookiesPerSite} cookies/site, ${DEFAULT_LIMITS.historyPerCookie} events/cookie)`,
    ours: `${fmt(heap / 2 ** 20, 1)} MiB heap (${sites} sites, ${fmt(cookies)} cookies, ${ledger.evictedSites} sites evicted)`,
    baseline: 'the same ledger as JSON (what storage.local holds)',
    base: `${fmt(json.length / 2 ** 20, 1)} MiB`,
    ratio: `${(heap / json.length).toFixed(2)}× the JSON size`,
  }),
]);
