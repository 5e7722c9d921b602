/**
 * Which top-level page each HAR entry belongs to, the HAR counterpart of the extension's tab
 * tracker. HAR order is request order, so the tracker is fed entries one by one and remembers only
 * what later entries need: per page, its current top-level URL and main frame.
 *
 * A response's page is, in order of preference:
 *   1. its `pageref`'s page: the latest top-level document of that page, else the page `title` when
 *      it is a URL (Chrome and Firefox write the URL there, Playwright the document title);
 *   2. the `Referer` of the request (HARs without pages: proxies, hand-made files);
 *   3. the latest top-level document in the HAR;
 *   4. none: the response is its own page.
 * A document is top-level when `Sec-Fetch-Dest` says `document`. Without that header (plain http to
 * a non-loopback host): Playwright's `_frameref` tells, being the frame of its page's first document
 * or not; a document Chrome says the HTML parser or a script requested (`_initiator`) is a frame
 * once its page has a top-level document (DevTools starts a new page for each navigation); any other
 * document is assumed to be top-level.
 */
import { isObject, stringAt } from './har-json';

interface PageState {
  titleUrl: string | null;
  mainUrl: string | null;
  mainFrame: string | null;
}

export interface DocumentFacts {
  url: string;
  pageref?: string;
  frameref?: string;
  fetchDest?: string;
  /** Chrome's `_initiator.type`: 'parser', 'script', 'other', ... */
  initiator?: string;
}

export interface PageTracker {
  /** Registers `log.pages`; entries that reference an unknown page fall back to rules 2-4. */
  addPages(pages: unknown): void;
  /** Decides main_frame / sub_frame for a document, and remembers a top-level one as its page's URL. */
  document(doc: DocumentFacts): 'main_frame' | 'sub_frame';
  /** The top-level URL for a response that is not itself a top-level document. */
  topUrlFor(pageref: string | undefined, referer: string | undefined): string | null;
}

export function createPageTracker(): PageTracker {
  const pages = new Map<string, PageState>();
  let lastMainUrl: string | null = null;

  function isMainFrame(doc: DocumentFacts, page: PageState | undefined): boolean {
    const dest = doc.fetchDest?.trim().toLowerCase();
    if (dest === 'document') return true;
    if (dest === 'iframe' || dest === 'frame' || dest === 'fencedframe') return false;
    if (page === undefined || page.mainUrl === null) return true;
    if (doc.frameref !== undefined && page.mainFrame !== null) return doc.frameref === page.mainFrame;
    return doc.initiator !== 'parser' && doc.initiator !== 'script';
  }

  return {
    addPages(value) {
      if (!Array.isArray(value)) return;
      for (const item of value) {
        if (!isObject(item)) continue;
        const id = stringAt(item, 'id');
        if (id === undefined || pages.has(id)) continue;
        pages.set(id, { titleUrl: httpUrl(stringAt(item, 'title')), mainUrl: null, mainFrame: null });
      }
    },
    document(doc) {
      const page = doc.pageref === undefined ? undefined : pages.get(doc.pageref);
      if (!isMainFrame(doc, page)) return 'sub_frame';
      if (page !== undefined) {
        page.mainUrl = doc.url;
        page.mainFrame ??= doc.frameref ?? null;
      }
      lastMainUrl = doc.url;
      return 'main_frame';
    },
    topUrlFor(pageref, referer) {
      const page = pageref === undefined ? undefined : pages.get(pageref);
      return page?.mainUrl ?? page?.titleUrl ?? httpUrl(referer) ?? lastMainUrl;
    },
  };
}

function httpUrl(text: string | undefined): string | null {
  if (text === undefined || !/^https?:\/\//i.test(text)) return null;
  try {
    return new URL(text).href;
  } catch {
    return null;
  }
}
