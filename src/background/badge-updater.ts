import { badgeCount } from '../core/audit';
import { httpOrigin } from '../core/ledger';
import { browser } from '../platform/browser';
import { showCount } from '../platform/badge';
import type { LedgerStore } from '../platform/ledger-store';
import type { TabTracker } from '../platform/tab-tracker';

/** Badge updates wait for a quiet moment: auditing a site on every response of a burst would cost more than recording it. */
const QUIET_MS = 400;

export function createBadgeUpdater({ store, tabs }: { store: LedgerStore; tabs: TabTracker }) {
  const pending = new Map<number, ReturnType<typeof setTimeout>>();

  function update(tabId: number): void {
    pending.delete(tabId);
    const info = tabs.known(tabId);
    const site = info?.url ? httpOrigin(info.url) : null;
    const record = site ? (info?.incognito ? store.incognito : store.ledger).sites[site] : undefined;
    const count = record ? badgeCount(record, Date.now()) : 0;
    void showCount(browser.action, tabId, count).catch(() => undefined);
  }

  return {
    schedule(tabId: number): void {
      const timer = pending.get(tabId);
      if (timer !== undefined) clearTimeout(timer);
      pending.set(tabId, setTimeout(() => update(tabId), QUIET_MS));
    },
  };
}
