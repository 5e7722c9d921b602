import type { Ledger, SiteRecord } from './types';

/** Drops the least recently seen site once the ledger holds more than `max` sites. */
export function evictSites(ledger: Ledger, max: number): string[] {
  const keys = Object.keys(ledger.sites);
  const evicted: string[] = [];
  while (keys.length - evicted.length > max) {
    const oldest = oldestBy(keys.filter((k) => !evicted.includes(k)), (k) => ledger.sites[k]?.lastSeen ?? 0);
    if (oldest === null) break;
    delete ledger.sites[oldest];
    evicted.push(oldest);
    ledger.evictedSites += 1;
  }
  return evicted;
}

/** Drops the least recently seen cookie once a site holds more than `max` cookies. */
export function evictCookies(site: SiteRecord, max: number, count: number): number {
  let size = count;
  while (size > max) {
    const oldest = oldestBy(Object.keys(site.cookies), (k) => site.cookies[k]?.lastSeen ?? 0);
    if (oldest === null) break;
    delete site.cookies[oldest];
    site.evictedCookies += 1;
    size -= 1;
  }
  return size;
}

function oldestBy(keys: string[], time: (key: string) => number): string | null {
  let best: string | null = null;
  let bestTime = Infinity;
  for (const key of keys) {
    const t = time(key);
    if (t < bestTime) {
      best = key;
      bestTime = t;
    }
  }
  return best;
}
