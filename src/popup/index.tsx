import { render } from 'preact';
import type { ReportFormat } from '../core/report/write-report';
import { FIRST_PAGE } from '../core/view/page-query';
import { browser } from '../platform/browser';
import { downloadText } from '../platform/downloads';
import { send } from '../platform/messaging';
import { localisePage, setTranslator, t } from '../ui/i18n';
import { Popup, type PopupActions } from './popup';
import { createPopupLoader } from './popup-loader';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs));
localisePage(t('popupTitle'));
const root = document.getElementById('root') as HTMLElement;
const param = new URLSearchParams(location.search).get('tab');
const tabId = param !== null && /^[0-9]+$/.test(param) ? Number(param) : null;

let firstRender = true;

/** The background audits and cuts the screenful; the popup only draws it. */
const loader = createPopupLoader({
  ask: (query) => send('get-tab-view', { tabId, query }),
  show({ view, query, checkingSecrets, complete }) {
    render(<Popup view={view} query={query} checkingSecrets={checkingSecrets} actions={actions} />, root);
    if (firstRender) {
      firstRender = false;
      performance.mark('popup-rendered');
    }
    if (complete) document.body.dataset.ready = 'true';
  },
  afterPaint: () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
});

/**
 * The background builds the file. Firefox's background saves it too (the popup closes as the
 * download starts, and a blob: URL made here would die with it); Chrome's worker cannot, so the
 * popup saves it, which Chrome completes even if the popup closes.
 */
async function exportSite(format: ReportFormat): Promise<string> {
  const { fileName, file } = await send('export-report', { target: { tabId: loader.view?.tabId ?? tabId }, format });
  if (file) await downloadText(browser.downloads, file);
  return fileName;
}

const actions: PopupActions = {
  setPaused: (paused) => void send('set-settings', { settings: { paused } }).then(() => loader.load(loader.query)),
  clearSite: (site) => void send('clear-site', { site }).then(() => loader.load(FIRST_PAGE)),
  openReport: () => void browser.tabs.create({ url: browser.runtime.getURL('report.html') }),
  exportSite,
  setQuery: (next) => void loader.load(next).catch(fail),
};

function fail(error: unknown): void {
  root.textContent = t('loadFailed', [error instanceof Error ? error.message : String(error)]);
}

loader.open().catch(fail);
