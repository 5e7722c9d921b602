#!/usr/bin/env node
// Where the extension's cost lands in the browser's own threads. Two headless Chromium instances
// launched side by side, Cookie Audit (dist/chrome) and the webRequest floor of the page-load part,
// load the bench's page of 200 cookie-setting images in turn; each load is traced by Chrome itself
// (categories toplevel and mojom, navigation → load event). Every thread's time (the trace's thread
// time, not wall time) is summed per top-level task and filed under what the task did: the mojo
// interface of the message it handled, the extension function it dispatched, or the code that
// posted it. Prints, per load, the threads and the browser main thread's tasks where the two
// browsers differ. A trace begun from a page records the browser process, the GPU process and
// that page's renderer, not the extension's process or the network service (the page-load part's
// CPU rows cover the extension's process). A longer load also renders more frames, so the
// renderer's, the compositor's and viz's extra time is the effect of a slower load as much as a
// cause. A diagnostic, not a part of `npm run bench`: it says where to look, and the page-load
// part says whether a change made a difference.
//
//   node bench/trace-page-load.mjs [--loads 8] [--min 0.5]
import { parseArgs } from 'node:util';
import { CHROME_DIST, chromiumAvailable, closeOtherPages, launch } from './lib/chromium.mjs';
import { startCookieServer } from './lib/cookie-server.mjs';
import { writeFloorExtension } from './lib/floor-extension.mjs';
import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const { values } = parseArgs({ options: { loads: { type: 'string', default: '8' }, min: { type: 'string', default: '0.5' } } });
const LOADS = Number(values.loads);
const MIN_MS = Number(values.min);
if (!chromiumAvailable()) {
  console.error('/usr/bin/chromium is missing');
  process.exit(1);
}

/** The label of a top-level task: the most telling thing found in it, the extension function dispatch first. */
function labelOf(event, inner) {
  const dispatch = inner.find((e) => e.name.startsWith('ExtensionFunctionDispatcher::'));
  if (dispatch) return dispatch.name;
  for (const e of [event, ...inner]) {
    const info = e.args?.chrome_mojo_event_info;
    const tag = info?.mojo_interface_tag ?? info?.watcher_notify_interface_tag;
    if (tag) return `mojo ${tag}`;
  }
  const posted = event.args?.src_func ?? event.args?.src?.function;
  return posted ? `task ${posted}` : event.name;
}

/** Thread time (ms) per "process kind|thread|label", of the top-level complete events of one trace. */
function attribute(events, into) {
  const threadNames = new Map();
  const processNames = new Map();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
    if (e.name === 'process_name') processNames.set(e.pid, e.args.name);
  }
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.tdur !== 'number') continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  for (const [key, list] of byThread) {
    const pid = Number(key.split(':')[0]);
    const processKind = processNames.get(pid) ?? `pid ${pid}`;
    const thread = (threadNames.get(key) ?? key).replace(/\d+$/, '');
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    // Nested events lie within their parent's [ts, ts + dur]: only the outermost are summed.
    for (let i = 0; i < list.length; ) {
      const top = list[i];
      const end = top.ts + (top.dur ?? 0);
      let j = i + 1;
      while (j < list.length && list[j].ts < end) j++;
      const label = `${processKind}|${thread}|${labelOf(top, list.slice(i + 1, j))}`;
      into.set(label, (into.get(label) ?? 0) + top.tdur / 1000);
      i = j;
    }
  }
}

async function traceLoad(variant, url) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  variant.cdp.on('Tracing.dataCollected', collect);
  await variant.cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'mojom', 'extensions', '__metadata'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  await variant.page.goto(url, { waitUntil: 'load' });
  const complete = new Promise((done) => variant.cdp.once('Tracing.tracingComplete', done));
  await variant.cdp.send('Tracing.end');
  await complete;
  variant.cdp.off('Tracing.dataCollected', collect);
  return events;
}

const server = await startCookieServer();
const floorDir = writeFloorExtension();
const variants = [await launch('ours', CHROME_DIST), await launch('floor', floorDir)];
for (const v of variants) {
  v.page = await v.context.newPage();
  await closeOtherPages(v.context, v.page);
  v.cdp = await v.context.newCDPSession(v.page);
  v.times = new Map();
}
let serial = 0;
for (let k = 0; k < 3; k++) for (const v of variants) await v.page.goto(`${server.origin}/page?run=warm-${++serial}`, { waitUntil: 'load' });
for (let i = 0; i < LOADS; i++) {
  for (const v of i % 2 === 0 ? variants : [...variants].reverse()) {
    // Cookie Audit compacts 1.5 s after the last response: let both be idle before the next load.
    await sleep(2500);
    attribute(await traceLoad(v, `${server.origin}/page?run=trace-${++serial}`), v.times);
  }
}
for (const v of variants) await v.close();
rmSync(floorDir, { recursive: true, force: true });
await server.close();

const [ours, floor] = variants.map((v) => v.times);
const MAIN = 'Browser|CrBrowserMain|';
/** Thread time per load of the keys `pick` accepts. */
const sum = (map, pick) => [...map].filter(([key]) => pick(key)).reduce((total, [, ms]) => total + ms, 0) / LOADS;

/** One table: a row per group of keys (`groupOf`, null to leave a key out) where the two differ by at least MIN_MS, largest difference first, then `total`. */
function printTable(heading, groupOf, total) {
  console.log(`| ${heading} | Cookie Audit | floor | difference |\n|---|---|---|---|`);
  const groups = new Set([...ours.keys(), ...floor.keys()].map(groupOf).filter((g) => g !== null));
  const rows = [...groups]
    .map((g) => [g, sum(ours, (key) => groupOf(key) === g), sum(floor, (key) => groupOf(key) === g)])
    .filter(([, a, b]) => Math.abs(a - b) >= MIN_MS)
    .sort((p, q) => q[1] - q[2] - (p[1] - p[2]));
  for (const [label, a, b] of [...rows, [total, sum(ours, (key) => groupOf(key) !== null), sum(floor, (key) => groupOf(key) !== null)]]) {
    console.log(`| ${label} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${a - b >= 0 ? '+' : ''}${(a - b).toFixed(1)} |`);
  }
}

console.log(`Thread time per load, navigation → load event, ${LOADS} traced loads each (ms)\n`);
printTable('Process, thread', (key) => key.split('|').slice(0, 2).join(', '), 'all threads');
console.log('\nThe browser main thread, by task\n');
printTable('Task', (key) => (key.startsWith(MAIN) ? key.slice(MAIN.length) : null), 'the whole main thread');
