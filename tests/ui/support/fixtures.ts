/**
 * Tab views built the way the background builds them: real Set-Cookie lines recorded through the
 * real ledger, then handed to the UI as the `get-tab-view` message would.
 */
import type { JarCookie } from '../../../src/core/audit/types';
import { createLedger, recordObservation } from '../../../src/core/ledger';
import { DEFAULT_LIMITS, type Ledger } from '../../../src/core/ledger/types';
import { DEFAULT_SETTINGS, type Settings, type TabView } from '../../../src/core/messages';
import { auditSiteWithJar, FIRST_PAGE, siteModel, sitePage, type PageQuery, type SiteModel } from '../../../src/core/view';
import type { Observation } from '../../../src/core/observation';
import { FLASK_LIVE } from '../../core/audit/lines';

export const NOW = Date.UTC(2026, 10, 23, 18, 0, 0);
export const SITE = 'http://127.0.0.1:5000';

/** A Flask session signed with SECRET_KEY='dev' holding a password: the classic leak. */
export const FLASK_PASSWORD_VALUE =
  'eyJfcGVybWFuZW50Ijp0cnVlLCJ1c2VyIjoiYWxpY2UiLCJwYXNzd29yZCI6Imh1bnRlcjIiLCJfdXNlcl9pZCI6IjQyIn0.awSMHg.bQVfMVKgLURR1JgK-VJJaYYsSeA';
/** A Flask session signed with 'dev' whose key and values are markup: {'<img …>': '<svg …>', user: '<img …>'}. */
export const FLASK_XSS_VALUE =
  '.eJyrVrLJzE1XKC5Ktq1QyM9LLSrKL7JNzEktKtEw1LRTslKyKS5LB0rk5CemIInrKJUWpxaBpPHprgUA3MAfSg.awSMHg.-1y6w2MOJimh-O7bWsdB1tQ1Gow';
export const IMG = '<img src=x onerror=alert(1)>';
export const SVG = '<svg onload=alert(1)>';

type Step = { path: string; type?: Observation['type']; lines?: string[]; cacheControl?: string; contentType?: string };

/** Records the steps as responses of one page visit on SITE, a second apart, ending at NOW. */
export function ledgerOf(steps: readonly Step[], options: { site?: string; maxCookies?: number } = {}): Ledger {
  const site = options.site ?? SITE;
  const ledger = createLedger();
  const limits = { ...DEFAULT_LIMITS, maxCookiesPerSite: options.maxCookies ?? DEFAULT_LIMITS.maxCookiesPerSite };
  steps.forEach((s, i) => {
    const obs: Observation = {
      tabId: 1,
      topUrl: `${site}/`,
      url: `${site}${s.path}`,
      type: s.type ?? (i === 0 ? 'main_frame' : 'xmlhttprequest'),
      status: 200,
      fromCache: false,
      time: NOW - (steps.length - i) * 1000,
      setCookies: s.lines ?? [],
      ...(s.cacheControl ? { cacheControl: s.cacheControl } : {}),
      ...(s.contentType ? { contentType: s.contentType } : {}),
    };
    recordObservation(ledger, obs, { limits });
  });
  return ledger;
}

/** The site audited as the background audits it (built-in secrets, the jar given), or null when unknown. */
export function modelOf(ledger: Ledger, site: string = SITE, jar: JarCookie[] = [], wordlist: string[] = []): SiteModel | null {
  const record = ledger.sites[site] ?? null;
  const audit = auditSiteWithJar(site, record, jar, { now: NOW, wordlist, includeValues: false });
  return audit && siteModel(audit, record, jar);
}

/** What `get-tab-view` answers for a tab showing `extra.site` (SITE unless told), cut by `query`. */
export function tabView(ledger: Ledger, extra: Partial<TabView> & { jar?: JarCookie[] } = {}, settings: Partial<Settings> = {}, query: PageQuery = FIRST_PAGE): TabView {
  const { jar = [], ...rest } = extra;
  const site = rest.site === undefined ? SITE : rest.site;
  const model = site ? modelOf(ledger, site, jar) : null;
  return {
    tabId: 7,
    url: site ? `${site}/` : 'chrome://newtab/',
    site,
    incognito: false,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    notice: null,
    wordlist: 0,
    page: model && sitePage(model, query),
    ...rest,
  };
}

/** The Flask fixture app's permanent session, re-sent on every response, plus a tracker and a leaky session. */
export function flaskSteps(): Step[] {
  const session = (i: number) => FLASK_LIVE[i % FLASK_LIVE.length] as string;
  return [
    { path: '/', lines: [session(0), 'tracker=1; SameSite=None; Path=/'] },
    { path: '/static/pixel.svg', type: 'image', lines: [session(1)] },
    { path: '/app.js', type: 'script', lines: [session(2)] },
    { path: '/api/me', lines: [session(3)], contentType: 'application/json' },
    { path: '/favicon.ico', type: 'image', lines: [session(0)] },
    { path: '/problems/', lines: [`leaky=${FLASK_PASSWORD_VALUE}; HttpOnly; Path=/; SameSite=Lax`] },
  ];
}

/** `count` distinct cookies set by one response each: a site with a cookie for everything. */
export function manyCookieSteps(count: number): Step[] {
  return Array.from({ length: count }, (_, i) => ({ path: `/p/${i}`, lines: [`c${String(i).padStart(4, '0')}=v${i}; Path=/`] }));
}
