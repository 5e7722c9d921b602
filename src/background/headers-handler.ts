import type { LedgerStore } from '../platform/ledger-store';
import type { SettingsStore } from '../platform/settings-store';
import type { TabTracker } from '../platform/tab-tracker';
import { observationFrom, type HeadersReceivedDetails } from '../platform/web-request';

interface Deps {
  store: LedgerStore;
  tabs: TabTracker;
  settings: SettingsStore;
  ready: Promise<unknown>;
  onRecorded: (tabId: number) => void;
}

/**
 * Responses are handled strictly in arrival order on one promise chain: a tab the tracker has not
 * seen needs an async lookup, and the responses behind it must not overtake it.
 */
let reported = false;

/** A failure is worth one console line, not one per response of a busy page. */
function reportOnce(error: unknown): void {
  if (reported) return;
  reported = true;
  console.error('Cookie Audit could not record a response:', error);
}

export function createHeadersHandler({ store, tabs, settings, ready, onRecorded }: Deps) {
  let pipe: Promise<void> = ready.then(() => undefined);

  async function handle(details: HeadersReceivedDetails): Promise<void> {
    if (settings.current.paused) return;
    // An unknown tab's privacy must be known before anything is stored: ask the tabs API first.
    const info = tabs.known(details.tabId) ?? (await tabs.resolve(details.tabId));
    // A tab the tabs API cannot describe (prerendering, already closed) is treated as private:
    // kept in memory only, never written to storage.local.
    const incognito = details.incognito ?? info?.incognito ?? true;
    if (details.type === 'main_frame') tabs.setUrl(details.tabId, details.url, incognito);
    const topUrl = details.type === 'main_frame' ? details.url : tabs.known(details.tabId)?.url ?? null;
    store.record(observationFrom(details, topUrl, incognito));
    onRecorded(details.tabId);
  }

  return {
    onHeadersReceived(details: HeadersReceivedDetails): undefined {
      if (details.tabId < 0) return undefined;
      pipe = pipe.then(() => handle(details)).catch(reportOnce);
      return undefined;
    },
    /** Resolves once every response received so far is in the ledger. */
    drain(): Promise<void> {
      return pipe;
    },
  };
}
