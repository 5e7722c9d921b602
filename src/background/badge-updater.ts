import { badgeCount } from '../core/audit';
import { httpOrigin } from '../core/ledger';
import { browser } from '../platform/browser';
import { showCount } from '../platform/badge';
import type { TabTracker } from '../platform/tab-tracker';
import type { SiteAudits } from './site-audits';

/** Badge updates wait for a quiet moment: auditing a site on every response of a burst would cost more than recording it. */
const QUIET_MS = 400;

/**
 * The badge counts from the same audit the popup shows (the jar included), made once the burst is
 * quiet and kept, so the popup opened next finds it ready. The user's wordlist is left to the
 * pages: trying tens of thousands of secrets after every burst would cost more than the page.
 */
export function createBadgeUpdater({ audits, tabs }: { audits: SiteAudits; tabs: TabTracker }) {
  /** Per tab, when its last response came: one timer per burst, not one per response. */
  const lastResponse = new Map<number, number>();

  async function update(tabId: number): Promise<void> {
    const info = tabs.known(tabId);
    const site = info?.url ? httpOrigin(info.url) : null;
    const model = site ? await audits.model({ site, incognito: info?.incognito ?? false, tabId, wordlist: false }) : null;
    await showCount(browser.action, tabId, model ? badgeCount(model.audit.findings) : 0);
  }

  function whenQuiet(tabId: number): void {
    const quietFor = Date.now() - (lastResponse.get(tabId) ?? 0);
    if (quietFor < QUIET_MS) {
      setTimeout(() => whenQuiet(tabId), QUIET_MS - quietFor);
      return;
    }
    lastResponse.delete(tabId);
    void update(tabId).catch(() => undefined);
  }

  function schedule(tabId: number): void {
    const waiting = lastResponse.has(tabId);
    lastResponse.set(tabId, Date.now());
    if (!waiting) setTimeout(() => whenQuiet(tabId), QUIET_MS);
  }

  return {
    schedule,
    /** Every tab's badge again: a site was cleared, or everything was. */
    scheduleAll(): void {
      for (const tabId of tabs.ids()) schedule(tabId);
    },
  };
}
