import { badgeCount } from '../core/audit';
import { httpOrigin } from '../core/ledger';
import { browser } from '../platform/browser';
import { showCount } from '../platform/badge';
import { quietTimer } from '../platform/quiet-timer';
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
  /** One quiet timer per tab with a burst under way, dropped once it has fired. */
  const timers = new Map<number, { poke(): void }>();

  async function update(tabId: number): Promise<void> {
    const info = tabs.known(tabId);
    const site = info?.url ? httpOrigin(info.url) : null;
    const model = site ? await audits.model({ site, incognito: info?.incognito ?? false, tabId, wordlist: false }) : null;
    await showCount(browser.action, tabId, model ? badgeCount(model.audit.findings) : 0);
  }

  function schedule(tabId: number): void {
    let timer = timers.get(tabId);
    if (!timer) {
      timer = quietTimer(QUIET_MS, () => {
        timers.delete(tabId);
        void update(tabId).catch(() => undefined);
      });
      timers.set(tabId, timer);
    }
    timer.poke();
  }

  return {
    schedule,
    /** Every tab's badge again: a site was cleared, or everything was. */
    scheduleAll(): void {
      for (const tabId of tabs.ids()) schedule(tabId);
    },
  };
}
