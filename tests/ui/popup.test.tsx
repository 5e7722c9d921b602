// @vitest-environment jsdom
import { useState } from 'preact/hooks';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Ledger } from '../../src/core/ledger/types';
import type { Settings, TabView } from '../../src/core/messages';
import { FIRST_PAGE, type PageQuery } from '../../src/core/view';
import { Popup, type PopupActions } from '../../src/popup/popup';
import { mount, type Mounted } from './support/dom';
import { flaskSteps, IMG, ledgerOf, manyCookieSteps, SITE, SVG, tabView, FLASK_XSS_VALUE } from './support/fixtures';
import { installTranslator } from './support/translator';

beforeAll(installTranslator);

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function actions() {
  return {
    setPaused: vi.fn<PopupActions['setPaused']>(),
    clearSite: vi.fn<PopupActions['clearSite']>(),
    openReport: vi.fn<PopupActions['openReport']>(),
    exportSite: vi.fn<PopupActions['exportSite']>(async () => 'cookie-audit-x.json'),
    setQuery: vi.fn<PopupActions['setQuery']>(),
  } satisfies PopupActions;
}

type ViewArgs = [ledger: Ledger, extra?: Parameters<typeof tabView>[1], settings?: Partial<Settings>];

/** The popup with a stand-in for the background: each query is answered as get-tab-view answers it. */
function Harness({ args, acts }: { args: ViewArgs; acts: PopupActions }) {
  const [query, setQuery] = useState<PageQuery>(FIRST_PAGE);
  const view: TabView = tabView(args[0], args[1], args[2], query);
  const ask = (next: PageQuery) => {
    acts.setQuery(next);
    setQuery(next);
  };
  return <Popup view={view} query={query} checkingSecrets={0} actions={{ ...acts, setQuery: ask }} />;
}

async function popup(args: ViewArgs, acts = actions()) {
  mounted = await mount(<Harness args={args} acts={acts} />);
  return mounted;
}

const flaskView = (): ViewArgs => [ledgerOf(flaskSteps())];

describe('the popup header', () => {
  it('names the site, its grade, its counts per severity and what was observed', async () => {
    const p = await popup(flaskView());
    expect(p.$('.site-name').textContent).toBe(SITE);
    expect(p.$('.site-grade').textContent).toMatch(/^(A\+|A|B|C|D|F)$/);
    expect(p.$('.site-counts').textContent).toBe('6 responses · 3 cookies');
    const chips = p.$$('.severity-counts li').map((li) => li.textContent);
    expect(chips).toHaveLength(5);
    expect(chips[0]).toMatch(/^\d+ critical$/);
  });

  it('flips the recording switch and clears the site through its actions', async () => {
    const acts = actions();
    const p = await popup(flaskView(), acts);
    expect(p.$('[role="switch"]').getAttribute('aria-checked')).toBe('true');
    await p.click('[role="switch"]');
    expect(acts.setPaused).toHaveBeenCalledWith(true);
    await p.click([...p.$$('button')].find((b) => b.textContent === 'Clear this site') as HTMLElement);
    expect(acts.clearSite).toHaveBeenCalledWith(SITE);
  });

  it('exports the site in the format clicked and says which file was saved', async () => {
    const acts = actions();
    const p = await popup(flaskView(), acts);
    await p.click('button[data-format="sarif"]');
    await vi.waitFor(() => expect(p.$('.export-status').textContent).toBe('Saved cookie-audit-x.json'));
    expect(acts.exportSite).toHaveBeenCalledWith('sarif');
  });
});

describe('the findings', () => {
  it('lists every finding worst first, each with its rule id, severity and cookie', async () => {
    const p = await popup(flaskView());
    const findings = p.$$('[data-rule]');
    expect(findings.length).toBeGreaterThan(3);
    const ranks = findings.map((f) => ['critical', 'high', 'medium', 'low', 'info'].indexOf(f.dataset.severity ?? ''));
    const groupsWorst = p.$$('.finding-group').map((g) => Math.min(...[...g.querySelectorAll<HTMLElement>('[data-severity]')].map((f) => ranks[findings.indexOf(f)] ?? 9)));
    expect(groupsWorst).toEqual([...groupsWorst].sort((a, b) => a - b));
    const known = findings.find((f) => f.dataset.rule === 'session-known-secret');
    expect(known?.dataset.severity).toBe('critical');
    expect(known?.dataset.cookieName).toBe('leaky');
    expect(known?.querySelector('.rule-id')?.textContent).toBe('session-known-secret');
    expect(known?.querySelector('.finding-fix')?.textContent).toMatch(/^Fix: .*SECRET_KEY/);
  });

  it('groups the findings by cookie', async () => {
    const p = await popup(flaskView());
    for (const group of p.$$('.finding-group')) {
      const names = new Set([...group.querySelectorAll<HTMLElement>('[data-rule]')].map((f) => f.dataset.cookieName));
      expect(names.size).toBe(1);
    }
  });

  it('hides a severity when its toggle is switched off', async () => {
    const p = await popup(flaskView());
    const before = p.$$('[data-severity="critical"]').length;
    expect(before).toBeGreaterThan(0);
    await p.click('button[data-filter="critical"]');
    expect(p.$('button[data-filter="critical"]').getAttribute('aria-pressed')).toBe('false');
    expect(p.$$('[data-severity="critical"]')).toHaveLength(0);
    expect(p.$$('[data-severity="high"]').length).toBeGreaterThan(0);
    await p.click('button[data-filter="critical"]');
    expect(p.$$('[data-severity="critical"]')).toHaveLength(before);
  });

  it('searches findings and cookies by cookie name', async () => {
    const p = await popup(flaskView());
    await p.type('input[type="search"]', 'TRACK');
    expect(new Set(p.$$('[data-rule]').map((f) => f.dataset.cookieName))).toEqual(new Set(['tracker']));
    expect(p.$$('li[data-cookie]').map((li) => li.dataset.cookie)).toEqual(['tracker']);
    await p.type('input[type="search"]', 'nothing-like-it');
    expect(p.$$('[data-rule]')).toHaveLength(0);
    expect(p.root.textContent).toContain('No cookie name contains “nothing-like-it”.');
  });

  it('marks findings the site cannot fix as third-party', async () => {
    const ledger = ledgerOf([{ path: '/' }]);
    const site = ledger.sites[SITE];
    if (!site) throw new Error('no site');
    const other = ledgerOf([{ path: '/', lines: ['ad=1; Path=/'] }], { site: 'http://ads.example' });
    const ad = Object.values(other.sites['http://ads.example']?.cookies ?? {})[0];
    if (!ad) throw new Error('no ad cookie');
    site.cookies['ad'] = { ...ad, firstParty: false, domain: 'ads.example' };
    const p = await popup([ledger]);
    const third = p.$$('[data-cookie-name="ad"]');
    expect(third.length).toBeGreaterThan(0);
    for (const f of third) expect(f.querySelector('.badge')?.textContent).toBe('third-party');
  });
});

describe('a cookie row', () => {
  it('says how many responses set it and holds the redacted last Set-Cookie line', async () => {
    const p = await popup(flaskView());
    const row = p.$('li[data-cookie="session"]');
    expect(row.querySelector('.set-count')?.textContent).toBe('set by 5 of 6 responses');
    expect(row.querySelector('.raw-line')?.textContent).toMatch(/^session=‹redacted \d+ bytes›; Expires=.*; HttpOnly; Path=\/$/);
  });

  it('reveals the values of its raw lines only when asked', async () => {
    const p = await popup(flaskView());
    const row = p.$('li[data-cookie="session"]');
    await p.open(row.querySelector('details') as HTMLElement);
    const reveal = row.querySelector('.raw-block button') as HTMLElement;
    expect(reveal.getAttribute('aria-pressed')).toBe('false');
    for (const line of row.querySelectorAll('.history-line')) expect(line.textContent).toMatch(/^session=‹redacted/);
    await p.click(reveal);
    expect(row.querySelector('.raw-line')?.textContent).toMatch(/^session=eyJfcGVybWFuZW50/);
    for (const line of row.querySelectorAll('.history-line')) expect(line.textContent).toMatch(/^session=eyJ/);
  });

  it('shows the attributes, the timeline and the history once opened', async () => {
    const p = await popup(flaskView());
    const row = p.$('li[data-cookie="session"]');
    expect(row.querySelector('.cookie-detail')).toBeNull();
    await p.open(row.querySelector('details') as HTMLElement);
    const attributes = [...row.querySelectorAll('.attribute')].map((a) => a.textContent);
    expect(attributes).toEqual([expect.stringMatching(/^ExpiresThu, 24 Dec 2026/), 'HttpOnlyset (no value)', 'Path/']);
    expect(row.querySelector('.sparkline svg')?.getAttribute('aria-label')).toMatch(/^Set 5 times between /);
    expect(row.querySelectorAll('.sparkline-bar').length).toBeGreaterThan(0);
    expect(row.querySelectorAll('.history li')).toHaveLength(5);
    expect(row.textContent).toContain('The attributes stayed the same across the last 5 Set-Cookie lines');
  });

  it('decodes the session: keys, issue date, verdict, attribution, sensitive values behind a click', async () => {
    const p = await popup(flaskView());
    const row = p.$('li[data-cookie="leaky"]');
    await p.open(row.querySelector('details') as HTMLElement);
    const facts = row.querySelector('.session-detail .facts')?.textContent ?? '';
    expect(facts).toContain('flask');
    expect(facts).toMatch(/valid, signed with the publicly known secret dev/);
    expect(row.querySelector('.session-detail time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    const rows = Object.fromEntries(
      [...row.querySelectorAll('.session-table tbody tr')].map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]),
    );
    expect(rows['user']).toBe('alice');
    expect(rows['password']).toBe('‹hidden: looks secret›Reveal');
    const userId = [...row.querySelectorAll('.session-table tbody tr')].find((tr) => tr.querySelector('th')?.textContent === '_user_id');
    expect(userId?.textContent).toContain('Flask-Login');
    const reveal = row.querySelector('.is-sensitive button') as HTMLElement;
    await p.click(reveal);
    expect(row.querySelector('.is-sensitive td')?.textContent).toBe('hunter2Hide');
  });
});

describe('edge states', () => {
  it('explains a browser-internal page', async () => {
    const p = await popup([ledgerOf([]), { site: null, url: 'chrome://extensions/' }]);
    expect(p.root.querySelector('.site-name')).toBeNull();
    expect(p.$('.empty-state h2').textContent).toBe('No web site in this tab');
    expect(p.$$('[data-rule]')).toHaveLength(0);
  });

  it('explains why nothing was recorded yet', async () => {
    const p = await popup([ledgerOf([])]);
    expect(p.$('.site-name').textContent).toBe(SITE);
    expect(p.$('.empty-state').textContent).toContain('tabs opened before the extension was installed');
    expect(p.root.querySelector('.site-grade')).toBeNull();
  });

  it('says that a private window is kept in memory only, and that recording is paused', async () => {
    const p = await popup([ledgerOf(flaskSteps()), { incognito: true }, { paused: true }]);
    const notices = p.$$('.notice').map((n) => n.textContent);
    expect(notices).toContain('Private window: what is recorded here stays in memory and is forgotten when the browser closes.');
    expect(notices).toContain('Recording is paused: responses are not recorded.');
    expect(p.$('[role="switch"]').getAttribute('aria-checked')).toBe('false');
  });

  it('says when the site set no cookie at all', async () => {
    const p = await popup([ledgerOf([{ path: '/' }, { path: '/a' }])]);
    expect(p.$('.site-counts').textContent).toBe('2 responses · 0 cookies');
    expect(p.root.textContent).toContain('The recorded responses of this site set no cookie.');
  });

  it('shows 2,000 cookies a screenful at a time, asking for more and for what the search matches', async () => {
    const acts = actions();
    const p = await popup([ledgerOf(manyCookieSteps(2000), { maxCookies: 2000 })], acts);
    expect(p.$('.site-counts').textContent).toBe('2000 responses · 2000 cookies');
    expect(p.$$('li[data-cookie]')).toHaveLength(50);
    expect(p.$('.cookies-section .more-button').textContent).toBe('Show 50 more cookies (1950 hidden)');
    await p.click('.cookies-section .more-button');
    expect(acts.setQuery).toHaveBeenLastCalledWith(expect.objectContaining({ cookies: 100 }));
    expect(p.$$('li[data-cookie]')).toHaveLength(100);
    await p.type('input[type="search"]', 'c1999');
    expect(acts.setQuery).toHaveBeenLastCalledWith(expect.objectContaining({ query: 'c1999', cookies: 50 }));
    expect(p.$$('li[data-cookie]').map((li) => li.dataset.cookie)).toEqual(['c1999']);
    expect(p.$('.cookies-section .heading-count').textContent).toBe('1 of 2000');
  });
});

describe('page text', () => {
  it('is rendered as text, never as markup, in names, values and decoded sessions', async () => {
    const lines = [`<b>name</b>=${IMG}${SVG}; Path=/`, `session=${FLASK_XSS_VALUE}; Path=/`];
    const p = await popup([ledgerOf([{ path: '/', lines }])]);
    for (const row of p.$$('li[data-cookie] details')) await p.open(row);
    for (const button of p.$$('.raw-block button, .is-sensitive button')) await p.click(button);
    expect(p.root.querySelector('img, b, svg:not(.sparkline svg)')).toBeNull();
    expect(p.$$('li[data-cookie]').map((li) => li.dataset.cookie)).toContain('<b>name</b>');
    expect(p.$('li[data-cookie="<b>name</b>"] .raw-line').textContent).toBe(`<b>name</b>=${IMG}${SVG}; Path=/`);
    const session = Object.fromEntries(
      p.$$('li[data-cookie="session"] .session-table tbody tr').map((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('td')?.textContent]),
    );
    expect(session[IMG]).toBe(SVG);
    expect(session['user']).toBe(IMG);
  });
});
