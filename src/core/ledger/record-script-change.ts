import { createCookieRecord, createSite } from './create-ledger';
import { recordKey } from './cookie-identity';
import { domainKey } from './domain-key';
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
 */
export function recordScriptChange(ledger: Ledger, change: ScriptChange): boolean {
  const site = ledger.sites[change.site] ?? (ledger.sites[change.site] = createSite(change.site, change.time));
  const key = recordKey(change);
  const record = site.cookies[key];
  if (record && record.live && record.lastValue === change.value) return false;
  if (record) {
    record.scriptChanges += 1;
    record.lastSeen = Math.max(record.lastSeen, change.time);
    return true;
  }
  const dkey = domainKey(change.domain, change.hostOnly);
  const { name, domain, hostOnly, path } = change;
  const created = createCookieRecord({ name, domain, hostOnly, path }, { firstParty: true, now: change.time, responseBaseline: site.domainResponses[dkey] ?? 0 });
  site.cookies[key] = { ...created, lastValue: change.value, live: true, secure: change.secure, scriptChanges: 1 };
  return true;
}
