/**
 * A whole HAR held in memory (a parsed object or its text) → ledger. Same converter as the streaming
 * reader, same problems for the same bad input.
 */
import { createLedger } from '../ledger/create-ledger';
import type { Ledger, LedgerLimits } from '../ledger/types';
import { createHarConverter, type HarSummary } from './har-converter';
import { arrayAt, isObject, objectAt } from './har-json';
import { ENTRIES_NOT_ARRAY, LOG_NOT_OBJECT, NO_ENTRIES, NO_LOG, NOT_AN_OBJECT, invalidJson, notAHar, type HarProblem } from './har-problem';
import { createHarStreamParser } from './har-stream-parser';

export interface ReadHarOptions {
  /** Add to this ledger (several HARs into one audit); a new one otherwise. */
  ledger?: Ledger;
  limits?: LedgerLimits;
}

export type ReadHarResult =
  | { ok: true; ledger: Ledger; summary: HarSummary }
  | { ok: false; problem: HarProblem };

export function readHar(input: unknown, options: ReadHarOptions = {}): ReadHarResult {
  const parsed = typeof input === 'string' ? parseText(input) : { ok: true as const, value: input };
  if (!parsed.ok) return parsed;
  const har = parsed.value;
  if (!isObject(har)) return { ok: false, problem: notAHar(NOT_AN_OBJECT) };
  if (!('log' in har)) return { ok: false, problem: notAHar(NO_LOG) };
  const log = objectAt(har, 'log');
  if (log === undefined) return { ok: false, problem: notAHar(LOG_NOT_OBJECT) };
  if (!('entries' in log)) return { ok: false, problem: notAHar(NO_ENTRIES) };
  const entries = arrayAt(log, 'entries');
  if (entries === undefined) return { ok: false, problem: notAHar(ENTRIES_NOT_ARRAY) };

  const ledger = options.ledger ?? createLedger();
  const converter = createHarConverter(ledger, options.limits);
  converter.creator(log['creator']);
  converter.pages(log['pages']);
  for (const entry of entries) converter.entry(entry);
  return { ok: true, ledger, summary: converter.summary() };
}

function parseText(text: string): { ok: true; value: unknown } | { ok: false; problem: HarProblem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    // The streaming parser words the problem the same way for both readers (truncated, where).
    const parser = createHarStreamParser();
    const problem = parser.write(body) ?? parser.end();
    return { ok: false, problem: problem ?? invalidJson('JSON.parse refused it') };
  }
}
