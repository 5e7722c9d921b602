import { describe, expect, it } from 'vitest';
import { parsedUrl } from '../../src/core/parsed-url';

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
