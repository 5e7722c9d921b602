import { createCookieRecord, createSite } from './create-ledger';
import { recordKey } from './cookie-identity';
import { domainKey } from './domain-key';
import { indexRecord } from './name-index';
import type { Ledger } from './types';

/** A cookie change reported by the browser's cookies API (cookies.onChanged). */
export interface ScriptChange {
  site: string;
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  time: number;
}

/**
 * Records a jar change that no Set-Cookie header explains. The platform reports changes a moment
 * after they happen, so a header-set cookie has already been recorded with the same value and is
 * recognised here; anything else was written by a page script (document.cookie, CookieStore).
 * A cookie re-set on every response (Flask's refreshed session) has moved on by then: a value any
 * of its recent Set-Cookie lines carried is a header's too.
 */
export function recordScriptChange(ledger: Ledger, change: ScriptChange): boolean {
  const site = ledger.sites[change.site] ?? (ledger.sites[change.site] = createSite(change.site, change.time));
  const key = recordKey(change);
  const record = site.cookies[key];
  if (record && record.live && record.lastValue === change.value) return false;
  if (record && record.history.some((event) => !event.deletion && lineValue(event.line) === change.value)) return false;
  if (record) {
    record.scriptChanges += 1;
    record.lastSeen = Math.max(record.lastSeen, change.time);
    return true;
  }
  const dkey = domainKey(change.domain, change.hostOnly);
  const { name, domain, hostOnly, path } = change;
  const created = createCookieRecord({ name, domain, hostOnly, path }, { firstParty: true, now: change.time, responseBaseline: site.domainResponses[dkey] ?? 0 });
  const added = { ...created, lastValue: change.value, live: true, secure: change.secure, scriptChanges: 1 };
  site.cookies[key] = added;
  indexRecord(site, added);
  return true;
}

/** The value of a Set-Cookie line as the browser stores it: after the first '=', up to ';', trimmed. */
function lineValue(line: string): string {
  const end = line.indexOf(';') < 0 ? line.length : line.indexOf(';');
  const eq = line.indexOf('=');
  return (eq >= 0 && eq < end ? line.slice(eq + 1, end) : line.slice(0, end)).replace(/^[ \t]+|[ \t]+$/g, '');
}
