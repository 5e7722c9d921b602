/** The library's public surface, from the sources (the built package is tested in tests/cli/built.test.ts). */
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/lib';
import { auditHar, HarError, parseSetCookie } from '../../src/lib';
import { harJson, harText } from '../core/har/fixtures';

const NOW = Date.UTC(2026, 10, 23, 20, 0, 0);

describe('the cookie-audit library', () => {
  it('exports the parser, the decoder, the audit, the HAR readers and the report writers', () => {
    for (const name of ['parseSetCookie', 'decideStorage', 'decodeSession', 'audit', 'auditHar', 'readHar', 'createHarStreamParser', 'buildReport', 'writeReport', 'toJson', 'toHtml', 'toCsv', 'toMarkdown', 'toSarif']) {
      expect(typeof (lib as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(lib.REPORT_FORMATS).toEqual(['json', 'md', 'html', 'csv', 'sarif']);
  });

  it('audits a HAR given as text or as an object, with what to tell the user', () => {
    const fromText = auditHar(harText('sanitized'), { now: NOW });
    expect(fromText).toEqual(auditHar(harJson('sanitized'), { now: NOW }));
    expect(fromText.har).toMatchObject({ entries: 10, responses: 8, creator: 'WebInspector' });
    expect(fromText.notes.map((n) => n.code)).toEqual(['no-cookie-headers']);
    expect(fromText.generatedAt).toBe(NOW);
  });

  it('audits with the usual options', () => {
    const result = auditHar(harText('firefox'), { now: NOW, includeValues: true });
    const site = result.sites[0];
    expect(site?.summary.grade).toBe('F');
    expect(JSON.stringify(site?.findings)).toContain('EtVOe0ZfhHxbG6ae9QRMsV5qido');
  });

  it('throws a HarError that says what is wrong with the input', () => {
    expect(() => auditHar('{"log": {"entries": [')).toThrow(new HarError({ code: 'truncated', message: 'truncated JSON: the file ends inside log.entries' }));
    try {
      auditHar({ entries: [] });
    } catch (error) {
      expect(error).toBeInstanceOf(HarError);
      expect((error as HarError).problem.code).toBe('not-a-har');
    }
    expect.assertions(3);
  });

  it('parses a Set-Cookie line, and with a URL says what the browser stores', () => {
    const plain = parseSetCookie('sid=1; Secure; SameSite=None', { now: NOW });
    expect(plain.cookie).toMatchObject({ name: 'sid', value: '1', secure: true, sameSite: 'none' });
    expect(plain.storage).toBeUndefined();
    const stored = parseSetCookie('sid=1; Secure; SameSite=None', { url: 'http://shop.example/', now: NOW });
    expect(stored.storage?.stored).toBeNull();
    expect(stored.storage?.diagnostics.map((d) => d.code)).toContain('secure-from-insecure-origin');
  });
});
