#!/usr/bin/env node
// `npm run bench`: performance against the peers, measured side by side in one run. Each part runs
// in its own Node process (a fresh heap and JIT), times its contenders in interleaved rounds, and
// hands back rows; this prints them as one table and keeps the rows in
// node_modules/.cache/cookie-audit-bench/results.json. Method and results: BENCHMARKS.md.
//
//   node bench/run.mjs [--only parse,pipeline,...]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CACHE, ROOT } from './lib/compile.mjs';

const PARTS = [
  { name: 'parse', file: 'parse.mjs' },
  { name: 'pipeline', file: 'pipeline.mjs' },
  { name: 'session-node', file: 'session-node.mjs' },
  { name: 'memory', file: 'memory.mjs', node: ['--expose-gc'] },
  { name: 'hostile', file: 'hostile.mjs' },
  { name: 'page-load', file: 'page-load.mjs' },
  { name: 'popup', file: 'popup.mjs' },
  { name: 'session-chromium', file: 'session-chromium.mjs' },
  { name: 'session-firefox', file: 'session-firefox.mjs' },
  { name: 'cli', file: 'cli.mjs' },
  { name: 'bundle-size', file: 'bundle-size.mjs' },
];

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only ? new Set(values.only.split(',')) : null;
const unknown = only ? [...only].filter((name) => !PARTS.some((p) => p.name === name)) : [];
if (unknown.length > 0) {
  console.error(`unknown part(s): ${unknown.join(', ')}; parts: ${PARTS.map((p) => p.name).join(', ')}`);
  process.exit(2);
}

const rows = [];
const failures = [];
for (const part of PARTS.filter((p) => only === null || only.has(p.name))) {
  process.stderr.write(`${part.name}\n`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [...(part.node ?? []), join(ROOT, 'bench/parts', part.file)], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{')) {
    failures.push(part.name);
    rows.push({ measure: part.name, ours: 'FAILED', baseline: `exit ${run.status}`, base: '', ratio: '', target: '', ok: false, note: '' });
    continue;
  }
  rows.push(...JSON.parse(last).rows);
  process.stderr.write(`  (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|');
const met = (ok) => (ok === true ? 'yes' : ok === false ? '**no**' : '');
const lines = [
  '| Measure | Cookie Audit | Baseline | Baseline figure | Ratio: median (IQR of rounds) | Target | Met |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${[r.measure, r.ours, r.baseline, r.base, r.ratio, r.target, met(r.ok)].map(cell).join(' | ')} |`),
];
const notes = rows.filter((r) => r.note).map((r) => `- ${r.measure}: ${r.note}`);
console.log([...lines, '', ...notes].join('\n'));

mkdirSync(CACHE, { recursive: true });
writeFileSync(join(CACHE, 'results.json'), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
if (failures.length > 0) {
  console.error(`failed: ${failures.join(', ')}`);
  process.exit(1);
}
