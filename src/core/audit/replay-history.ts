import { decideStorage } from '../cookie/storage-model';
import type { StoredCookie } from '../cookie/types';
import type { CookieRecord } from '../ledger/types';
import type { DecidedEvent, LiveLine } from './rule-context';

/**
 * The storage decision for each recorded Set-Cookie line, replayed in order so that a line which
 * tried to overwrite the Secure cookie set before it is refused again, as it was when it arrived.
 */
export function replayHistory(record: CookieRecord): DecidedEvent[] {
  let previous: StoredCookie | null = null;
  return record.history.map((event) => {
    const decision = decideStorage(event.line, { url: event.url, now: event.time, existing: previous ? [previous] : [] });
    if (decision.stored) previous = decision.stored;
    else if (decision.deletion) previous = null;
    return { event, decision };
  });
}

/** The line the browser holds a live cookie from: the last stored set, unless a deletion came after it. */
export function liveLineOf(record: CookieRecord, events: readonly DecidedEvent[]): LiveLine | null {
  if (!record.live) return null;
  for (let i = events.length - 1; i >= 0; i--) {
    const item = events[i];
    if (!item || item.decision.deletion) return null;
    const stored = item.decision.stored;
    if (stored) {
      const { event, decision } = item;
      return { line: event.line, url: event.url, time: event.time, stored, parsed: decision.parsed, decision, fromJar: false };
    }
  }
  return null;
}
