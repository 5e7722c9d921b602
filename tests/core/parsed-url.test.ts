import { describe, expect, it } from 'vitest';
import { parsedUrl, urlHost, urlOrigin } from '../../src/core/parsed-url';

describe('parsedUrl', () => {
  it("keeps a response's URL and its page's URL parsed while they alternate", () => {
    const page = parsedUrl('https://shop.example/');
    const image = parsedUrl('https://cdn.example/a.gif');
    expect(parsedUrl('https://shop.example/')).toBe(page);
    expect(parsedUrl('https://cdn.example/a.gif')).toBe(image);
    expect(page?.hostname).toBe('shop.example');
  });

  it('parses again a URL that two others have pushed out', () => {
    const first = parsedUrl('https://one.example/');
    parsedUrl('https://two.example/');
    parsedUrl('https://three.example/');
    const again = parsedUrl('https://one.example/');
    expect(again).not.toBe(first);
    expect(again?.href).toBe('https://one.example/');
  });

  it('gives null for text that is no URL, every time', () => {
    expect(parsedUrl('not a url')).toBeNull();
    expect(parsedUrl('not a url')).toBeNull();
    expect(parsedUrl('')).toBeNull();
  });
});

describe('urlOrigin and urlHost', () => {
  it('give what the URL says, the host in lower case, and the same again from the kept entry', () => {
    expect(urlOrigin('https://Shop.Example:8443/a?b')).toBe('https://shop.example:8443');
    expect(urlOrigin('https://Shop.Example:8443/a?b')).toBe('https://shop.example:8443');
    expect(urlHost('https://Shop.Example:8443/a?b')).toBe('shop.example');
    expect(urlHost('https://Shop.Example:8443/a?b')).toBe('shop.example');
  });

  it("give 'null' for an opaque origin and null for text that is no URL", () => {
    expect(urlOrigin('data:text/plain,x')).toBe('null');
    expect(urlHost('data:text/plain,x')).toBe('');
    expect(urlOrigin('not a url')).toBeNull();
    expect(urlHost('not a url')).toBeNull();
  });

  it('read the origin and the host of a URL once while it is kept', () => {
    const text = 'https://counted.example/page';
    const url = parsedUrl(text) as URL;
    let origins = 0;
    let hosts = 0;
    const { origin, hostname } = url;
    Object.defineProperty(url, 'origin', { get: () => (origins++, origin) });
    Object.defineProperty(url, 'hostname', { get: () => (hosts++, hostname) });
    for (let i = 0; i < 5; i++) {
      expect(urlOrigin(text)).toBe('https://counted.example');
      expect(urlHost(text)).toBe('counted.example');
    }
    expect([origins, hosts]).toEqual([1, 1]);
  });
});
