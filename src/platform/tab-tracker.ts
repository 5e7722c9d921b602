import type { StorageArea } from './storage-area';

export interface TabInfo {
  url: string | null;
  incognito: boolean;
}

const KEY = 'tab-tops';

/**
 * Knows each tab's top-level URL and whether it is private. webRequest does not say which page a
 * sub-resource belongs to (Chrome gives no top URL, and no incognito flag), so the tracker learns it
 * from main-frame responses and tab events, keeps it in storage.session to survive the worker
 * being stopped, and asks the tabs API for a tab it has never seen.
 */
export class TabTracker {
  private tabs = new Map<number, TabInfo>();
  readonly ready: Promise<void>;

  constructor(
    private readonly lookup: (tabId: number) => Promise<TabInfo | null>,
    private readonly session: StorageArea | null,
  ) {
    this.ready = this.restore();
  }

  /** Every tab the tracker knows. */
  ids(): number[] {
    return [...this.tabs.keys()];
  }

  known(tabId: number): TabInfo | undefined {
    return this.tabs.get(tabId);
  }

  async resolve(tabId: number): Promise<TabInfo | null> {
    const known = this.tabs.get(tabId);
    if (known) return known;
    const info = await this.lookup(tabId).catch(() => null);
    if (info && !this.tabs.has(tabId)) this.set(tabId, info);
    return this.tabs.get(tabId) ?? null;
  }

  set(tabId: number, info: TabInfo): void {
    const old = this.tabs.get(tabId);
    if (old && old.url === info.url && old.incognito === info.incognito) return;
    this.tabs.set(tabId, info);
    this.save();
  }

  setUrl(tabId: number, url: string, incognito?: boolean): void {
    this.set(tabId, { url, incognito: incognito ?? this.tabs.get(tabId)?.incognito ?? false });
  }

  forget(tabId: number): void {
    if (this.tabs.delete(tabId)) this.save();
  }

  private save(): void {
    void this.session?.set({ [KEY]: [...this.tabs.entries()] }).catch(() => undefined);
  }

  private async restore(): Promise<void> {
    const stored = this.session ? await this.session.get([KEY]).catch(() => ({})) : {};
    const entries = (stored as Record<string, unknown>)[KEY];
    if (!Array.isArray(entries)) return;
    for (const entry of entries) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'number') continue;
      const info = entry[1] as Partial<TabInfo> | undefined;
      if (!this.tabs.has(entry[0])) this.tabs.set(entry[0], { url: typeof info?.url === 'string' ? info.url : null, incognito: info?.incognito === true });
    }
  }
}
