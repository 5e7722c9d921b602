import { httpOrigin } from '../core/ledger';
import { normaliseSettings, parseEnvelope, type Envelope, type MessageMap, type MessageType, type Reply } from '../core/messages';
import { isReportFormat } from '../core/report';
import { normalisePageQuery, sitePage } from '../core/view';
import type { Runtime, Tabs } from '../platform/browser';
import type { LedgerStore } from '../platform/ledger-store';
import { isOwnPage } from '../platform/own-page';
import { lookUpTab } from '../platform/tab-lookup';
import type { SettingsStore } from '../platform/settings-store';
import type { WordlistStore } from '../platform/wordlist-store';
import type { Exports } from './exports';
import type { SiteAudits } from './site-audits';

interface Deps {
  runtime: { id: string; getURL(path: string): string };
  tabs: Pick<Tabs.Static, 'get' | 'query'>;
  store: LedgerStore;
  settings: SettingsStore;
  wordlist: WordlistStore;
  audits: SiteAudits;
  exports: Exports;
  ready: Promise<unknown>;
  drain: () => Promise<void>;
  /** Something a page did changed what the badges should say (a site cleared, a wordlist set). */
  onChanged: () => void;
}

/** What the sending page may see: the report page sees private windows' sites only from a private window. */
export interface Sender {
  incognito: boolean;
}

type Handlers = { [T in MessageType]: (payload: MessageMap[T]['request'], sender: Sender) => Promise<MessageMap[T]['response']> };

export function createMessageHandler(deps: Deps) {
  const handlers = createHandlers(deps);
  return (raw: unknown, sender: Runtime.MessageSender): Promise<Reply<MessageType>> | undefined => {
    if (!isOwnPage(sender, deps.runtime)) return undefined;
    const envelope = parseEnvelope(raw);
    if (!envelope) return Promise.resolve({ ok: false, error: 'unknown message' });
    return dispatch(handlers, envelope, { incognito: sender.tab?.incognito === true }).then(
      (data) => ({ ok: true as const, data }),
      (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }),
    );
  };
}

function dispatch(handlers: Handlers, envelope: Envelope, sender: Sender): Promise<MessageMap[MessageType]['response']> {
  const handler = handlers[envelope.type] as (payload: unknown, sender: Sender) => Promise<MessageMap[MessageType]['response']>;
  return handler(envelope.payload, sender);
}

/**
 * Every response received so far in the ledger, and the stores read back. A page is about to show
 * what was recorded, so the log entries waiting for their write gap go to storage now.
 */
async function settled(deps: Deps): Promise<void> {
  await deps.ready;
  await deps.drain();
  deps.store.writeNow();
}

function createHandlers(deps: Deps): Handlers {
  const { store, settings, wordlist, audits, exports } = deps;
  return {
    'get-tab-view': async ({ tabId, query: rawQuery }) => {
      await settled(deps);
      const query = normalisePageQuery(rawQuery);
      const tab = await lookUpTab(deps.tabs, tabId);
      const site = tab.url ? httpOrigin(tab.url) : null;
      const model = site ? await audits.model({ site, incognito: tab.incognito, tabId: tab.id, wordlist: query.wordlist }) : null;
      return {
        tabId: tab.id,
        url: tab.url,
        site,
        incognito: tab.incognito,
        settings: settings.current,
        notice: store.notice,
        wordlist: wordlist.current?.count ?? 0,
        page: model && sitePage(model, query),
      };
    },
    'get-site-page': async ({ site, private: isPrivate, query: rawQuery }, sender) => {
      await settled(deps);
      const query = normalisePageQuery(rawQuery);
      const incognito = isPrivate === true && sender.incognito;
      const model = await audits.model({ site: String(site), incognito, tabId: null, wordlist: query.wordlist });
      return { page: model && sitePage(model, query) };
    },
    'get-sites': async ({ wordlist: useWordlist }, sender) => {
      await settled(deps);
      // Private windows' sites never reach a normal window's page; a private page sees both.
      const kinds = sender.incognito ? [false, true] : [false];
      const refs = kinds.flatMap((incognito) => Object.keys((incognito ? store.incognito : store.ledger).sites).map((site) => ({ site, incognito })));
      const rows = await Promise.all(refs.map((ref) => audits.row({ ...ref, tabId: null, wordlist: useWordlist === true })));
      return {
        sites: rows.flatMap((r) => (r ? [r] : [])).sort((a, b) => b.lastSeen - a.lastSeen),
        settings: settings.current,
        notice: store.notice,
        wordlist: wordlist.current?.count ?? 0,
      };
    },
    'export-report': async ({ target, format }, sender) => {
      await settled(deps);
      if (!isReportFormat(String(format))) throw new Error(`unknown format ${String(format)}`);
      if ('tabId' in target) {
        const tab = await lookUpTab(deps.tabs, target.tabId);
        const site = tab.url ? httpOrigin(tab.url) : null;
        if (!site) throw new Error('this tab shows no web site');
        return exports.site({ site, incognito: tab.incognito, tabId: tab.id }, format);
      }
      return exports.all(target.site === null ? null : String(target.site), sender.incognito, format);
    },
    'clear-site': async ({ site }) => {
      await deps.ready;
      await store.clearSite(String(site));
      deps.onChanged();
      return { ok: true };
    },
    'clear-all': async () => {
      await deps.ready;
      await Promise.all([store.clearAll(), wordlist.set(null), settings.reset()]);
      store.setLimits({ ...store.limits, historyPerCookie: settings.current.historyPerCookie });
      audits.forgetAll();
      deps.onChanged();
      return { ok: true };
    },
    'set-settings': async ({ settings: patch }) => {
      const next = await settings.update(normaliseSettings(patch, settings.current));
      store.setLimits({ ...store.limits, historyPerCookie: next.historyPerCookie });
      return { settings: next };
    },
    'get-wordlist': async () => {
      await wordlist.ready;
      return { wordlist: wordlist.current };
    },
    'set-wordlist': async ({ wordlist: file }) => {
      const next = await wordlist.set(file === null || typeof file !== 'object' ? null : file);
      deps.onChanged();
      return { wordlist: next };
    },
  };
}
