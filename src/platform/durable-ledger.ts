/*
 * One ledger, kept in memory and made durable in one storage area through a write-ahead log.
 *
 *   record(obs) ─► log buffer ─(at once, or once the last     ─► set {log:<seq>: JSON [entries]}
 *        │                      write is acknowledged and            │ (idle, or many logs)
 *        │                      LOG_WRITE_GAP_MS have passed         │
 *        │                      since it left)                       │
 *        ▼                                                              ▼
 *   unapplied ─(when the ledger is read)─► ledger (memory)    compact: set {site:<origin>…,
 *                                                              meta.compactedThrough: seq},
 *                                                              then remove log:… ≤ seq
 *
 * An MV3 service worker can be stopped at any moment, and whatever was only in memory is gone.
 * Each response is therefore handed to storage as a small log entry. A lone response is written
 * at once; in a burst, at most one write every LOG_WRITE_GAP_MS, with everything recorded since
 * the last one (and never two in flight). Every write costs the browser's main thread and its storage
 * thread about as much as it costs the worker, all in the page load's window: the bench's page of
 * 200 cookie-setting responses took 60–70 writes when each went the moment the one before was
 * acknowledged, and takes two or three with the gap (BENCHMARKS.md). The browser's idle stop comes
 * 30 s after the last event or API call, so it finds nothing waiting; and when one of the
 * extension's pages reads the ledger, what waits is written at once (`writeNow`), so what the user
 * saw is kept. A forced stop (a crash, DevTools, quitting the browser or reloading the extension
 * straight after a burst) can lose what came within the last gap and round trip: less than the
 * browser risks for its own cookies, which it writes to disk in batches up to 30 s apart. The
 * large per-site records are rewritten only when things are quiet. On wake, the site records are
 * read back and the logs written after the last compaction are replayed through the same pure
 * `recordObservation`, which rebuilds exactly the state that was lost.
 */
import { createLedger, recordObservation, recordScriptChange, siteFromJson, siteKeyFor, type Ledger, type LedgerLimits, type ScriptChange } from '../core/ledger';
import type { StorageNotice } from '../core/messages';
import type { Observation } from '../core/observation';
import { quietTimer } from './quiet-timer';
import type { StorageArea } from './storage-area';

export type LogEntry = { obs: Observation } | { script: ScriptChange };

const SITE_PREFIX = 'site:';
const LOG_PREFIX = 'log:';
const META_KEY = 'ledger-meta';
/**
 * Compact once this many log writes piled up, or after this long without a response. A
 * compaction rewrites whole site records (hundreds of kB for a big site) and costs the worker
 * more than the page load it records, so it waits for quiet: the count only bounds how much a
 * page that never goes quiet leaves to replay on wake (a millisecond or two per hundred logs).
 */
const LOGS_BEFORE_COMPACTION = 1000;
const IDLE_MS_BEFORE_COMPACTION = 1500;
/**
 * The least time from one log write leaving to the next, within a burst: what a forced stop may
 * lose beyond one round trip. A second takes a page load's writes from dozens to two or three.
 */
export const LOG_WRITE_GAP_MS = 1000;

export class DurableLedger {
  readonly ready: Promise<void>;
  private readonly state: Ledger = createLedger();
  /** Responses logged but not yet applied to the ledger: that waits until someone reads it. */
  private unapplied: LogEntry[] = [];
  /** Kept with the ledger's meta, so the user hears of it whenever a page opens, not only until the worker stops. */
  notice: StorageNotice | null = null;
  /** Changes per site since the worker started: what a cached audit of the site was made from. */
  private readonly revisions = new Map<string, number>();
  private loaded = false;
  private waiting: LogEntry[] = [];
  private buffer: LogEntry[] = [];
  private seq = 0;
  private compactedThrough = 0;
  private logKeys: string[] = [];
  private dirty = new Set<string>();
  private gone = new Set<string>();
  private chain: Promise<void> = Promise.resolve();
  private readonly idle = quietTimer(IDLE_MS_BEFORE_COMPACTION, () => void this.compact());
  private lastWrite: Promise<void> = Promise.resolve();
  private writing = false;
  /** When the last log write left, and the timer that sends the next once the gap has passed. */
  private lastIssued = Number.NEGATIVE_INFINITY;
  private gapTimer: ReturnType<typeof setTimeout> | null = null;
  /** Someone is looking: what waits for the gap goes as soon as nothing is in flight. */
  private hurried = false;

  constructor(
    private readonly area: StorageArea,
    private readonly limits: () => LedgerLimits,
  ) {
    this.ready = this.load();
  }

  /**
   * The ledger, with every response recorded so far. Applying a response (parsing its lines,
   * judging them as the browser would) waits until the ledger is read: in a burst, nothing reads
   * it until the badge's audit once the page is quiet, so that work leaves the page load's window.
   */
  get ledger(): Ledger {
    if (this.unapplied.length > 0) this.settle();
    return this.state;
  }

  /**
   * The keys of the recorded sites, those of the responses not yet applied included, without
   * applying them (which `ledger` would do): for a cookie storm that starts in the middle of a page
   * load. A site the next application evicts may still be listed.
   */
  siteKeys(): string[] {
    const keys = new Set(Object.keys(this.state.sites));
    for (const entry of this.unapplied) {
      const site = 'obs' in entry ? siteKeyFor(entry.obs) : null;
      if (site !== null) keys.add(site);
    }
    return [...keys];
  }

  /** Records a response. Before the stored ledger is read back, entries wait, in order. */
  record(obs: Observation): string | null {
    return this.apply({ obs });
  }

  recordScript(change: ScriptChange): void {
    this.apply({ script: change });
  }

  /** Resolves once everything recorded so far is written, and the log is compacted; the gap is not waited for. */
  async flush(): Promise<void> {
    await this.ready;
    do {
      this.writeLog();
      await this.lastWrite;
    } while (this.writing || this.buffer.length > 0);
    await this.compact();
  }

  /**
   * Writes what waits for the gap without waiting for it: called when one of the extension's pages
   * reads the ledger, so that what the user has seen is what storage holds a round trip later
   * (quitting the browser straight after looking at the popup keeps it). Not awaited: a page's
   * reply never waits for storage.
   */
  writeNow(): void {
    if (!this.loaded || this.buffer.length === 0) return;
    this.hurried = true;
    this.writeLog();
  }

  /** A number that changes whenever the site's record does (or the site goes). */
  revision(site: string): number {
    if (this.unapplied.length > 0) this.settle();
    return this.revisions.get(site) ?? 0;
  }

  async clearSite(site: string): Promise<void> {
    await this.ready;
    delete this.ledger.sites[site];
    this.touch(site);
    this.dirty.delete(site);
    this.gone.add(site);
    await this.flush();
  }

  async clearAll(): Promise<void> {
    await this.ready;
    for (const site of Object.keys(this.ledger.sites)) {
      this.gone.add(site);
      this.touch(site);
      delete this.ledger.sites[site];
    }
    this.ledger.evictedSites = 0;
    this.dirty.clear();
    this.notice = null;
    await this.flush();
  }

  private apply(entry: LogEntry): string | null {
    if (!this.loaded) {
      this.waiting.push(entry);
      return null;
    }
    const site = 'obs' in entry ? this.defer(entry) : this.applyInMemory(entry);
    if (site === null) return null;
    this.buffer.push(entry);
    if (this.buffer.length === 1) this.scheduleWrite();
    this.idle.poke();
    return site;
  }

  /**
   * The site a response belongs to (as recordObservation will find it), the response kept to apply
   * later. Its own URL is not parsed here, in the page load's window: the browser's webRequest URLs
   * always parse, and one that did not would be logged and then change nothing, on replay too.
   */
  private defer(entry: { obs: Observation }): string | null {
    const site = siteKeyFor(entry.obs);
    if (site === null) return null;
    this.unapplied.push(entry);
    return site;
  }

  private settle(): void {
    const entries = this.unapplied;
    this.unapplied = [];
    for (const entry of entries) this.applyInMemory(entry);
  }

  private applyInMemory(entry: LogEntry): string | null {
    if ('script' in entry) {
      // A script change is judged against the responses before it: those are applied first.
      if (this.unapplied.length > 0) this.settle();
      const changed = recordScriptChange(this.state, entry.script);
      if (changed) this.markChanged(entry.script.site);
      return changed ? entry.script.site : null;
    }
    const key = siteKeyFor(entry.obs);
    const isNew = key !== null && !(key in this.state.sites);
    const before = isNew ? Object.keys(this.state.sites) : [];
    const site = recordObservation(this.state, entry.obs, { limits: this.limits() });
    if (site === null) return null;
    this.markChanged(site);
    for (const old of before) {
      if (old in this.state.sites) continue;
      this.gone.add(old);
      this.touch(old);
    }
    return site;
  }

  private markChanged(site: string): void {
    this.dirty.add(site);
    this.touch(site);
  }

  private touch(site: string): void {
    this.revisions.set(site, this.revision(site) + 1);
  }

  /** Sends the buffer at once if the gap since the last write has passed, else once it has. */
  private scheduleWrite(): void {
    if (this.writing || this.gapTimer !== null) return;
    const left = this.lastIssued + LOG_WRITE_GAP_MS - Date.now();
    if (left <= 0) {
      queueMicrotask(() => this.writeLog());
      return;
    }
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      this.writeLog();
    }, left);
  }

  private writeLog(): void {
    if (this.buffer.length === 0 || this.writing) return;
    if (this.gapTimer !== null) clearTimeout(this.gapTimer);
    this.gapTimer = null;
    this.hurried = false;
    this.writing = true;
    this.lastIssued = Date.now();
    this.seq += 1;
    const key = LOG_PREFIX + String(this.seq).padStart(12, '0');
    this.logKeys.push(key);
    const entries = this.buffer;
    this.buffer = [];
    // One JSON string, not the entries themselves: Chrome's binding converts an object property by
    // property, in the worker, before the call returns (a write of four entries: 128 µs, against
    // 62 µs for stringifying them and handing over the string).
    this.lastWrite = this.area
      .set({ [key]: JSON.stringify(entries) })
      .catch(() => this.recoverFromFailedWrite())
      .finally(() => {
        this.writing = false;
        if (this.hurried) this.writeLog();
        else if (this.buffer.length > 0) this.scheduleWrite();
      });
    if (this.logKeys.length >= LOGS_BEFORE_COMPACTION) void this.compact();
  }

  /** Rewrites the sites changed since the last compaction, then drops the logs they absorbed. */
  private compact(): Promise<void> {
    this.chain = this.chain.then(() => this.compactNow());
    return this.chain;
  }

  private async compactNow(): Promise<void> {
    for (;;) {
      // The dirty set is only complete once every logged response is applied (again on a retry:
      // responses recorded while the last attempt was on its way).
      this.settle();
      // Responses still waiting for their log write are in the site records written below, which
      // are marked as covering every log up to `through`: logged afterwards, under a later number,
      // they would be replayed on top of the records that already hold them, and counted twice.
      this.buffer = [];
      const through = this.seq;
      const logs = this.logKeys.splice(0);
      const meta = { version: 1, evictedSites: this.ledger.evictedSites, compactedThrough: through, storageFull: this.notice };
      const items: Record<string, unknown> = { [META_KEY]: meta };
      for (const site of this.dirty) {
        const record = this.ledger.sites[site];
        if (record) items[SITE_PREFIX + site] = record;
      }
      const gone = [...this.gone].map((s) => SITE_PREFIX + s);
      this.dirty.clear();
      this.gone.clear();
      try {
        await this.area.set(items);
        this.compactedThrough = through;
        await this.area.remove([...logs, ...gone]).catch(() => undefined);
        return;
      } catch {
        if (!(await this.makeRoom())) return;
      }
    }
  }

  /** A log write failed (storage full): rewrite everything that is left once room is made. */
  private recoverFromFailedWrite(): Promise<void> {
    this.chain = this.chain.then(async () => {
      if (await this.makeRoom()) await this.compactNow();
    });
    return this.chain;
  }

  /**
   * Storage is full: drop the least recently seen quarter of the sites, and every log (what they
   * held of the remaining sites is in memory and is rewritten whole next). Says so once; recording
   * goes on, and nothing is thrown back into the browser's event loop. False when nothing is left.
   */
  private async makeRoom(): Promise<boolean> {
    const sites = Object.values(this.ledger.sites).sort((a, b) => a.lastSeen - b.lastSeen);
    if (sites.length === 0) return false;
    const drop = sites.slice(0, Math.max(1, Math.ceil(sites.length / 4)));
    for (const site of drop) {
      delete this.ledger.sites[site.site];
      this.touch(site.site);
      this.ledger.evictedSites += 1;
    }
    const stored = Object.keys(await this.area.get(null).catch(() => ({})));
    const stale = stored.filter((k) => k.startsWith(LOG_PREFIX) || (k.startsWith(SITE_PREFIX) && !(k.slice(SITE_PREFIX.length) in this.ledger.sites)));
    await this.area.remove(stale).catch(() => undefined);
    this.logKeys = [];
    this.gone.clear();
    for (const site of Object.keys(this.ledger.sites)) this.dirty.add(site);
    this.notice = { kind: 'storage-full', sites: (this.notice?.sites ?? 0) + drop.length, at: Date.now() };
    return true;
  }

  private async load(): Promise<void> {
    const stored = await this.area.get(null).catch(() => ({}) as Record<string, unknown>);
    const meta = stored[META_KEY] as { evictedSites?: unknown; compactedThrough?: unknown; storageFull?: unknown } | undefined;
    this.compactedThrough = typeof meta?.compactedThrough === 'number' ? meta.compactedThrough : 0;
    this.notice = storageNotice(meta?.storageFull);
    if (typeof meta?.evictedSites === 'number') this.ledger.evictedSites = meta.evictedSites;
    for (const [key, value] of Object.entries(stored)) {
      if (!key.startsWith(SITE_PREFIX)) continue;
      const site = siteFromJson(value);
      if (site) this.ledger.sites[site.site] = site;
    }
    this.seq = this.compactedThrough;
    const logs = Object.keys(stored).filter((k) => k.startsWith(LOG_PREFIX)).sort();
    for (const key of logs) {
      const seq = Number(key.slice(LOG_PREFIX.length));
      if (!Number.isSafeInteger(seq) || seq <= this.compactedThrough) continue;
      this.seq = Math.max(this.seq, seq);
      this.logKeys.push(key);
      for (const entry of logEntries(stored[key])) if (isLogEntry(entry)) this.applyInMemory(entry);
    }
    this.loaded = true;
    const waiting = this.waiting;
    this.waiting = [];
    for (const entry of waiting) this.apply(entry);
    if (this.logKeys.length > 0) void this.compact();
  }
}

/** A log's entries: stored as one JSON string, or, as earlier builds wrote them, as the array itself. */
function logEntries(raw: unknown): unknown[] {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return [];
    }
  }
  return Array.isArray(value) ? value : [];
}

function isLogEntry(raw: unknown): raw is LogEntry {
  if (typeof raw !== 'object' || raw === null) return false;
  const obs = (raw as { obs?: unknown }).obs;
  if (typeof obs === 'object' && obs !== null) {
    const o = obs as Partial<Observation>;
    return typeof o.url === 'string' && typeof o.time === 'number' && Array.isArray(o.setCookies) && o.setCookies.every((l) => typeof l === 'string');
  }
  const script = (raw as { script?: unknown }).script;
  return typeof script === 'object' && script !== null && typeof (script as ScriptChange).site === 'string' && typeof (script as ScriptChange).name === 'string';
}

function storageNotice(raw: unknown): StorageNotice | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { sites, at } = raw as { sites?: unknown; at?: unknown };
  return typeof sites === 'number' && typeof at === 'number' ? { kind: 'storage-full', sites, at } : null;
}
