/**
 * Set-Cookie parsing against the peers, on one corpus, in one process, rounds interleaved:
 * the project's parseSetCookie (with its diagnostics), set-cookie-parser's parseString, tough-cookie's
 * Cookie.parse, and a loop that only reads every character once (the practical ceiling).
 */
import { parseString } from 'set-cookie-parser';
import { Cookie } from 'tough-cookie';
import { importCore } from '../lib/compile.mjs';
import { setCookieCorpus } from '../lib/set-cookie-corpus.mjs';
import { interleave, median, ratios, spread } from '../lib/stats.mjs';
import { emit, fmt, log, row } from '../lib/row.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
/** Short timings, many rounds: a timing the scheduler preempts is one outlier among a hundred. */
const SLICES = 5;
const NOW = Date.UTC(2026, 10, 1);
const { parseSetCookie } = await importCore();
const corpus = setCookieCorpus(10_000);
const chars = corpus.reduce((sum, line) => sum + line.length, 0);
const sliceLength = corpus.length / SLICES;
const slices = Array.from({ length: SLICES }, (_, k) => corpus.slice(k * sliceLength, (k + 1) * sliceLength));

// Each contender returns something derived from every result, so no engine can skip the work.
let sink = 0;
const contenders = {
  ours: (round) => {
    for (const line of slices[round % SLICES]) {
      const r = parseSetCookie(line, { now: NOW });
      sink += r.diagnostics.length + (r.cookie === null ? 0 : r.cookie.value.length);
    }
  },
  setCookieParser: (round) => {
    for (const line of slices[round % SLICES]) {
      const c = parseString(line, { silent: true });
      sink += c === null ? 0 : c.value.length;
    }
  },
  toughCookie: (round) => {
    for (const line of slices[round % SLICES]) {
      const c = Cookie.parse(line);
      sink += c === undefined || c === null ? 0 : c.value.length;
    }
  },
  readOnce: (round) => {
    for (const line of slices[round % SLICES]) {
      let sum = 0;
      for (let i = 0; i < line.length; i++) sum += line.charCodeAt(i);
      sink += sum & 1;
    }
  },
};

log(`parse: ${corpus.length} lines, ${fmt(chars)} chars, slices of ${sliceLength} lines, ${ROUNDS} rounds`);
const t = await interleave(contenders, { rounds: ROUNDS, warmup: 10 });

const linesPerSecond = (ms) => `${fmt(sliceLength / (median(ms) / 1000) / 1e6, 2)} M lines/s`;
const speedupSCP = ratios(t.setCookieParser, t.ours);
const speedupTC = ratios(t.toughCookie, t.ours);
const ceiling = ratios(t.ours, t.readOnce);
emit([
  row({
    measure: 'Set-Cookie parsing (10,000-line corpus)',
    ours: linesPerSecond(t.ours),
    baseline: 'set-cookie-parser parseString(line, {silent:true})',
    base: linesPerSecond(t.setCookieParser),
    ratio: `${spread(speedupSCP)}× faster`,
    target: '≥ 3×',
    ok: median(speedupSCP) >= 3,
  }),
  row({
    measure: 'Set-Cookie parsing',
    ours: linesPerSecond(t.ours),
    baseline: 'tough-cookie Cookie.parse(line)',
    base: linesPerSecond(t.toughCookie),
    ratio: `${spread(speedupTC)}× faster`,
    target: '≥ 1.5×',
    ok: median(speedupTC) >= 1.5,
  }),
  row({
    measure: 'Set-Cookie parsing',
    ours: linesPerSecond(t.ours),
    baseline: 'charCodeAt loop reading every character once (ceiling)',
    base: linesPerSecond(t.readOnce),
    ratio: `${spread(ceiling)}× the ceiling's time`,
  }),
]);
log(`parse: checksum ${sink}`);
