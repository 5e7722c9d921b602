import { describe, expect, it } from 'vitest';
import { createPageTracker } from '../../../src/core/har/page-tracker';

describe('createPageTracker', () => {
  it('places a response in its page by the page\'s latest top-level document', () => {
    const pages = createPageTracker();
    pages.addPages([{ id: 'p1', title: 'Shop' }]);
    expect(pages.document({ url: 'http://shop.example/', pageref: 'p1' })).toBe('main_frame');
    expect(pages.document({ url: 'https://shop.example/', pageref: 'p1' })).toBe('main_frame');
    expect(pages.topUrlFor('p1', 'https://elsewhere.example/')).toBe('https://shop.example/');
  });

  it('uses a page title that is a URL before the page\'s document is seen (Chrome, Firefox)', () => {
    const pages = createPageTracker();
    pages.addPages([{ id: 'page_1', title: 'https://shop.example/cart' }]);
    expect(pages.topUrlFor('page_1', undefined)).toBe('https://shop.example/cart');
  });

  it('ignores a page title that is not a URL (Playwright writes the document title)', () => {
    const pages = createPageTracker();
    pages.addPages([{ id: 'page@1', title: 'Flask demo' }]);
    expect(pages.topUrlFor('page@1', undefined)).toBeNull();
  });

  it('falls back to the Referer, then to the latest top-level document', () => {
    const pages = createPageTracker();
    pages.document({ url: 'http://news.example/' });
    expect(pages.topUrlFor(undefined, 'http://blog.example/post/1')).toBe('http://blog.example/post/1');
    expect(pages.topUrlFor('unknown-page', undefined)).toBe('http://news.example/');
    expect(pages.topUrlFor(undefined, 'not a url')).toBe('http://news.example/');
  });

  it('knows nothing before any document', () => {
    expect(createPageTracker().topUrlFor(undefined, undefined)).toBeNull();
  });

  it('tells a frame from the top-level document by Sec-Fetch-Dest', () => {
    const pages = createPageTracker();
    pages.addPages([{ id: 'p', title: 'https://shop.example/' }]);
    expect(pages.document({ url: 'https://shop.example/', pageref: 'p', fetchDest: 'document' })).toBe('main_frame');
    expect(pages.document({ url: 'https://widgets.example/embed', pageref: 'p', fetchDest: 'iframe' })).toBe('sub_frame');
    expect(pages.topUrlFor('p', 'https://widgets.example/embed')).toBe('https://shop.example/');
  });

  it('tells a frame from the top-level document by Playwright\'s _frameref', () => {
    const pages = createPageTracker();
    pages.addPages([{ id: 'page@1', title: '' }]);
    expect(pages.document({ url: 'http://a.example/', pageref: 'page@1', frameref: 'frame@main' })).toBe('main_frame');
    expect(pages.document({ url: 'http://b.example/frame', pageref: 'page@1', frameref: 'frame@child' })).toBe('sub_frame');
    expect(pages.document({ url: 'http://a.example/next', pageref: 'page@1', frameref: 'frame@main' })).toBe('main_frame');
    expect(pages.topUrlFor('page@1', undefined)).toBe('http://a.example/next');
  });

  it('takes a document the parser or a script requested, in a page that has its document, for a frame (Chrome over plain http)', () => {
    const pages = createPageTracker();
    pages.addPages([{ id: 'page_1', title: 'http://shop.example/' }]);
    expect(pages.document({ url: 'http://shop.example/', pageref: 'page_1', initiator: 'other' })).toBe('main_frame');
    expect(pages.document({ url: 'http://ads.example/frame', pageref: 'page_1', initiator: 'parser' })).toBe('sub_frame');
    expect(pages.document({ url: 'http://ads.example/other', pageref: 'page_1', initiator: 'script' })).toBe('sub_frame');
    expect(pages.document({ url: 'http://shop.example/next', pageref: 'page_1', initiator: 'other' })).toBe('main_frame');
    expect(pages.document({ url: 'http://elsewhere.example/', initiator: 'parser' })).toBe('main_frame');
    expect(pages.topUrlFor('page_1', undefined)).toBe('http://shop.example/next');
  });

  it('skips malformed pages and keeps the first of two with one id', () => {
    const pages = createPageTracker();
    pages.addPages([null, 3, { title: 'https://x.example/' }, { id: 'p', title: 'https://first.example/' }, { id: 'p', title: 'https://second.example/' }]);
    pages.addPages('not an array');
    expect(pages.topUrlFor('p', undefined)).toBe('https://first.example/');
  });
});
