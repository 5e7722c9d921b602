/**
 * What the popup asks the background, and in what order, so that it paints as soon as it can.
 *
 * A popup is at most 600 px tall: it shows the header, the filters and two or three finding
 * groups before anyone scrolls. So the first question asks for a little more than that
 * (FIRST_SCREEN), and only after that is painted does the popup fill the rest of the usual first
 * page (40 groups, 50 cookies): for a site with 2,000 cookies that page is 150 kB to cut, send and
 * render, which the user would otherwise wait for without seeing any of it. The user's wordlist
 * (tens of thousands of secrets) is tried last, once everything else is on screen.
 */
import type { TabView } from '../core/messages';
import { COOKIE_PAGE, FIRST_PAGE, GROUP_PAGE, type PageQuery } from '../core/view/page-query';

export const FIRST_SCREEN: PageQuery = { ...FIRST_PAGE, groups: 4, cookies: 10 };

export interface PopupState {
  view: TabView;
  query: PageQuery;
  /** Secrets of the user's wordlist still being tried (0 once done). */
  checkingSecrets: number;
  /** The first page is all there (tests and the bench wait for this): only the wordlist may follow. */
  complete: boolean;
}

export interface PopupLoaderDeps {
  ask(query: PageQuery): Promise<TabView>;
  show(state: PopupState): void;
  /** Resolves once what was shown has been painted. */
  afterPaint(): Promise<void>;
}

export interface PopupLoader {
  open(): Promise<void>;
  /** Asks for another screenful (filters changed, more rows wanted, the site changed). */
  load(query: PageQuery): Promise<void>;
  readonly query: PageQuery;
  readonly view: TabView | null;
}

export function createPopupLoader({ ask, show, afterPaint }: PopupLoaderDeps): PopupLoader {
  let view: TabView | null = null;
  let query: PageQuery = FIRST_SCREEN;
  let checkingSecrets = 0;
  let complete = false;
  /** Answers arrive out of order when the user types fast: only the latest question's is shown. */
  let asked = 0;

  const draw = () => {
    if (view) show({ view, query, checkingSecrets, complete });
  };

  async function load(next: PageQuery): Promise<void> {
    const ticket = ++asked;
    query = next;
    draw();
    const answer = await ask(next);
    if (ticket !== asked) return;
    view = answer;
    draw();
  }

  async function open(): Promise<void> {
    await load(FIRST_SCREEN);
    const page = view?.page;
    if (page && (page.moreGroups > 0 || page.moreCookies > 0)) {
      await afterPaint();
      // From the query as it is now: a filter set meanwhile keeps its own first page.
      await load({ ...query, groups: Math.max(query.groups, GROUP_PAGE), cookies: Math.max(query.cookies, COOKIE_PAGE) });
    }
    complete = true;
    if (!view?.page || view.wordlist === 0) {
      draw();
      return;
    }
    checkingSecrets = view.wordlist;
    draw();
    await afterPaint();
    await load({ ...query, wordlist: true });
    checkingSecrets = 0;
    draw();
  }

  return {
    open,
    load,
    get query() {
      return query;
    },
    get view() {
      return view;
    },
  };
}
