import { describe, expect, it } from 'vitest';
import { createHarConverter } from '../../../src/core/har/har-converter';
import { createHarStreamParser } from '../../../src/core/har/har-stream-parser';
import { readHar } from '../../../src/core/har/read-har';
import { createLedger } from '../../../src/core/ledger/create-ledger';
import { FIXTURES, harJson, harText } from './fixtures';

const NAMES = Object.keys(FIXTURES) as (keyof typeof FIXTURES)[];

describe('readHar', () => {
  it.each(NAMES)('builds the same ledger from the %s fixture\'s text and from its parsed object', (name) => {
    const fromText = readHar(harText(name));
    const fromObject = readHar(harJson(name));
    expect(fromText.ok).toBe(true);
    expect(fromText).toEqual(fromObject);
  });

  it.each(NAMES)('builds the same ledger for the %s fixture as the streaming parser does', (name) => {
    const ledger = createLedger();
    const converter = createHarConverter(ledger);
    const parser = createHarStreamParser({ pages: converter.pages, creator: converter.creator, entry: converter.entry });
    expect(parser.write(harText(name)) ?? parser.end()).toBeNull();
    expect(readHar(harText(name))).toEqual({ ok: true, ledger, summary: converter.summary() });
  });

  it.each([
    ['playwright', { entries: 12, responses: 12, skipped: 0, setCookieLines: 12, rebuiltResponses: 0, creator: 'Playwright' }],
    ['firefox', { entries: 9, responses: 8, skipped: 1, setCookieLines: 9, rebuiltResponses: 0, creator: 'Firefox' }],
    ['chrome', { entries: 10, responses: 8, skipped: 2, setCookieLines: 9, rebuiltResponses: 0, creator: 'WebInspector' }],
    ['sanitized', { entries: 10, responses: 8, skipped: 2, setCookieLines: 0, requestsWithCookies: 0, creator: 'WebInspector' }],
    ['proxy', { entries: 6, responses: 6, skipped: 0, setCookieLines: 4, rebuiltResponses: 0, creator: 'mitmproxy' }],
    ['cookiesOnly', { entries: 3, responses: 3, setCookieLines: 2, rebuiltResponses: 2, requestsWithCookies: 2, creator: 'HAR exporter' }],
  ] as const)('counts what the %s fixture holds', (name, expected) => {
    const read = readHar(harText(name));
    expect(read.ok && read.summary).toMatchObject(expected);
  });

  it('puts the sites of the proxy capture apart, with the tracker under the blog that embedded it', () => {
    const read = readHar(harText('proxy'));
    if (!read.ok) throw new Error(read.problem.message);
    const sites = Object.values(read.ledger.sites).map((s) => [s.site, s.responses, Object.values(s.cookies).map((c) => `${c.name}@${c.domain}${c.firstParty ? '' : ' (3p)'}`)]);
    expect(sites).toEqual([
      ['http://blog.example', 3, ['PHPSESSID@blog.example', 'uid@tracker.example (3p)']],
      ['http://news.example', 3, ['sessionid@news.example']],
    ]);
  });

  it('adds several HARs to one ledger', () => {
    const first = readHar(harText('chrome'));
    if (!first.ok) throw new Error(first.problem.message);
    const second = readHar(harText('proxy'), { ledger: first.ledger });
    expect(second.ok && second.ledger).toBe(first.ledger);
    expect(Object.keys(first.ledger.sites).sort()).toEqual(['http://blog.example', 'http://news.example', 'https://shop.example']);
  });

  it('honours the ledger limits, evicting a site each time the interleaved capture switches sites', () => {
    const read = readHar(harText('proxy'), { limits: { maxSites: 1, maxCookiesPerSite: 400, historyPerCookie: 20, timelinePerCookie: 200 } });
    expect(read.ok && [Object.keys(read.ledger.sites), read.ledger.evictedSites]).toEqual([['http://news.example'], 3]);
  });

  it.each([
    [undefined, 'not-a-har', 'not a HAR file: the top-level value is not an object'],
    [[], 'not-a-har', 'not a HAR file: the top-level value is not an object'],
    [{}, 'not-a-har', 'not a HAR file: no "log" object at the top level'],
    [{ log: null }, 'not-a-har', 'not a HAR file: "log" is not an object'],
    [{ log: {} }, 'not-a-har', 'not a HAR file: log.entries is missing'],
    [{ log: { entries: 'x' } }, 'not-a-har', 'not a HAR file: log.entries is not an array'],
    ['', 'empty', 'the file is empty'],
    ['{"log":{"entries":[{', 'truncated', 'truncated JSON: the file ends inside log.entries[0]'],
    ['\ufeff{"log": 1}', 'not-a-har', 'not a HAR file: "log" is not an object'],
    ['{"log":{"entries":[]}}}', 'invalid-json', "not valid JSON: unexpected '}' at character 23, after the end of the JSON document"],
  ])('refuses %j: %s', (input, code, message) => {
    expect(readHar(input)).toEqual({ ok: false, problem: { code, message } });
  });

  it('words a problem in a text the same way as the streaming parser', () => {
    const text = harText('firefox');
    for (const cut of [1, 200, Math.floor(text.length / 2), text.length - 3]) {
      const parser = createHarStreamParser();
      const streamed = parser.write(text.slice(0, cut)) ?? parser.end();
      expect(readHar(text.slice(0, cut))).toEqual({ ok: false, problem: streamed });
    }
  });
});
