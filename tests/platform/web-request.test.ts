import { describe, expect, it } from 'vitest';
import { headersReceivedOptions, observationFrom, type HeadersReceivedDetails } from '../../src/platform/web-request';

describe('headersReceivedOptions', () => {
  it("asks Chrome for 'extraHeaders', which it needs to show Set-Cookie", () => {
    const chromeLike = { OnHeadersReceivedOptions: { BLOCKING: 'blocking', RESPONSE_HEADERS: 'responseHeaders', EXTRA_HEADERS: 'extraHeaders' } };
    expect(headersReceivedOptions(chromeLike)).toEqual(['responseHeaders', 'extraHeaders']);
  });

  it("never passes 'extraHeaders' to Firefox, which throws on it", () => {
    const firefoxLike = { OnHeadersReceivedOptions: { BLOCKING: 'blocking', RESPONSE_HEADERS: 'responseHeaders' } };
    expect(headersReceivedOptions(firefoxLike)).toEqual(['responseHeaders']);
    expect(headersReceivedOptions({})).toEqual(['responseHeaders']);
  });
});

describe('observationFrom', () => {
  const base: HeadersReceivedDetails = { tabId: 4, url: 'https://a.example/x', type: 'xmlhttprequest', statusCode: 200, timeStamp: 1700000000000.6 };

  it('keeps each Set-Cookie header Chrome reports as its own line', () => {
    const obs = observationFrom({ ...base, responseHeaders: [{ name: 'Set-Cookie', value: 'a=1' }, { name: 'set-cookie', value: 'b=2; Path=/' }] }, 'https://a.example/', false);
    expect(obs.setCookies).toEqual(['a=1', 'b=2; Path=/']);
    expect(obs.time).toBe(1700000000001);
  });

  it('splits the newline-joined Set-Cookie header Firefox reports', () => {
    const obs = observationFrom({ ...base, responseHeaders: [{ name: 'set-cookie', value: 'a=1\nb=2; Secure' }] }, null, false);
    expect(obs.setCookies).toEqual(['a=1', 'b=2; Secure']);
  });

  it('records the cache, content-type, vary and HSTS headers and the private flag', () => {
    const obs = observationFrom(
      {
        ...base,
        type: 'imageset',
        responseHeaders: [
          { name: 'Cache-Control', value: 'public' },
          { name: 'cache-control', value: 'max-age=60' },
          { name: 'Content-Type', value: 'image/png' },
          { name: 'Vary', value: 'Cookie' },
          { name: 'Strict-Transport-Security', value: 'max-age=63072000' },
        ],
      },
      'https://a.example/',
      true,
    );
    expect(obs).toMatchObject({ type: 'image', cacheControl: 'public, max-age=60', contentType: 'image/png', vary: 'Cookie', hsts: 'max-age=63072000', incognito: true });
  });
});
