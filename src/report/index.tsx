import { render } from 'preact';
import type { MessageMap, StoredWordlist } from '../core/messages';
import type { ReportFormat } from '../core/report';
import { parseWordlist } from '../core/session';
import { browser } from '../platform/browser';
import { downloadText } from '../platform/downloads';
import { send } from '../platform/messaging';
import { auditLedgers } from '../ui/audit-sites';
import { exportFile } from '../ui/export-file';
import { setTranslator, t } from '../ui/i18n';
import { ReportPage, type ReportActions } from './report-page';
import { reportSites, type ReportSite } from './report-sites';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs));
const root = document.getElementById('root') as HTMLElement;
const welcome = new URLSearchParams(location.search).has('welcome');
const toolVersion = browser.runtime.getManifest().version;

type LedgerData = MessageMap['get-ledger']['response'];

let data: LedgerData | null = null;
let wordlist: StoredWordlist | null = null;
let secrets: (string | Uint8Array)[] = [];
let sites: ReportSite[] = [];
let checkingSecrets = 0;

function draw(): void {
  if (!data) return;
  render(
    <ReportPage
      sites={sites}
      settings={data.settings}
      wordlist={wordlist}
      notice={data.notice}
      welcome={welcome}
      checkingSecrets={checkingSecrets}
      actions={actions}
    />,
    root,
  );
  document.body.dataset.ready = 'true';
}

function audited(current: LedgerData, withSecrets: (string | Uint8Array)[]): ReportSite[] {
  return reportSites(current, { now: Date.now(), secrets: withSecrets, includeValues: false });
}

/** As in the popup: the built-in secrets at once, the user's wordlist after the first paint. */
async function refresh(): Promise<void> {
  const [current, stored] = await Promise.all([send('get-ledger', {}), send('get-wordlist', {})]);
  data = current;
  wordlist = stored.wordlist;
  secrets = wordlist ? parseWordlist(wordlist.text).secrets : [];
  sites = audited(current, []);
  checkingSecrets = sites.length > 0 ? secrets.length : 0;
  draw();
  if (checkingSecrets > 0) {
    requestAnimationFrame(() =>
      setTimeout(() => {
        sites = audited(current, secrets);
        checkingSecrets = 0;
        draw();
      }, 0),
    );
  }
}

/** The report page is a tab that outlives the download, so it saves the file itself. */
async function exportAll(format: ReportFormat): Promise<string> {
  if (!data) throw new Error('no data');
  const includeValues = data.settings.includeValues;
  const now = Date.now();
  // The audit on screen is redacted and complete once the wordlist is tried: reuse it when it fits.
  const audits =
    !includeValues && checkingSecrets === 0
      ? sites.map((s) => s.model.audit)
      : auditLedgers([data.ledger, data.incognito], { now, secrets, includeValues }).sort((a, b) => b.lastSeen - a.lastSeen);
  const file = exportFile(audits, { site: null, format, includeValues, now, toolVersion });
  await downloadText(browser.downloads, file);
  return file.fileName;
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
};

refresh().catch((error: unknown) => {
  root.textContent = t('loadFailed', [error instanceof Error ? error.message : String(error)]);
});
