/**
 * The extension in the browser: load time of a local page whose 200 images each set a cookie, in
 * four headless Chromium instances launched once and used in turn (rounds interleaved, in an order
 * that balances who runs after whom): Cookie Audit (dist/chrome), the webRequest floor (a minimal
 * extension with the same listener, counting in memory), that floor again in a second browser, and
 * no extension at all.
 *
 * Per load: the page's own load time (navigation start → loadEventEnd: all 200 Set-Cookie
 * responses are in it); "recorded", until the extension has dealt with all 201 responses (for
 * Cookie Audit: handed them to storage.local in its log), so its work, not only the page's, is in
 * the window; and the CPU time the load cost the browser's processes (from /proc, until every
 * variant is idle again, Cookie Audit's quiet-time compaction included), which the machine's load
 * hardly changes, and the part of it spent from navigation to the load (read once the load event
 * has come: what competes with the page for the machine's two cores).
 *
 * A browser instance has a speed of its own: two instances of the same floor extension, launched
 * together, differed by up to 5 % over a whole run, and one run put Cookie Audit 0.95× the floor and
 * the next 1.07×. So the rounds are split into blocks, each with freshly launched browsers and
 * profiles, and the median is taken over the rounds of every block. The second floor is there so
 * that every run states its own noise: the ratio of two identical contenders, measured alike.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_DIST, chromiumAvailable, closeOtherPages, launch } from '../lib/chromium.mjs';
import { IMAGES, startCookieServer } from '../lib/cookie-server.mjs';
import { writeFloorExtension } from '../lib/floor-extension.mjs';
import { browserCpu } from '../lib/process-cpu.mjs';
import { buildId, PAGE_LOAD_RUNS } from '../lib/page-load-runs.mjs';
import { installStorageProbe } from '../lib/storage-probe.mjs';
import { roundOrder } from '../lib/round-order.mjs';
import { blockBootstrapMedian, byBlock, median, ratios, spread } from '../lib/stats.mjs';
import { emit, fmt, log, row } from '../lib/row.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 36);
const BLOCKS = Math.max(1, Math.min(ROUNDS, Number(process.env.BENCH_BLOCKS ?? 9)));
const RESPONSES = IMAGES + 1;
/** Every variant is given this long after its load before its CPU time is read (Cookie Audit compacts 1.5 s after the last response). */
const SETTLE_MS = 2500;
if (!chromiumAvailable()) {
  emit([row({ measure: 'Page load with the extension', ours: 'not measured', baseline: '/usr/bin/chromium is missing', ratio: '' })]);
  process.exit(0);
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const server = await startCookieServer();
const floorDir = writeFloorExtension();
/** The contenders, by name: the label their run ids carry, and the extension their browser loads. */
const CONTENDERS = {
  ours: { label: 'ours', extension: CHROME_DIST },
  floor: { label: 'floor', extension: floorDir },
  // The same floor again, in a browser of its own: how far two identical contenders differ (A/A).
  floorB: { label: 'floor-b', extension: floorDir },
  none: { label: 'none', extension: null },
};
let variants = {};

/**
 * A block's browsers: each variant freshly launched, on a new profile, its welcome tab closed. The
 * launch order turns with the block, so that no contender is always launched in the same place
 * (pooled runs that always launched in one order put the floor launched third 1.7 % and 0.6 %
 * behind the one launched second; with the order turning, three runs put floor B 2.1 % behind, so
 * that was not the launch order, but nothing now depends on it). Returns the order used.
 */
async function launchAll(block) {
  variants = {};
  const entries = Object.entries(CONTENDERS);
  const order = entries.map((_, k) => entries[(k + block) % entries.length]);
  for (const [name, { label, extension }] of order) variants[name] = await launch(label, extension);
  for (const v of Object.values(variants)) {
    v.page = await v.context.newPage();
    await closeOtherPages(v.context, v.page);
  }
  await variants.ours.worker.evaluate(installStorageProbe);
  return order.map(([name]) => name);
}

/** What the extension has recorded of one load: responses seen and when the last one was dealt with. */
function recorded(variant, run) {
  return variant.worker.evaluate((id) => globalThis.benchRuns[id] ?? { count: 0, last: 0, compactedAt: 0 }, run);
}

let serial = 0;
async function load(variant) {
  const run = `${variant.label}-${++serial}`;
  const cpuBefore = browserCpu(variant.userDataDir);
  await variant.page.goto(`${server.origin}/page?run=${run}`, { waitUntil: 'load' });
  const loadedAt = Date.now();
  const cpuLoaded = browserCpu(variant.userDataDir);
  const nav = await variant.page.evaluate(async () => {
    const entry = () => performance.getEntriesByType('navigation')[0];
    while (entry().loadEventEnd === 0) await new Promise((done) => setTimeout(done, 5));
    return { start: performance.timeOrigin + entry().startTime, load: entry().loadEventEnd - entry().startTime };
  });
  let seen = { count: RESPONSES, last: 0, compactedAt: 1 };
  const deadline = Date.now() + 15_000;
  // The extension catches up; Cookie Audit also compacts once things are quiet.
  const done = (s) => s.count >= RESPONSES && (variant !== variants.ours || s.compactedAt > 0);
  if (variant.worker) {
    do {
      await sleep(20);
      seen = await recorded(variant, run);
    } while (!done(seen) && Date.now() < deadline);
    if (!done(seen)) throw new Error(`${variant.label} recorded ${seen.count} of ${RESPONSES} responses of ${run}`);
  }
  await sleep(Math.max(0, loadedAt + SETTLE_MS - Date.now()));
  const cpuAfter = browserCpu(variant.userDataDir);
  return {
    load: nav.load,
    recorded: variant.worker ? Math.max(nav.load, seen.last - nav.start) : nav.load,
    cpu: cpuAfter.total - cpuBefore.total,
    extensionCpu: cpuAfter.extension - cpuBefore.extension,
    windowCpu: cpuLoaded.total - cpuBefore.total,
    windowExtensionCpu: cpuLoaded.extension - cpuBefore.extension,
  };
}

const names = Object.keys(CONTENDERS);
const t = Object.fromEntries(names.map((n) => [n, { load: [], recorded: [], cpu: [], extensionCpu: [], windowCpu: [], windowExtensionCpu: [] }]));
const writes = { logs: 0, compactions: 0 };
/** The block each round ran in: what the interval of the median resamples. */
const blockOf = [];
/** Per block, the order its browsers were launched in. */
const launchOrders = [];
let round = 0;
for (let block = 0; block < BLOCKS; block++) {
  launchOrders.push(await launchAll(block));
  // Warm-up: a browser's first loads are slow, and an extension's listener is wired up only shortly
  // after it starts, so three loads each, untimed, whose incomplete recordings are forgiven.
  for (let k = 0; k < 3; k++) for (const v of Object.values(variants)) await load(v).catch(() => undefined);
  const before = await variants.ours.worker.evaluate(() => ({ ...globalThis.benchWrites }));
  for (const end = Math.round(((block + 1) * ROUNDS) / BLOCKS); round < end; round++) {
    // A Williams square: a block's four rounds run each contender once in every place and after
    // every other once (bench/lib/round-order.mjs), where a rotation ran floor B after the floor always.
    for (const name of roundOrder(names, round)) {
      const m = await load(variants[name]);
      for (const key of Object.keys(m)) t[name][key].push(m[key]);
    }
    blockOf.push(block);
  }
  const after = await variants.ours.worker.evaluate(() => globalThis.benchWrites);
  writes.logs += after.logs - before.logs;
  writes.compactions += after.compactions - before.compactions;
  for (const v of Object.values(variants)) await v.close();
}
log(`page-load: ${BLOCKS} blocks of fresh browsers; medians ours ${fmt(median(t.ours.load))} ms, floor ${fmt(median(t.floor.load))} ms, none ${fmt(median(t.none.load))} ms; ` +
  `recorded ours ${fmt(median(t.ours.recorded))} ms, floor ${fmt(median(t.floor.recorded))} ms; ` +
  `CPU ours ${fmt(median(t.ours.cpu))} ms (extension ${fmt(median(t.ours.extensionCpu))}), floor ${fmt(median(t.floor.cpu))} ms (extension ${fmt(median(t.floor.extensionCpu))}), none ${fmt(median(t.none.cpu))} ms; storage: ${JSON.stringify(writes)}`);
rmSync(floorDir, { recursive: true, force: true });
await server.close();
// Every run's rounds are kept, so that runs of the same build can be pooled (bench/pool-page-load.mjs).
const at = new Date().toISOString();
mkdirSync(PAGE_LOAD_RUNS, { recursive: true });
writeFileSync(join(PAGE_LOAD_RUNS, `${at.replace(/[:.]/g, '-')}.json`), JSON.stringify({ at, build: buildId(), blocks: BLOCKS, blockOf, launchOrders, times: t }));

const ms = (list) => `${fmt(median(list))} ms`;
const vsFloor = ratios(t.ours.load, t.floor.load);
/** The 95 % interval of the median of per-round figures, whole blocks resampled (BENCHMARKS.md, Method). */
const intervalOf = (values) => blockBootstrapMedian(byBlock(values, blockOf));
const interval = (values) => {
  const { low, high } = intervalOf(values);
  return `; median's 95 % interval ${low.toFixed(2)}–${high.toFixed(2)}`;
};
/** Shown met only when the whole interval meets the target, shown missed when it all misses; otherwise undecided (null). */
const TARGET = 1.03;
const loadInterval = intervalOf(vsFloor);
const loadMet = loadInterval.high <= TARGET ? true : loadInterval.low > TARGET ? false : null;
const vsRecorded = ratios(t.ours.recorded, t.floor.recorded);
emit([
  row({
    measure: `Page load, ${IMAGES} responses each setting a cookie (Chromium, headless)`,
    ours: ms(t.ours.load),
    baseline: 'webRequest floor: minimal MV3 extension, same listener, counting in memory',
    base: ms(t.floor.load),
    ratio: `${spread(vsFloor)}× the floor's time${interval(vsFloor)}`,
    target: `≤ ${TARGET}×`,
    ok: loadMet,
    note: loadMet === null ? `undecided: the median's interval holds ${TARGET}× (pool more runs: bench/pool-page-load.mjs)` : '',
  }),
  row({
    measure: 'Page load, same page: the floor in a second browser (A/A, the method\'s own spread)',
    ours: ms(t.floorB.load),
    baseline: 'webRequest floor',
    base: ms(t.floor.load),
    ratio: `${spread(ratios(t.floorB.load, t.floor.load))}× the floor's time${interval(ratios(t.floorB.load, t.floor.load))}`,
  }),
  row({
    measure: 'Page load, same page',
    ours: ms(t.ours.load),
    baseline: 'no extension',
    base: ms(t.none.load),
    ratio: `${spread(ratios(t.ours.load, t.none.load))}× (floor: ${median(ratios(t.floor.load, t.none.load)).toFixed(2)}×)`,
  }),
  row({
    measure: `Load until all ${RESPONSES} responses are recorded (Cookie Audit: written to its storage.local log)`,
    ours: ms(t.ours.recorded),
    baseline: 'webRequest floor: until its listener has counted them',
    base: ms(t.floor.recorded),
    ratio: `${spread(vsRecorded)}× the floor's time`,
    note: `${(writes.logs / ROUNDS).toFixed(1)} log writes and ${(writes.compactions / ROUNDS).toFixed(1)} compactions per load of ${RESPONSES} responses`,
  }),
  row({
    measure: 'CPU time per load, all the browser\'s processes (until idle again)',
    ours: ms(t.ours.cpu),
    baseline: 'webRequest floor',
    base: ms(t.floor.cpu),
    ratio: `${spread(ratios(t.ours.cpu, t.floor.cpu))}× the floor's CPU (no extension: ${fmt(median(t.none.cpu))} ms)`,
  }),
  row({
    measure: 'CPU time during the load (navigation → load event), all the browser\'s processes',
    ours: ms(t.ours.windowCpu),
    baseline: 'webRequest floor',
    base: ms(t.floor.windowCpu),
    ratio: `${spread(ratios(t.ours.windowCpu, t.floor.windowCpu))}× the floor's CPU (no extension: ${fmt(median(t.none.windowCpu))} ms)`,
  }),
  row({
    measure: 'CPU time during the load, the extension\'s process',
    ours: ms(t.ours.windowExtensionCpu),
    baseline: 'webRequest floor',
    base: ms(t.floor.windowExtensionCpu),
    ratio: `+${fmt(median(t.ours.windowExtensionCpu) - median(t.floor.windowExtensionCpu))} ms per load over the floor`,
  }),
  row({
    measure: 'CPU time per load, the extension\'s process',
    ours: ms(t.ours.extensionCpu),
    baseline: 'webRequest floor',
    base: ms(t.floor.extensionCpu),
    ratio: `+${fmt(median(t.ours.extensionCpu) - median(t.floor.extensionCpu))} ms (${fmt(((median(t.ours.extensionCpu) - median(t.floor.extensionCpu)) * 1000) / RESPONSES)} µs per response over the floor)`,
  }),
]);
