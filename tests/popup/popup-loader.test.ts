import { describe, expect, it } from 'vitest';
import type { TabView } from '../../src/core/messages';
import { COOKIE_PAGE, FIRST_PAGE, GROUP_PAGE, type PageQuery } from '../../src/core/view';
import { createPopupLoader, FIRST_SCREEN, type PopupState } from '../../src/popup/popup-loader';
import { flaskSteps, ledgerOf, manyCookieSteps, tabView } from '../ui/support/fixtures';

/**
 * The loader against a stand-in background that answers each question as get-tab-view would, from
 * a real ledger, and a paint that happens when the test says so.
 */
function harness(ledger = ledgerOf(manyCookieSteps(300)), extra: Partial<TabView> = {}) {
  const asked: PageQuery[] = [];
  const shown: PopupState[] = [];
  let paints = 0;
  const loader = createPopupLoader({
    ask: async (query) => {
      asked.push(query);
      return tabView(ledger, extra, {}, query);
    },
    show: (state) => shown.push(state),
    afterPaint: async () => {
      paints += 1;
    },
  });
  return { loader, asked, shown, paints: () => paints };
}

const last = <T>(list: readonly T[]): T => list[list.length - 1] as T;

describe('the popup loader', () => {
  it('asks first for what a 600 px popup shows, and draws it before anything else is asked', async () => {
    const asked: PageQuery[] = [];
    const shown: PopupState[] = [];
    const ledger = ledgerOf(manyCookieSteps(300));
    /** At each paint the loader waits for: how many questions were asked, and what was drawn. */
    const paints: { asked: number; state: PopupState | undefined }[] = [];
    const loader = createPopupLoader({
      ask: async (query) => {
        asked.push(query);
        return tabView(ledger, {}, {}, query);
      },
      show: (state) => shown.push(state),
      afterPaint: async () => {
        paints.push({ asked: asked.length, state: last(shown) });
      },
    });
    await loader.open();
    expect(asked[0]).toEqual(FIRST_SCREEN);
    expect(paints[0]?.asked).toBe(1);
    expect(paints[0]?.state?.view.page?.groups).toHaveLength(FIRST_SCREEN.groups);
    expect(paints[0]?.state?.view.page?.cookies).toHaveLength(FIRST_SCREEN.cookies);
  });

  it('fills the rest of the first page after the first render is painted, then calls the popup complete', async () => {
    const h = harness();
    await h.loader.open();
    expect(h.asked.map((q) => [q.groups, q.cookies])).toEqual([
      [FIRST_SCREEN.groups, FIRST_SCREEN.cookies],
      [GROUP_PAGE, COOKIE_PAGE],
    ]);
    expect(h.paints()).toBe(1);
    // Tests and the bench wait for "complete": by then the whole first page is there.
    const firstComplete = h.shown.find((s) => s.complete);
    expect(firstComplete?.view.page?.cookies).toHaveLength(COOKIE_PAGE);
    expect(h.shown[0]?.complete).toBe(false);
    const done = last(h.shown);
    expect(done.complete).toBe(true);
    expect(done.view.page?.groups).toHaveLength(GROUP_PAGE);
    expect(done.view.page?.cookies).toHaveLength(COOKIE_PAGE);
    expect(done.query).toEqual({ ...FIRST_PAGE });
  });

  it('asks once when the first screen already holds the whole site', async () => {
    const h = harness(ledgerOf(flaskSteps()));
    await h.loader.open();
    expect(h.asked).toEqual([FIRST_SCREEN]);
    expect(h.paints()).toBe(0);
    expect(last(h.shown).complete).toBe(true);
  });

  it('tries the wordlist last, once the first page is complete, and says so while it does', async () => {
    const h = harness(ledgerOf(manyCookieSteps(300)), { wordlist: 20_000 });
    await h.loader.open();
    expect(h.asked.map((q) => q.wordlist)).toEqual([false, false, true]);
    const checking = h.shown.filter((s) => s.checkingSecrets === 20_000);
    expect(checking.length).toBeGreaterThan(0);
    expect(checking.every((s) => s.complete && s.view.page?.cookies.length === COOKIE_PAGE)).toBe(true);
    expect(last(h.shown).checkingSecrets).toBe(0);
    expect(last(h.shown).query).toEqual({ ...FIRST_PAGE, wordlist: true });
  });

  it('keeps a filter the user set before the fill, and fills that filter’s first page', async () => {
    const answers: Array<() => void> = [];
    const asked: PageQuery[] = [];
    const ledger = ledgerOf(manyCookieSteps(300));
    const shown: PopupState[] = [];
    const loader = createPopupLoader({
      ask: (query) => {
        asked.push(query);
        return new Promise((resolve) => answers.push(() => resolve(tabView(ledger, {}, {}, query))));
      },
      show: (state) => shown.push(state),
      afterPaint: async () => {
        // The user types during the first paint.
        void loader.load({ ...FIRST_SCREEN, query: 'c01' });
      },
    });
    const opened = loader.open();
    while (answers.length < 1) await Promise.resolve();
    answers.shift()?.();
    while (answers.length < 2) await new Promise((resolve) => setTimeout(resolve, 0));
    // The typed query's answer and the fill's arrive; only the latest question's is shown.
    answers.shift()?.();
    answers.shift()?.();
    await opened;
    expect(asked.slice(1).map((q) => q.query)).toEqual(['c01', 'c01']);
    expect(last(asked)).toMatchObject({ query: 'c01', groups: GROUP_PAGE, cookies: COOKIE_PAGE });
    expect(last(shown).view.page?.cookies.every((c) => c.summary.name.startsWith('c01'))).toBe(true);
  });
});
