import { render } from 'preact';
import type { TabView } from '../core/messages';
import type { ReportFormat } from '../core/report';
import { parseWordlist } from '../core/session';
import { browser } from '../platform/browser';
import { downloadText } from '../platform/downloads';
import { send } from '../platform/messaging';
import { auditTabView } from '../ui/audit-sites';
import { exportFile } from '../ui/export-file';
import { setTranslator, t } from '../ui/i18n';
import { siteModel, type SiteModel } from '../ui/site-model';
import { Popup, type PopupActions } from './popup';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs));
const root = document.getElementById('root') as HTMLElement;
const param = new URLSearchParams(location.search).get('tab');
const tabId = param !== null && /^[0-9]+$/.test(param) ? Number(param) : null;
const toolVersion = browser.runtime.getManifest().version;

let view: TabView | null = null;
let secrets: (string | Uint8Array)[] = [];
let model: SiteModel | null = null;
let checkingSecrets = 0;
let firstRender = true;

function draw(): void {
  if (!view) return;
  render(<Popup view={view} model={model} checkingSecrets={checkingSecrets} actions={actions} />, root);
  document.body.dataset.ready = 'true';
  if (firstRender) {
    firstRender = false;
    performance.mark('popup-rendered');
  }
}

function modelFor(current: TabView, withSecrets: (string | Uint8Array)[]): SiteModel | null {
  const audit = auditTabView(current, { now: Date.now(), secrets: withSecrets, includeValues: false });
  return audit ? siteModel(audit, current.record, current.jar) : null;
}

/**
 * The built-in known secrets are tried at once; a user's wordlist (tens of thousands of secrets)
 * is tried after the first paint, so the popup opens fast whatever the list's size.
 */
async function refresh(): Promise<void> {
  const [current, { wordlist }] = await Promise.all([send('get-tab-view', { tabId }), send('get-wordlist', {})]);
  view = current;
  secrets = wordlist ? parseWordlist(wordlist.text).secrets : [];
  model = modelFor(current, []);
  checkingSecrets = model && secrets.length > 0 ? secrets.length : 0;
  draw();
  if (checkingSecrets > 0) {
    // After the next frame, so the first paint is on screen while the wordlist is tried.
    requestAnimationFrame(() =>
      setTimeout(() => {
        model = modelFor(current, secrets);
        checkingSecrets = 0;
        draw();
      }, 0),
    );
  }
}

/**
 * The popup's blob: URL would die with the popup (Firefox closes it as the download starts), so the
 * file goes to the background first; where the background cannot hold one (Chrome's worker), the
 * popup saves it itself, which Chrome completes even if the popup closes.
 */
async function exportSite(format: ReportFormat): Promise<string> {
  if (!view) throw new Error('no site');
  const includeValues = view.settings.includeValues;
  const audit = includeValues ? auditTabView(view, { now: Date.now(), secrets, includeValues }) : model?.audit ?? null;
  const file = exportFile(audit ? [audit] : [], { site: view.site, format, includeValues, now: Date.now(), toolVersion });
  const { started } = await send('download-file', file);
  if (!started) await downloadText(browser.downloads, file);
  return file.fileName;
}

const actions: PopupActions = {
  setPaused: (paused) => void send('set-settings', { settings: { paused } }).then(refresh),
  clearSite: (site) => void send('clear-site', { site }).then(refresh),
  openReport: () => void browser.tabs.create({ url: browser.runtime.getURL('report.html') }),
  exportSite,
};

refresh().catch((error: unknown) => {
  root.textContent = t('loadFailed', [error instanceof Error ? error.message : String(error)]);
});
