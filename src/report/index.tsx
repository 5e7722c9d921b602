import { render } from 'preact';
import type { SitesView, StoredWordlist } from '../core/messages';
import type { ReportFormat } from '../core/report/write-report';
import type { PageQuery } from '../core/view/page-query';
import { browser } from '../platform/browser';
import { downloadText } from '../platform/downloads';
import { send } from '../platform/messaging';
import { localisePage, setTranslator, t } from '../ui/i18n';
import { ReportPage, type ReportActions } from './report-page';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs));
localisePage(t('reportTitle'));
const root = document.getElementById('root') as HTMLElement;
const welcome = new URLSearchParams(location.search).has('welcome');

let view: SitesView | null = null;
let wordlist: StoredWordlist | null = null;
let withWordlist = false;
let checkingSecrets = 0;

function draw(): void {
  if (!view) return;
  render(
    <ReportPage
      sites={view.sites}
      settings={view.settings}
      wordlist={wordlist}
      withWordlist={withWordlist}
      notice={view.notice}
      welcome={welcome}
      checkingSecrets={checkingSecrets}
      actions={actions}
    />,
    root,
  );
  document.body.dataset.ready = 'true';
}

/** As in the popup: the built-in secrets at once, the user's wordlist after the first paint. */
async function refresh(): Promise<void> {
  const [sites, stored] = await Promise.all([send('get-sites', { wordlist: false }), send('get-wordlist', {})]);
  view = sites;
  wordlist = stored.wordlist;
  withWordlist = false;
  checkingSecrets = view.sites.length > 0 ? view.wordlist : 0;
  draw();
  if (checkingSecrets === 0) return;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  view = await send('get-sites', { wordlist: true });
  withWordlist = true;
  checkingSecrets = 0;
  draw();
}

/** The background builds the file (and saves it where it can); this page is a tab that outlives the download. */
async function exportAll(format: ReportFormat): Promise<string> {
  const { fileName, file } = await send('export-report', { target: { site: null }, format });
  if (file) await downloadText(browser.downloads, file);
  return fileName;
}

const actions: ReportActions = {
  exportAll,
  setSettings: (patch) => void send('set-settings', { settings: patch }).then(refresh),
  pickWordlist: async (file) => {
    await send('set-wordlist', { wordlist: file });
    await refresh();
  },
  removeWordlist: async () => {
    await send('set-wordlist', { wordlist: null });
    await refresh();
  },
  clearAll: () => void send('clear-all', {}).then(refresh),
  loadSite: (row, query: PageQuery) => send('get-site-page', { site: row.site, private: row.private, query }).then((r) => r.page),
};

refresh().catch((error: unknown) => {
  root.textContent = t('loadFailed', [error instanceof Error ? error.message : String(error)]);
});
