import { httpOrigin } from '../core/ledger';
import { parseEnvelope, type Envelope, type MessageMap, type MessageType, type Reply, type TabView } from '../core/messages';
import { browser, type Runtime } from '../platform/browser';
import { jarFor } from '../platform/jar-view';
import type { LedgerStore } from '../platform/ledger-store';
import { isOwnPage } from '../platform/messaging';
import type { SettingsStore } from '../platform/settings-store';
import type { TabTracker } from '../platform/tab-tracker';

interface Deps {
  store: LedgerStore;
  settings: SettingsStore;
  tabs: TabTracker;
  ready: Promise<unknown>;
  drain: () => Promise<void>;
}

type Handlers = { [T in MessageType]: (payload: MessageMap[T]['request']) => Promise<MessageMap[T]['response']> };

export function createMessageHandler(deps: Deps) {
  const handlers = createHandlers(deps);
  return (raw: unknown, sender: Runtime.MessageSender): Promise<Reply<MessageType>> | undefined => {
    if (!isOwnPage(sender, browser.runtime)) return undefined;
    const envelope = parseEnvelope(raw);
    if (!envelope) return Promise.resolve({ ok: false, error: 'unknown message' });
    return dispatch(handlers, envelope).then(
      (data) => ({ ok: true as const, data }),
      (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }),
    );
  };
}

function dispatch(handlers: Handlers, envelope: Envelope): Promise<MessageMap[MessageType]['response']> {
  const handler = handlers[envelope.type] as (payload: unknown) => Promise<MessageMap[MessageType]['response']>;
  return handler(envelope.payload);
}

function createHandlers({ store, settings, ready, drain }: Deps): Handlers {
  return {
    'get-tab-view': async ({ tabId }) => {
      await ready;
      await drain();
      const tab = tabId === null ? (await browser.tabs.query({ active: true, currentWindow: true }))[0] : await browser.tabs.get(tabId);
      const id = tab?.id ?? -1;
      const url = tab?.url ?? null;
      const site = url ? httpOrigin(url) : null;
      const incognito = tab?.incognito ?? false;
      const ledger = incognito ? store.incognito : store.ledger;
      const view: TabView = {
        tabId: id,
        url,
        site,
        incognito,
        record: site ? ledger.sites[site] ?? null : null,
        jar: site ? await jarFor(browser.cookies, site, id) : [],
        settings: settings.current,
        notice: store.notice,
      };
      return view;
    },
    'get-ledger': async () => {
      await ready;
      await drain();
      return { ledger: store.ledger, incognito: store.incognito, settings: settings.current, notice: store.notice };
    },
    'clear-site': async ({ site }) => {
      await ready;
      await store.clearSite(site);
      return { ok: true };
    },
    'clear-all': async () => {
      await ready;
      await store.clearAll();
      return { ok: true };
    },
    'set-settings': async ({ settings: patch }) => {
      const next = await settings.update(patch);
      store.setLimits({ ...store.limits, historyPerCookie: next.historyPerCookie });
      return { settings: next };
    },
  };
}
