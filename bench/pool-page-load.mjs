#!/usr/bin/env node
// Pools the page-load part's kept runs of one build (bench/lib/page-load-runs.mjs) and prints the
// page-load rows over all their rounds: each run's median alone, then the pooled median, the IQR of
// the rounds and a 95 % interval of the median that resamples whole blocks (each block ran on
// freshly launched browsers). By default, the runs of the extension now in dist/chrome.
//
//   node bench/pool-page-load.mjs [--all]
import { parseArgs } from 'node:util';
import { buildId, readRuns } from './lib/page-load-runs.mjs';
import { blockBootstrapMedian, byBlock, median, quantile, ratios } from './lib/stats.mjs';

const { values } = parseArgs({ options: { all: { type: 'boolean', default: false } } });
const build = values.all ? null : buildId();
const runs = readRuns().filter((run) => build === null || run.build === build);
if (runs.length === 0) {
  console.error(build ? `no kept page-load run of this build (${build}); run: node bench/run.mjs --only page-load` : 'no kept page-load run');
  process.exit(1);
}

/** Per-round figures of every run, in one list. */
const pooled = (pick) => runs.flatMap((run) => pick(run.times));
/** The block of each pooled round: its run and its block within that run. */
const blockOf = runs.flatMap((run, r) => run.blockOf.map((block) => `${r}:${block}`));

function ratioRow(label, pick) {
  const list = pooled(pick);
  const { low, high } = blockBootstrapMedian(byBlock(list, blockOf));
  const perRun = runs.map((run) => median(pick(run.times)).toFixed(2)).join(', ');
  return `| ${label} | ${median(list).toFixed(3)} | ${quantile(list, 0.25).toFixed(2)}–${quantile(list, 0.75).toFixed(2)} | ${low.toFixed(3)}–${high.toFixed(3)} | ${perRun} |`;
}

const rounds = runs.reduce((n, run) => n + run.times.ours.load.length, 0);
const blocks = runs.reduce((n, run) => n + new Set(run.blockOf).size, 0);
console.log(`${runs.length} runs${build ? ` of build ${build}` : ''}, ${blocks} blocks, ${rounds} rounds (${runs.map((r) => r.at).join(', ')})\n`);
console.log('| Ratio | Pooled median | IQR of rounds | Median\'s 95 % interval (blocks resampled) | Each run\'s median |');
console.log('|---|---|---|---|---|');
console.log(ratioRow('Page load, Cookie Audit ÷ webRequest floor (target ≤ 1.03)', (t) => ratios(t.ours.load, t.floor.load)));
console.log(ratioRow('Page load, floor B ÷ floor (A/A)', (t) => ratios(t.floorB.load, t.floor.load)));
// The same ratio against the floor's twin: what the A/A offset alone does to the first row.
console.log(ratioRow('Page load, Cookie Audit ÷ floor B (the second floor)', (t) => ratios(t.ours.load, t.floorB.load)));
console.log(ratioRow('Page load, Cookie Audit ÷ no extension', (t) => ratios(t.ours.load, t.none.load)));
console.log(ratioRow('Page load, floor ÷ no extension', (t) => ratios(t.floor.load, t.none.load)));
console.log(ratioRow('CPU navigation → load, all processes, Cookie Audit ÷ floor', (t) => ratios(t.ours.windowCpu, t.floor.windowCpu)));
console.log(ratioRow('CPU navigation → load, all processes, floor B ÷ floor (A/A)', (t) => ratios(t.floorB.windowCpu, t.floor.windowCpu)));
const extra = pooled((t) => t.ours.windowExtensionCpu.map((ms, i) => ms - t.floor.windowExtensionCpu[i]));
console.log(`\nThe extension's process from navigation to load: ${median(extra).toFixed(0)} ms a load more than the floor's (IQR ${quantile(extra, 0.25).toFixed(0)}–${quantile(extra, 0.75).toFixed(0)}).`);
