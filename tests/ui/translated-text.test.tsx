// @vitest-environment jsdom
/**
 * A translation is a messages.json and nothing else: the popup shows core's text (finding messages
 * and fixes, session warnings and attribution) through the browser's i18n under the catalogue ids,
 * and core's English wherever the locale has nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translationProblems, type LocaleMessages } from '../../src/core/i18n/locale-messages';
import { FIRST_PAGE } from '../../src/core/view';
import { Popup, type PopupActions } from '../../src/popup/popup';
import { setTranslator } from '../../src/ui/i18n';
import { FLASK_LIVE } from '../core/audit/lines';
import { mount, type Mounted } from './support/dom';
import { FLASK_PASSWORD_VALUE, ledgerOf, tabView } from './support/fixtures';
import { BUILT_MESSAGES, getMessage, installTranslator, lookupIn, MESSAGES } from './support/translator';

const arg = (n: number) => ({ [`arg${n}`]: { content: `$${n}` } });

/** Part of a French messages.json, as a translator would write it: the ids and placeholders of the English. */
const FRENCH: LocaleMessages = {
  labelCookieStart: { message: 'Le cookie $ARG1$', placeholders: arg(1) },
  findingWithoutHttpOnly: { message: "$ARG1$ n'a pas HttpOnly : tout script de la page peut le lire.", placeholders: arg(1) },
  fixPythonCallHttpOnly: { message: "Passez httponly=True à response.set_cookie('$ARG1$', …).", placeholders: arg(1) },
  warnLowEntropy: { message: "L'identifiant porte au plus $ARG1$ bits d'entropie (au moins $ARG2$ recommandés).", placeholders: { ...arg(1), ...arg(2) } },
  meaningFlaskLoginUserId: { message: "identifiant de l'utilisateur connecté" },
};

/** The browser's lookup in a French locale: French where it has the id, the default locale (English) otherwise. */
function french(key: string, substitutions?: string[]): string {
  return key in FRENCH ? lookupIn(FRENCH)(key, substitutions) : getMessage(key, substitutions);
}

const steps = [
  { path: '/', lines: [FLASK_LIVE[0], 'theme=dark; Path=/; SameSite=Lax', 'PHPSESSID=abc123; Path=/; HttpOnly; SameSite=Lax'] },
  { path: '/account/', lines: [`leaky=${FLASK_PASSWORD_VALUE}; HttpOnly; Path=/; SameSite=Lax`] },
];

const actions: PopupActions = { setPaused: vi.fn(), clearSite: vi.fn(), openReport: vi.fn(), exportSite: vi.fn(async () => 'x.json'), setQuery: vi.fn() };

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  installTranslator();
});

async function popupIn(translate: (key: string, substitutions?: string[]) => string) {
  setTranslator(translate);
  mounted = await mount(<Popup view={tabView(ledgerOf(steps))} query={FIRST_PAGE} checkingSecrets={0} actions={actions} />);
  return mounted;
}

function finding(p: Mounted, cookie: string, rule: string): HTMLElement {
  return p.$(`[data-cookie-name="${cookie}"][data-rule="${rule}"]`);
}

describe('the popup in a language the extension is translated into', () => {
  it('uses a fake French that is a valid translation', () => {
    expect(translationProblems(BUILT_MESSAGES, FRENCH)).toEqual([]);
  });

  it("shows a finding's message and fix in French when the locale has their ids", async () => {
    const p = await popupIn(french);
    const item = finding(p, 'theme', 'cookie-without-httponly');
    expect(item.querySelector('.finding-message')?.textContent).toBe(`Le cookie "theme" n'a pas HttpOnly : tout script de la page peut le lire.`);
    expect(item.querySelector('.finding-fix')?.textContent).toBe("Fix: Passez httponly=True à response.set_cookie('theme', …).");
  });

  it('keeps the English of a finding whose ids the locale lacks, as the browser falls back to the default locale', async () => {
    const p = await popupIn(french);
    const item = finding(p, 'session', 'samesite-missing');
    expect(item.querySelector('.finding-message')?.textContent).toBe(
      'The session cookie "session" has no SameSite attribute, and browsers differ in the default they apply (Chrome Lax, Firefox and Safari None).',
    );
  });

  it('shows session warnings and what a key means in French, the library name as it is', async () => {
    const p = await popupIn(french);
    await p.open(p.$('li[data-cookie="PHPSESSID"] details'));
    expect(p.$('li[data-cookie="PHPSESSID"] .warnings').textContent).toBe("L'identifiant porte au plus 24 bits d'entropie (au moins 64 recommandés).");
    await p.open(p.$('li[data-cookie="leaky"] details'));
    const userId = [...p.$$('li[data-cookie="leaky"] .session-table tbody tr')].find((tr) => tr.querySelector('th')?.textContent === '_user_id');
    expect(userId?.querySelector('.attribution')?.textContent).toBe("Flask-Login identifiant de l'utilisateur connecté");
  });
});

describe('the popup when no locale has core ids at all', () => {
  /** A lookup that knows only the UI's own messages and answers '' otherwise, as browser.i18n does. */
  const uiOnly = (key: string, substitutions?: string[]) => (key in MESSAGES ? getMessage(key, substitutions) : '');

  it("falls back to core's English for the whole message, not to ids or half-rendered text", async () => {
    const english = await popupIn(getMessage);
    const expected = english.$$('.finding-message, .finding-fix').map((m) => m.textContent);
    english.unmount();
    const p = await popupIn(uiOnly);
    expect(p.$$('.finding-message, .finding-fix').map((m) => m.textContent)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(6);
  });
});
