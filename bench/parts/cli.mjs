/**
 * The CLI over a 200 MB HAR written by bench/make-har.mjs: wall time and peak RSS of
 * `cookie-audit audit big.har --format json -o /dev/null`, from /usr/bin/time -v. Baseline, in
 * alternating runs: a Node process that only reads the file and JSON.parses it, which is what any
 * tool that loads a HAR whole pays before doing anything.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, ROOT } from '../lib/compile.mjs';
import { median, ratios, spread } from '../lib/stats.mjs';
import { emit, fmt, log, row } from '../lib/row.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const MB = 200;
const CLI = join(ROOT, 'dist/cli/cookie-audit.js');
const MAKER = join(ROOT, 'bench/make-har.mjs');
if (!existsSync(CLI) || !existsSync(MAKER)) {
  emit([
    row({
      measure: `CLI audit of a ${MB} MB HAR`,
      ours: 'not measured yet',
      baseline: `${existsSync(CLI) ? '' : 'dist/cli/cookie-audit.js '}${existsSync(MAKER) ? '' : 'bench/make-har.mjs '}missing`,
      ratio: '',
    }),
  ]);
  process.exit(0);
}

// The HAR is cached by the generator's content: a changed generator writes a new file.
const version = createHash('sha256').update(readFileSync(MAKER)).digest('hex').slice(0, 12);
const har = join(CACHE, `big-${MB}mb-${version}.har`);
if (!existsSync(har)) {
  for (const old of readdirSync(CACHE).filter((f) => /^big-.*\.har$/.test(f))) rmSync(join(CACHE, old));
  log(`cli: writing ${har}`);
  execFileSync(process.execPath, [MAKER, har, '--mb', String(MB)], { stdio: 'inherit' });
}
const size = statSync(har).size;

/** Wall seconds and peak RSS (kB) of one command, as GNU time reports them. */
function timed(args) {
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.slice(-500)}`);
  const wall = /Elapsed \(wall clock\) time \([^)]*\): ([\d:.]+)/.exec(run.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  if (!wall || !rss) throw new Error(`unexpected /usr/bin/time output: ${run.stderr.slice(-300)}`);
  // h:mm:ss or m:ss.ss
  const seconds = wall[1].split(':').reduce((total, part) => total * 60 + Number(part), 0);
  return { seconds, rssKb: Number(rss[1]) };
}

const cli = [CLI, 'audit', har, '--format', 'json', '-o', '/dev/null'];
const parse = ['-e', 'JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"))', har];
const t = { cli: [], parse: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const which of round % 2 ? ['parse', 'cli'] : ['cli', 'parse']) t[which].push(timed(which === 'cli' ? cli : parse));
}
const secs = (list) => list.map((m) => m.seconds);
const rss = (list) => list.map((m) => m.rssKb / 1024);
log(`cli: ${fmt(size / 2 ** 20)} MiB HAR; cli ${median(secs(t.cli)).toFixed(1)} s, ${fmt(median(rss(t.cli)))} MiB; JSON.parse ${median(secs(t.parse)).toFixed(1)} s, ${fmt(median(rss(t.parse)))} MiB`);
emit([
  row({
    measure: `CLI: cookie-audit audit on a ${fmt(size / 2 ** 20)} MiB HAR (--format json -o /dev/null), time`,
    ours: `${median(secs(t.cli)).toFixed(1)} s (${fmt(size / 2 ** 20 / median(secs(t.cli)))} MiB/s)`,
    baseline: 'node: readFileSync + JSON.parse of the same file, nothing else',
    base: `${median(secs(t.parse)).toFixed(1)} s`,
    ratio: `${spread(ratios(secs(t.cli), secs(t.parse)))}× its time`,
  }),
  row({
    measure: 'CLI, same run: peak RSS',
    ours: `${fmt(median(rss(t.cli)))} MiB`,
    baseline: 'node: readFileSync + JSON.parse of the same file',
    base: `${fmt(median(rss(t.parse)))} MiB`,
    ratio: `${spread(ratios(rss(t.cli), rss(t.parse)))}× its peak`,
  }),
]);
