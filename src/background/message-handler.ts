import { httpOrigin } from '../core/ledger';
import { parseEnvelope, type Envelope, type MessageMap, type MessageType, type Reply, type StoredWordlist, type TabView } from '../core/messages';
import { parseWordlist } from '../core/session';
import { browser, type Runtime } from '../platform/browser';
import { canCreateBlobUrls, downloadText } from '../platform/downloads';
import { jarFor } from '../platform/jar-view';
import type { LedgerStore } from '../platform/ledger-store';
import { isOwnPage } from '../platform/own-page';
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
    'get-wordlist': async () => {
      const stored = await browser.storage.local.get(WORDLIST_KEY);
      return { wordlist: storedWordlist(stored[WORDLIST_KEY]) };
    },
    'set-wordlist': async ({ wordlist }) => {
      if (wordlist === null || typeof wordlist !== 'object') {
        await browser.storage.local.remove(WORDLIST_KEY);
        return { wordlist: null };
      }
      const next = storedWordlist(wordlist);
      if (!next) throw new Error('a wordlist needs a name and a text');
      await browser.storage.local.set({ [WORDLIST_KEY]: next });
      return { wordlist: next };
    },
    'download-file': async (file) => {
      if (!canCreateBlobUrls()) return { started: false };
      await downloadText(browser.downloads, { fileName: String(file.fileName), mediaType: String(file.mediaType), text: String(file.text) });
      return { started: true };
    },
  };
}

const WORDLIST_KEY = 'wordlist';

/** A wordlist from storage or a message, counted afresh: neither source is trusted to have counted it. */
function storedWordlist(raw: unknown): StoredWordlist | null {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (typeof r.name !== 'string' || typeof r.text !== 'string') return null;
  const { secrets, skipped } = parseWordlist(r.text);
  return { name: r.name, text: r.text, count: secrets.length, skipped };
}
