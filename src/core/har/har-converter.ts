/**
 * Feeds HAR entries, one at a time and in file order, into a ledger. The streaming reader and the
 * in-memory reader both drive this one converter, so both give the same ledger for the same file.
 */
import { recordObservation } from '../ledger/record-observation';
import type { Ledger, LedgerLimits } from '../ledger/types';
import { entryObservation } from './entry-observation';
import { isObject, stringAt } from './har-json';
import { createPageTracker } from './page-tracker';

export interface HarSummary {
  /** Elements of `log.entries`. */
  entries: number;
  /** Entries recorded as responses. */
  responses: number;
  /** Entries left out: no response (blocked, failed: status 0), not http(s)/ws(s), or malformed. */
  skipped: number;
  /** Set-Cookie lines recorded. */
  setCookieLines: number;
  /** Responses whose lines were rebuilt from `response.cookies[]` for want of Set-Cookie headers. */
  rebuiltResponses: number;
  /** Requests that carried a Cookie header or request cookies. */
  requestsWithCookies: number;
  /** `log.creator.name`, e.g. 'WebInspector' (Chrome DevTools), 'Firefox', 'Playwright'. */
  creator: string | null;
}

export interface HarConverter {
  pages(value: unknown): void;
  creator(value: unknown): void;
  entry(value: unknown): void;
  summary(): HarSummary;
}

export function createHarConverter(ledger: Ledger, limits?: LedgerLimits): HarConverter {
  const tracker = createPageTracker();
  const summary: HarSummary = {
    entries: 0,
    responses: 0,
    skipped: 0,
    setCookieLines: 0,
    rebuiltResponses: 0,
    requestsWithCookies: 0,
    creator: null,
  };
  let time = 0;
  return {
    pages: (value) => tracker.addPages(value),
    creator(value) {
      if (isObject(value)) summary.creator = stringAt(value, 'name') ?? null;
    },
    entry(value) {
      summary.entries += 1;
      const outcome = entryObservation(value, tracker, time);
      if (outcome.kind === 'skipped') {
        summary.skipped += 1;
        return;
      }
      const { observation } = outcome;
      time = observation.time;
      summary.responses += 1;
      summary.setCookieLines += observation.setCookies.length;
      if (outcome.rebuilt) summary.rebuiltResponses += 1;
      if (outcome.requestCookies) summary.requestsWithCookies += 1;
      recordObservation(ledger, observation, limits ? { limits } : {});
    },
    summary: () => ({ ...summary }),
  };
}
