/**
 * The whole pipeline, as the extension and the CLI run it: every observation into the ledger
 * (recordObservation: parse, storage model, identity, history), then the audit of every site.
 * Baseline: parsing the same lines and nothing else, in the same rounds.
 */
import { importCore } from '../lib/compile.mjs';
import { observationStream } from '../lib/observation-stream.mjs';
import { interleave, median, ratios, spread } from '../lib/stats.mjs';
import { emit, fmt, log, row } from '../lib/row.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const { parseSetCookie, createLedger, recordObservation, audit } = await importCore();
const stream = observationStream(20_000, { sites: 50 });
const lines = stream.reduce((sum, obs) => sum + obs.setCookies.length, 0);
const now = stream[stream.length - 1].time;

let sink = 0;
const split = { record: [], audit: [] };
const contenders = {
  pipeline: () => {
    const ledger = createLedger();
    const started = performance.now();
    for (const obs of stream) recordObservation(ledger, obs);
    const recorded = performance.now();
    const result = audit(ledger, { now });
    split.record.push(recorded - started);
    split.audit.push(performance.now() - recorded);
    sink += result.sites.length;
  },
  parseOnly: () => {
    for (const obs of stream) for (const line of obs.setCookies) sink += parseSetCookie(line, { now: obs.time }).diagnostics.length;
  },
};
log(`pipeline: ${fmt(stream.length)} responses, ${fmt(lines)} Set-Cookie lines, 50 sites, ${ROUNDS} rounds`);
const t = await interleave(contenders, { rounds: ROUNDS, warmup: 2 });
log(`pipeline: checksum ${sink}`);

const perSecond = (ms) => `${fmt(lines / (median(ms) / 1000) / 1000, 0)} k lines/s`;
const cost = ratios(t.pipeline, t.parseOnly);
const recordShare = median(split.record) / (median(split.record) + median(split.audit));
emit([
  row({
    measure: 'Pipeline: observation → ledger → audit (20,000 responses, 50 sites)',
    ours: `${perSecond(t.pipeline)}; ${fmt((median(t.pipeline) * 1000) / stream.length, 1)} µs per response`,
    baseline: 'parseSetCookie alone on the same lines',
    base: perSecond(t.parseOnly),
    ratio: `${spread(cost)}× the parse time`,
    note: `recording ${Math.round(recordShare * 100)} %, audit ${Math.round((1 - recordShare) * 100)} % of the pipeline (${fmt(median(split.audit), 0)} ms to audit 50 sites)`,
  }),
]);
