import { render } from 'preact';
import { browser } from '../platform/browser';
import { send } from '../platform/messaging';
import { setTranslator } from '../ui/i18n';
import { ReportPage } from './report-page';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs));
const root = document.getElementById('root') as HTMLElement;
const welcome = new URLSearchParams(location.search).has('welcome');

async function refresh(): Promise<void> {
  const data = await send('get-ledger', {});
  render(<ReportPage data={data} welcome={welcome} onClearAll={() => void send('clear-all', {}).then(refresh)} />, root);
  document.body.dataset.ready = 'true';
}

refresh().catch((error: unknown) => {
  root.textContent = `Cookie Audit could not read its data: ${error instanceof Error ? error.message : String(error)}`;
});
