import { render } from 'preact';
import type { TabView } from '../core/messages';
import { browser } from '../platform/browser';
import { send } from '../platform/messaging';
import { setTranslator } from '../ui/i18n';
import { Popup, type PopupActions } from './popup';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs));
const root = document.getElementById('root') as HTMLElement;
const param = new URLSearchParams(location.search).get('tab');
const tabId = param !== null && /^[0-9]+$/.test(param) ? Number(param) : null;

async function refresh(): Promise<void> {
  const view: TabView = await send('get-tab-view', { tabId });
  render(<Popup view={view} actions={actions} />, root);
  document.body.dataset.ready = 'true';
}

const actions: PopupActions = {
  setPaused: (paused) => void send('set-settings', { settings: { paused } }).then(refresh),
  clearSite: (site) => void send('clear-site', { site }).then(refresh),
  openReport: () => void browser.tabs.create({ url: browser.runtime.getURL('report.html') }),
};

refresh().catch((error: unknown) => {
  root.textContent = `Cookie Audit could not read its data: ${error instanceof Error ? error.message : String(error)}`;
});
