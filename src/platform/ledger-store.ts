/*
 * The two ledgers the background keeps: normal windows, made durable in storage.local, and
 * private windows, made durable only in storage.session (which the browser clears when it quits)
 * or, where that area does not exist, kept in memory alone. See durable-ledger.ts for how each
 * survives the service worker being stopped.
 */
import { DEFAULT_LIMITS, type Ledger, type LedgerLimits, type ScriptChange } from '../core/ledger';
import type { StorageNotice } from '../core/messages';
import type { Observation } from '../core/observation';
import { DurableLedger } from './durable-ledger';
import type { StorageArea } from './storage-area';

/** Private data with nowhere private to go stays in memory. */
const MEMORY_ONLY: StorageArea = {
  get: async () => ({}),
  set: async () => undefined,
  remove: async () => undefined,
};

export class LedgerStore {
  readonly ready: Promise<void>;
  private readonly normal: DurableLedger;
  private readonly private: DurableLedger;

  constructor(local: StorageArea, session: StorageArea | null, public limits: LedgerLimits = DEFAULT_LIMITS) {
    this.normal = new DurableLedger(local, () => this.limits);
    this.private = new DurableLedger(session ?? MEMORY_ONLY, () => this.limits);
    this.ready = Promise.all([this.normal.ready, this.private.ready]).then(() => undefined);
  }

  get ledger(): Ledger {
    return this.normal.ledger;
  }

  get incognito(): Ledger {
    return this.private.ledger;
  }

  get notice(): StorageNotice | null {
    return this.normal.notice ?? this.private.notice;
  }

  /** The recorded sites of that ledger, without applying the responses that wait (durable-ledger.ts). */
  siteKeys(incognito: boolean): string[] {
    return (incognito ? this.private : this.normal).siteKeys();
  }

  /** Changes whenever the site's record in that ledger does: the key of a cached audit. */
  revision(site: string, incognito: boolean): number {
    return (incognito ? this.private : this.normal).revision(site);
  }

  setLimits(limits: LedgerLimits): void {
    this.limits = limits;
  }

  /** Records a response in the ledger of its window kind; returns the site it touched. */
  record(obs: Observation): string | null {
    return (obs.incognito ? this.private : this.normal).record(obs);
  }

  recordScript(change: ScriptChange, incognito: boolean): void {
    (incognito ? this.private : this.normal).recordScript(change);
  }

  /** Hands what waits for the log's write gap to storage now, without waiting for it (durable-ledger.ts). */
  writeNow(): void {
    this.normal.writeNow();
    this.private.writeNow();
  }

  /** Resolves once everything recorded so far is in storage. */
  async flush(): Promise<void> {
    await Promise.all([this.normal.flush(), this.private.flush()]);
  }

  async clearSite(site: string): Promise<void> {
    await Promise.all([this.normal.clearSite(site), this.private.clearSite(site)]);
  }

  async clearAll(): Promise<void> {
    await Promise.all([this.normal.clearAll(), this.private.clearAll()]);
  }
}
