import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionView, type Harness } from './support/harness';
import { startFlask, type FlaskServer } from './support/flask-server';
import { waitFor } from './support/wait-for';

/**
 * Every finding the popup must show for the Flask fixture's /problems/ page (signed with the docs'
 * 'dev' key), as `ruleId:severity`, per cookie; anything else it shows is a false positive. Why each
 * fires, from FINDINGS.md's triggers (docs/findings.md says how each is checked):
 *
 * session — Flask's permanent session, `HttpOnly; SameSite=Lax`, Expires in 31 days, no `Secure`:
 * - session-known-secret: its signature verifies with 'dev', a secret from Flask's docs;
 * - set-cookie-on-cacheable-response: Flask re-sent it on /problems/cached (`public, max-age=600`);
 * - client-session-readable, high: signed, not encrypted, and it holds a password (high when sensitive);
 * - session-sensitive-data: the payload has a `password` key;
 * - constantly-refreshed, medium: re-set on every response (7 of 7), the payload unchanged after the
 *   first, only the timestamp moving (SESSION_REFRESH_EACH_REQUEST);
 * - long-lived-session: a session cookie living 31 days (> 30);
 * - set-cookie-on-static-asset: re-set on the stylesheet, the image, the script and the favicon 404;
 * - set-cookie-on-api-response: re-set on the JSON answer to fetch('/api/me');
 * - cookie-over-http, info: set by plain http://, but from loopback, which browsers treat as secure.
 * tracker — `SameSite=None` without `Secure`: samesite-none-insecure. The line is refused, so it is
 *   judged by the refusal rule alone (no over-http, HttpOnly or SameSite findings for a cookie the
 *   browser never held).
 * big — 5000 bytes of value: cookie-oversized; refused, so nothing else (not cookie-large either).
 * __Host-id — `Domain` and no `Secure`: prefix-violation; refused, so nothing else.
 * remember_token — Flask-Login's remember cookie ('token': session-like), `Max-Age` of 500 days,
 *   `HttpOnly; SameSite=Lax`:
 * - expiry-over-400-days: it asks for 500 days;
 * - long-lived-session: a session-like cookie living longer than 30 days (the 400-day cap);
 * - cookie-over-http, info: loopback again.
 * warmup — `HttpOnly; SameSite=Lax`, set by the harness's warm-up page on another port of
 *   127.0.0.1: cookies ignore ports, so the browser's jar sends it to this site too, and the popup
 *   audits it from the jar snapshot: cookie-over-http, info, and nothing else.
 *
 * Absent on purpose, among everything else: cookie-without-secure (that rule is about https://
 * responses; over loopback http:// the transport rule says info), secure-cookie-over-http (no
 * cookie has `Secure`), cookie-without-httponly and samesite-missing (the live cookies have both).
 *
 * Chromium and Firefox agree here: both refuse tracker (Firefox ESR too requires `Secure` with
 * `SameSite=None`), big and __Host-id — the test checks their jars below — so one table serves both.
 */
const EXPECTED: Record<string, string[]> = {
  session: [
    'session-known-secret:critical',
    'set-cookie-on-cacheable-response:high',
    'client-session-readable:high',
    'session-sensitive-data:high',
    'constantly-refreshed:medium',
    'long-lived-session:medium',
    'set-cookie-on-static-asset:low',
    'cookie-over-http:info',
    'set-cookie-on-api-response:info',
  ],
  tracker: ['samesite-none-insecure:high'],
  big: ['cookie-oversized:high'],
  '__Host-id': ['prefix-violation:high'],
  remember_token: ['expiry-over-400-days:info', 'long-lived-session:medium', 'cookie-over-http:info'],
  warmup: ['cookie-over-http:info'],
};

/** Every finding the popup lists, as sorted `ruleId:severity` per cookie name ('' for site-wide ones). */
async function findingsByCookie(popup: ExtensionView): Promise<Record<string, string[]>> {
  const [rules, severities, cookies] = await Promise.all([
    popup.attrs('[data-rule]', 'data-rule'),
    popup.attrs('[data-rule]', 'data-severity'),
    popup.attrs('[data-rule]', 'data-cookie-name'),
  ]);
  const byCookie: Record<string, string[]> = {};
  rules.forEach((rule, i) => (byCookie[cookies[i] ?? ''] ??= []).push(`${rule}:${severities[i] ?? ''}`));
  for (const list of Object.values(byCookie)) list.sort();
  return byCookie;
}

function sorted(table: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(table).map(([cookie, list]) => [cookie, [...list].sort()]));
}

describe.each(BROWSERS)('audit findings in $name', ({ available, launch }) => {
  let flask: FlaskServer;
  let browser: Harness;

  beforeAll(async () => {
    if (!available()) return;
    flask = await startFlask('dev');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await flask?.stop();
  });

  /** Opens the popup until it counts every response Flask served this browser: all are recorded. */
  async function popupWithEveryResponse(tabId: number): Promise<ExtensionView> {
    return waitFor('the popup to count every response Flask served', async () => {
      const served = await flask.served();
      const view = await browser.popup(tabId);
      const counted = Number(/^(\d+) responses/.exec((await view.text('.site-counts')) ?? '')?.[1]);
      if (counted === served) return view;
      await view.close();
      return undefined;
    });
  }

  it.runIf(available())('shows exactly the expected rule ids and severities for each cookie of a badly configured Flask site', async () => {
    const page = await browser.openPage(`${flask.origin}/problems/`, 'ready');
    const popup = await popupWithEveryResponse(page.tabId);
    expect(await popup.text('.more-button'), 'every finding group is on the first screen').toBeNull();
    expect(await findingsByCookie(popup)).toEqual(sorted(EXPECTED));
    expect(await popup.texts('.finding-meta .badge'), 'no finding is marked third-party').toEqual([]);
    // What the page's scripts may read of its jar: tracker, big and __Host-id have no HttpOnly, so
    // an empty jar here means the browser refused all three, as the refusal findings say.
    expect(await page.evaluate<string>('document.cookie')).toBe('');

    const serious = Object.values(EXPECTED).flat().filter((f) => f.endsWith(':critical') || f.endsWith(':high')).length;
    await waitFor('the badge to show the high and critical findings', async () => (await browser.badgeText(page.tabId)) === String(serious));
    await popup.close();
    await page.close();
  });
});
