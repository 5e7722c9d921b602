/**
 * The cookies of a site by name. Every Set-Cookie line needs the live cookies of its name (the
 * storage model's Secure-overwrite check), and scanning every cookie of a big site for each line
 * was the largest cost of recording in the extension: a site record read back from storage is a
 * dictionary-mode object, slow to enumerate. The index is built on first use, grows as records
 * are added here, and drops entries the site no longer holds (evicted, cleared) when read.
 */
import { recordKey } from './cookie-identity';
import type { CookieRecord, SiteRecord } from './types';

const indexes = new WeakMap<SiteRecord, Map<string, CookieRecord[]>>();

export function recordsNamed(site: SiteRecord, name: string): CookieRecord[] {
  const index = indexOf(site);
  const listed = index.get(name);
  if (!listed) return [];
  const held = listed.filter((r) => site.cookies[recordKey(r)] === r);
  if (held.length !== listed.length) index.set(name, held);
  return held;
}

/** A record just added to the site: every code that adds one calls this. */
export function indexRecord(site: SiteRecord, record: CookieRecord): void {
  const index = indexes.get(site);
  if (!index) return;
  const listed = index.get(record.name);
  if (listed) listed.push(record);
  else index.set(record.name, [record]);
}

function indexOf(site: SiteRecord): Map<string, CookieRecord[]> {
  let index = indexes.get(site);
  if (!index) {
    index = new Map();
    indexes.set(site, index);
    for (const key in site.cookies) {
      const record = site.cookies[key];
      if (record) indexRecord(site, record);
    }
  }
  return index;
}
