import { render } from 'preact';
import type { TabView } from '../core/messages';
import type { ReportFormat } from '../core/report/write-report';
import { FIRST_PAGE, type PageQuery } from '../core/view/page-query';
import { browser } from '../platform/browser';
import { downloadText } from '../platform/downloads';
import { send } from '../platform/messaging';
import { localisePage, setTranslator, t } from '../ui/i18n';
import { Popup, type PopupActions } from './popup';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs));
localisePage(t('popupTitle'));
const root = document.getElementById('root') as HTMLElement;
const param = new URLSearchParams(location.search).get('tab');
const tabId = param !== null && /^[0-9]+$/.test(param) ? Number(param) : null;

let view: TabView | null = null;
let query: PageQuery = FIRST_PAGE;
let checkingSecrets = 0;
let firstRender = true;
/** Answers arrive out of order when the user types fast: only the latest question's is shown. */
let asked = 0;

function draw(): void {
  if (!view) return;
  render(<Popup view={view} query={query} checkingSecrets={checkingSecrets} actions={actions} />, root);
  document.body.dataset.ready = 'true';
  if (firstRender) {
    firstRender = false;
    performance.mark('popup-rendered');
  }
}

/** The background audits and cuts the screenful; the popup only draws it. */
async function load(next: PageQuery): Promise<void> {
  const ticket = ++asked;
  query = next;
  if (view) draw();
  const current = await send('get-tab-view', { tabId, query: next });
  if (ticket !== asked) return;
  view = current;
  draw();
}

/**
 * The built-in known secrets are tried at once; a user's wordlist (tens of thousands of secrets)
 * is tried after the first paint, so the popup opens fast whatever the list's size.
 */
async function open(): Promise<void> {
  await load(FIRST_PAGE);
  if (!view?.page || view.wordlist === 0) return;
  checkingSecrets = view.wordlist;
  draw();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await load({ ...query, wordlist: true });
  checkingSecrets = 0;
  draw();
}

/**
 * The background builds the file. Firefox's background saves it too (the popup closes as the
 * download starts, and a blob: URL made here would die with it); Chrome's worker cannot, so the
 * popup saves it, which Chrome completes even if the popup closes.
 */
async function exportSite(format: ReportFormat): Promise<string> {
  const { fileName, file } = await send('export-report', { target: { tabId: view?.tabId ?? tabId }, format });
  if (file) await downloadText(browser.downloads, file);
  return fileName;
}

const actions: PopupActions = {
  setPaused: (paused) => void send('set-settings', { settings: { paused } }).then(() => load(query)),
  clearSite: (site) => void send('clear-site', { site }).then(() => load(FIRST_PAGE)),
  openReport: () => void browser.tabs.create({ url: browser.runtime.getURL('report.html') }),
  exportSite,
  setQuery: (next) => void load(next).catch(fail),
};

function fail(error: unknown): void {
  root.textContent = t('loadFailed', [error instanceof Error ? error.message : String(error)]);
}

open().catch(fail);
