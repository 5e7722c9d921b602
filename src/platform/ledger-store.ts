/*
 * The ledger, kept in memory and written through to storage.
 *
 *   event ──► record() ──► in-memory ledger ──► dirty set ──► flush() ──► storage.local  (normal)
 *                                                                    └─► storage.session (private)
 *
 * Every write goes through one promise chain, so writes never interleave and none is lost; a
 * flush takes every site dirtied since the previous one, so a burst of responses costs a handful of
 * writes, not one each. On wake the ledger is read back before any event is applied (`ready`).
 * Private-window observations live in a second ledger that is only ever written to storage.session,
 * which the browser clears when it quits.
 */
import { createLedger, recordObservation, siteFromJson, siteKeyFor, type Ledger, type LedgerLimits, DEFAULT_LIMITS } from '../core/ledger';
import type { Observation } from '../core/observation';
import type { StorageArea } from './storage-area';

const SITE_PREFIX = 'site:';
const META_KEY = 'ledger-meta';

export class LedgerStore {
  readonly ledger: Ledger = createLedger();
  readonly incognito: Ledger = createLedger();
  readonly ready: Promise<void>;
  notice: string | null = null;
  private dirty = new Set<string>();
  private dirtyPrivate = new Set<string>();
  private chain: Promise<void> = Promise.resolve();
  private scheduled = false;
  private loaded = false;
  private pending: Observation[] = [];
  private known = new Set<string>();
  private knownPrivate = new Set<string>();

  constructor(
    private readonly local: StorageArea,
    private readonly session: StorageArea | null,
    public limits: LedgerLimits = DEFAULT_LIMITS,
  ) {
    this.ready = this.load();
  }

  setLimits(limits: LedgerLimits): void {
    this.limits = limits;
  }

  /** Records a response; before the stored ledger is read back, responses wait in order. */
  record(obs: Observation): void {
    if (!this.loaded) {
      this.pending.push(obs);
      return;
    }
    const incognito = obs.incognito === true;
    const target = incognito ? this.incognito : this.ledger;
    const key = siteKeyFor(obs);
    const isNew = key !== null && !(key in target.sites);
    const site = recordObservation(target, obs, { limits: this.limits });
    if (site === null) return;
    this.markDirty(site, incognito);
    if (isNew) this.markEvicted(target, incognito);
  }

  /** Sites the ledger's cap dropped must leave storage too: mark them dirty so the flush removes them. */
  private markEvicted(target: Ledger, incognito: boolean): void {
    const known = incognito ? this.knownPrivate : this.known;
    for (const site of known) if (!(site in target.sites)) this.markDirty(site, incognito);
    known.clear();
    for (const site of Object.keys(target.sites)) known.add(site);
  }

  markDirty(site: string, incognito: boolean): void {
    (incognito ? this.dirtyPrivate : this.dirty).add(site);
    if (!this.scheduled) {
      this.scheduled = true;
      void this.flush();
    }
  }

  /** Resolves once everything recorded so far is in storage. */
  flush(): Promise<void> {
    this.chain = this.chain.then(() => this.writeDirty()).catch(() => undefined);
    return this.chain;
  }

  async clearSite(site: string): Promise<void> {
    delete this.ledger.sites[site];
    delete this.incognito.sites[site];
    this.dirty.delete(site);
    this.dirtyPrivate.delete(site);
    this.chain = this.chain.then(async () => {
      await this.local.remove([SITE_PREFIX + site]);
      await this.session?.remove([SITE_PREFIX + site]);
    });
    return this.chain;
  }

  async clearAll(): Promise<void> {
    for (const l of [this.ledger, this.incognito]) {
      for (const k of Object.keys(l.sites)) delete l.sites[k];
      l.evictedSites = 0;
    }
    this.dirty.clear();
    this.dirtyPrivate.clear();
    this.notice = null;
    this.chain = this.chain.then(async () => {
      const keys = Object.keys(await this.local.get(null)).filter((k) => k.startsWith(SITE_PREFIX) || k === META_KEY);
      await this.local.remove(keys);
      if (this.session) await this.session.remove(Object.keys(await this.session.get(null)).filter((k) => k.startsWith(SITE_PREFIX)));
    });
    return this.chain;
  }

  private async load(): Promise<void> {
    const stored = await this.local.get(null).catch(() => ({}));
    readInto(this.ledger, stored);
    if (this.session) readInto(this.incognito, await this.session.get(null).catch(() => ({})));
    for (const site of Object.keys(this.ledger.sites)) this.known.add(site);
    for (const site of Object.keys(this.incognito.sites)) this.knownPrivate.add(site);
    this.loaded = true;
    const pending = this.pending;
    this.pending = [];
    for (const obs of pending) this.record(obs);
  }

  private async writeDirty(): Promise<void> {
    this.scheduled = false;
    await this.ready;
    const sites = [...this.dirty];
    const privates = [...this.dirtyPrivate];
    this.dirty.clear();
    this.dirtyPrivate.clear();
    if (sites.length > 0) await this.writeSites(this.local, this.ledger, sites, true);
    if (privates.length > 0 && this.session) await this.writeSites(this.session, this.incognito, privates, false);
  }

  private async writeSites(area: StorageArea, ledger: Ledger, sites: string[], withMeta: boolean): Promise<void> {
    const items: Record<string, unknown> = {};
    const gone: string[] = [];
    for (const site of sites) {
      const record = ledger.sites[site];
      if (record) items[SITE_PREFIX + site] = record;
      else gone.push(SITE_PREFIX + site);
    }
    if (withMeta) items[META_KEY] = { version: ledger.version, evictedSites: ledger.evictedSites };
    try {
      await area.set(items);
    } catch (error) {
      await this.recoverFromFullStorage(area, ledger, items, error);
    }
    if (gone.length > 0) await area.remove(gone);
  }

  /**
   * Storage full: drop the least recently seen sites until the write fits, and tell the user once.
   * Recording goes on; nothing is thrown back into the event loop.
   */
  private async recoverFromFullStorage(area: StorageArea, ledger: Ledger, items: Record<string, unknown>, error: unknown): Promise<void> {
    const sites = Object.values(ledger.sites).sort((a, b) => a.lastSeen - b.lastSeen);
    let dropped = 0;
    for (const oldest of sites.slice(0, Math.max(1, sites.length - 1))) {
      delete ledger.sites[oldest.site];
      delete items[SITE_PREFIX + oldest.site];
      ledger.evictedSites += 1;
      dropped += 1;
      await area.remove([SITE_PREFIX + oldest.site]).catch(() => undefined);
      try {
        await area.set(items);
        break;
      } catch {
        continue;
      }
    }
    this.notice = `Storage was full (${String(error)}): the ${dropped} least recently seen site(s) were removed; recording goes on.`;
  }
}

function readInto(ledger: Ledger, stored: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(SITE_PREFIX)) continue;
    const site = siteFromJson(value);
    if (site && !(site.site in ledger.sites)) ledger.sites[site.site] = site;
  }
  const meta = stored[META_KEY];
  if (typeof meta === 'object' && meta !== null && typeof (meta as { evictedSites?: unknown }).evictedSites === 'number') {
    ledger.evictedSites = (meta as { evictedSites: number }).evictedSites;
  }
}
