// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLedger } from '../../src/core/ledger';
import type { Ledger } from '../../src/core/ledger/types';
import { DEFAULT_SETTINGS, type Settings, type StoredWordlist } from '../../src/core/messages';
import { siteRow, sitePage, type PageQuery } from '../../src/core/view';
import { ReportPage, type ReportActions } from '../../src/report/report-page';
import { mount, type Mounted } from './support/dom';
import { flaskSteps, IMG, ledgerOf, modelOf, NOW, SITE, SVG } from './support/fixtures';
import { installTranslator } from './support/translator';

beforeAll(installTranslator);

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function actions() {
  return {
    exportAll: vi.fn(async () => 'cookie-audit-all-sites-2026-11-23.json'),
    setSettings: vi.fn(),
    pickWordlist: vi.fn(async () => undefined),
    removeWordlist: vi.fn(async () => undefined),
    clearAll: vi.fn(),
    loadSite: vi.fn<ReportActions['loadSite']>(async () => null),
  } satisfies ReportActions;
}

/** The table's rows and opened sites as the background gives them, from these ledgers. */
function background(ledger: Ledger, incognito: Ledger) {
  const known = (site: string) => (site in ledger.sites ? ledger : incognito);
  const rows = [ledger, incognito].flatMap((l) =>
    Object.keys(l.sites).flatMap((site) => {
      const model = modelOf(l, site);
      return model ? [siteRow(model, l === incognito)] : [];
    }),
  );
  return {
    rows: rows.sort((a, b) => b.lastSeen - a.lastSeen),
    loadSite: async ({ site }: { site: string }, query: PageQuery) => {
      const model = modelOf(known(site), site);
      return model && sitePage(model, query);
    },
  };
}

interface Options {
  incognito?: Ledger;
  settings?: Partial<Settings>;
  wordlist?: StoredWordlist | null;
  welcome?: boolean;
  acts?: ReturnType<typeof actions>;
}

async function page(ledger: Ledger, o: Options = {}) {
  const { rows, loadSite } = background(ledger, o.incognito ?? createLedger());
  const acts = o.acts ?? actions();
  acts.loadSite.mockImplementation(loadSite);
  mounted = await mount(
    <ReportPage
      sites={rows}
      settings={{ ...DEFAULT_SETTINGS, ...o.settings }}
      wordlist={o.wordlist ?? null}
      withWordlist={false}
      notice={null}
      welcome={o.welcome ?? false}
      checkingSecrets={0}
      actions={acts}
    />,
  );
  return mounted;
}

function twoSites(): Ledger {
  const ledger = ledgerOf(flaskSteps());
  const other = ledgerOf([{ path: '/', lines: ['pref=dark; Path=/; Secure; HttpOnly; SameSite=Lax'] }], { site: 'https://shop.example' });
  Object.assign(ledger.sites, other.sites);
  return ledger;
}

describe('the sites table', () => {
  it('has one row per recorded site with its grade, counts and last visit', async () => {
    const p = await page(twoSites());
    expect(p.$$('tr[data-site]').map((tr) => tr.dataset.site)).toEqual([SITE, 'https://shop.example']);
    const row = p.$(`tr[data-site="${SITE}"]`);
    expect(row.querySelector('.site-grade')?.textContent).toMatch(/^[A-F]\+?$/);
    expect(row.querySelectorAll('.count-chip')).toHaveLength(5);
    expect([...row.querySelectorAll('td.num')].map((td) => td.textContent)).toEqual(['6', '3']);
    expect(row.querySelector('time')?.getAttribute('datetime')).toBe(new Date(NOW - 1000).toISOString());
  });

  it('opens a site to the same findings and cookie details as the popup', async () => {
    const p = await page(twoSites());
    expect(p.$$('[data-rule]')).toHaveLength(0);
    const button = p.$(`tr[data-site="${SITE}"] button.expander`);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await p.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const detail = p.$(`#${button.getAttribute('aria-controls')}`);
    expect(detail.hidden).toBe(false);
    await vi.waitFor(() => expect(detail.querySelector('[data-rule="session-known-secret"]')).not.toBeNull());
    expect(detail.querySelector('li[data-cookie="session"] .set-count')?.textContent).toBe('set by 5 of 6 responses');
    await p.click(button);
    expect(p.$$('[data-rule]')).toHaveLength(0);
  });

  it('marks sites recorded in a private window', async () => {
    const incognito = ledgerOf([{ path: '/', lines: ['a=1'] }], { site: 'https://private.example' });
    const p = await page(ledgerOf(flaskSteps()), { incognito });
    expect(p.$('tr[data-site="https://private.example"] .badge').textContent).toBe('private window');
    expect(p.$(`tr[data-site="${SITE}"]`).querySelector('.badge')).toBeNull();
  });

  it('says so when nothing was recorded, and offers no export', async () => {
    const p = await page(createLedger());
    expect(p.root.querySelector('table')).toBeNull();
    expect(p.root.textContent).toContain('No site recorded yet.');
    expect(p.root.querySelector('button[data-format]')).toBeNull();
  });

  it('shows page text as text in the table and the details', async () => {
    const ledger = ledgerOf([{ path: '/', lines: [`x=${IMG}${SVG}`] }], { site: 'https://xss.example' });
    const p = await page(ledger);
    await p.click('button.expander');
    await vi.waitFor(() => expect(p.$$('li[data-cookie] details').length).toBeGreaterThan(0));
    for (const d of p.$$('li[data-cookie] details')) await p.open(d);
    await p.click('.raw-block button');
    expect(p.root.querySelector('img, svg:not(.sparkline svg)')).toBeNull();
    expect(p.$('.raw-line').textContent).toBe(`x=${IMG}${SVG}`);
  });
});

describe('the welcome section', () => {
  it('appears only when asked for', async () => {
    expect((await page(createLedger(), { welcome: true })).$('.welcome h2').textContent).toBe('Welcome to Cookie Audit');
    mounted?.unmount();
    mounted = null;
    expect((await page(createLedger())).root.querySelector('.welcome')).toBeNull();
  });
});

describe('exports', () => {
  it('exports all sites in the format clicked', async () => {
    const acts = actions();
    const p = await page(twoSites(), { acts });
    await p.click('button[data-format="csv"]');
    expect(acts.exportAll).toHaveBeenCalledWith('csv');
    await vi.waitFor(() => expect(p.$('.export-status').textContent).toBe('Saved cookie-audit-all-sites-2026-11-23.json'));
  });

  it('says why an export failed', async () => {
    const acts = actions();
    acts.exportAll.mockRejectedValueOnce(new Error('disk full'));
    const p = await page(twoSites(), { acts });
    await p.click('button[data-format="html"]');
    await vi.waitFor(() => expect(p.$('.export-status').textContent).toBe('Export failed: disk full'));
    expect(p.$('.export-status').classList.contains('is-error')).toBe(true);
  });
});

describe('settings', () => {
  it('leaves cookie values out of exports until the box is ticked', async () => {
    const acts = actions();
    const p = await page(twoSites(), { acts });
    const box = p.$('#include-values') as HTMLInputElement;
    expect(box.checked).toBe(false);
    await p.click(box);
    expect(acts.setSettings).toHaveBeenCalledWith({ includeValues: true });
  });

  it('changes the history length within 1 to 200 and ignores anything else', async () => {
    const acts = actions();
    const p = await page(twoSites(), { acts });
    const input = p.$('#history-length') as HTMLInputElement;
    expect(input.value).toBe('20');
    for (const value of ['0', '201', 'x', '2.5']) {
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    expect(acts.setSettings).not.toHaveBeenCalled();
    input.value = '50';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(acts.setSettings).toHaveBeenCalledWith({ historyPerCookie: 50 });
  });

  it('pauses recording with the switch', async () => {
    const acts = actions();
    const p = await page(twoSites(), { acts });
    await p.click('.card [role="switch"]');
    expect(acts.setSettings).toHaveBeenCalledWith({ paused: true });
  });
});

describe('the wordlist picker', () => {
  it('reads the chosen file and hands its name and text over', async () => {
    const acts = actions();
    const p = await page(twoSites(), { acts });
    const input = p.$('#wordlist-file') as HTMLInputElement;
    const file = new File(["dev\nb'_5#y2L\"F4Q8z\\n\\xec]/'\n"], 'secrets.txt', { type: 'text/plain' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(acts.pickWordlist).toHaveBeenCalledWith({ name: 'secrets.txt', text: "dev\nb'_5#y2L\"F4Q8z\\n\\xec]/'\n" }));
  });

  it('shows the stored list with its count, and removes it', async () => {
    const acts = actions();
    const p = await page(twoSites(), { acts, wordlist: { name: 'flask-unsign.txt', text: '', count: 56123, skipped: 2 } });
    expect(p.$('.wordlist-current').textContent).toContain('flask-unsign.txt 56123 secrets (2 lines skipped: not valid Python literals)');
    await p.click('.wordlist-remove');
    expect(acts.removeWordlist).toHaveBeenCalled();
  });

  it('says when no list is stored', async () => {
    const p = await page(twoSites());
    expect(p.root.textContent).toContain('No wordlist: only the built-in known secrets are tried.');
    expect(p.$('label[for="wordlist-file"]').textContent).toBe('Choose a wordlist file');
  });
});

describe('clear all data', () => {
  it('asks before erasing, and can be cancelled', async () => {
    const acts = actions();
    const p = await page(twoSites(), { acts });
    await p.click('.clear-all');
    expect(acts.clearAll).not.toHaveBeenCalled();
    expect(p.root.textContent).toContain('Erase every recorded site, your wordlist and your settings?');
    await p.click([...p.$$('.confirm button')].find((b) => b.textContent === 'Cancel') as HTMLElement);
    expect(p.root.querySelector('.confirm')).toBeNull();
    await p.click('.clear-all');
    await p.click('.clear-all-confirm');
    expect(acts.clearAll).toHaveBeenCalledTimes(1);
  });
});
