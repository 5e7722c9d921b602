import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSettings, parseEnvelope } from '../../src/core/messages';
import { isOwnPage } from '../../src/platform/own-page';

describe('parseEnvelope', () => {
  it('accepts a known message type with a payload object', () => {
    expect(parseEnvelope({ type: 'get-tab-view', payload: { tabId: 3 } })).toEqual({ type: 'get-tab-view', payload: { tabId: 3 } });
  });

  it.each([
    ['an unknown type', { type: 'eval', payload: {} }],
    ['a prototype property as type', { type: 'toString', payload: {} }],
    ['a missing payload', { type: 'clear-all' }],
    ['a payload that is not an object', { type: 'clear-all', payload: 'x' }],
    ['a string', 'get-ledger'],
    ['null', null],
  ])('refuses %s', (_label, raw) => {
    expect(parseEnvelope(raw)).toBeNull();
  });
});

describe('normaliseSettings', () => {
  it('fills what is missing or of the wrong type with the defaults', () => {
    expect(normaliseSettings({ paused: 'yes', includeValues: true, historyPerCookie: 2.5 })).toEqual({ ...DEFAULT_SETTINGS, includeValues: true });
  });

  it('keeps the history length between 1 and 200', () => {
    expect(normaliseSettings({ historyPerCookie: 10_000 }).historyPerCookie).toBe(200);
    expect(normaliseSettings({ historyPerCookie: -4 }).historyPerCookie).toBe(1);
  });
});

describe('isOwnPage', () => {
  const runtime = { id: 'abc', getURL: (path: string) => `chrome-extension://abc/${path}` };

  it("accepts the extension's own pages", () => {
    expect(isOwnPage({ id: 'abc', url: 'chrome-extension://abc/popup.html?tab=1' }, runtime)).toBe(true);
  });

  it.each([
    ['another extension', { id: 'evil', url: 'chrome-extension://evil/x.html' }],
    ['a web page claiming the id', { id: 'abc', url: 'https://example.com/' }],
    ['a sender without a URL', { id: 'abc' }],
  ])('refuses %s', (_label, sender) => {
    expect(isOwnPage(sender, runtime)).toBe(false);
  });
});
