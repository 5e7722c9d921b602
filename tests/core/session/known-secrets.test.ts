import { describe, expect, it } from 'vitest';
import { KNOWN_SECRETS } from '../../../src/core/session';

const key = (secret: string | Uint8Array) => (typeof secret === 'string' ? `s:${secret}` : `b:${Buffer.from(secret).toString('hex')}`);
const hex = (secret: string | Uint8Array) => (typeof secret === 'string' ? null : Buffer.from(secret).toString('hex'));

/** What a source must name: the kind of document that prints the secret. */
const DOCUMENT = /README|documentation|docs|tutorial|example|template|config|\.env|\.cfg|CVE-\d{4}-\d{4,}|debugger|guide/i;
/** Words that describe a string instead of saying where it is published. */
const VAGUE = /\b(?:common|placeholder|weak|typical|popular|various|often|seen in|public code)\b/i;

describe('KNOWN_SECRETS', () => {
  it('holds a few dozen to a few hundred entries, none twice', () => {
    expect(KNOWN_SECRETS.length).toBeGreaterThanOrEqual(30);
    expect(KNOWN_SECRETS.length).toBeLessThanOrEqual(300);
    expect(new Set(KNOWN_SECRETS.map((entry) => key(entry.secret))).size).toBe(KNOWN_SECRETS.length);
  });

  it.each(KNOWN_SECRETS.map((entry) => [entry.source, entry] as const))('says which document publishes it: %s', (_source, entry) => {
    expect(entry.source).toMatch(DOCUMENT);
    expect(entry.source).not.toMatch(VAGUE);
    expect(entry.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
  });

  it('gives no source to more than three secrets, so a bulk label cannot stand in for sources', () => {
    const counts = new Map<string, number>();
    for (const { source } of KNOWN_SECRETS) counts.set(source, (counts.get(source) ?? 0) + 1);
    expect([...counts].filter(([, count]) => count > 3)).toEqual([]);
  });

  it('keeps the Flask docs key as 16 bytes with 0xEC as one byte', () => {
    const docsKey = KNOWN_SECRETS.find((entry) => entry.source.includes('1.0 and later'));
    expect(docsKey && hex(docsKey.secret)).toBe('5f352379324c22463451387a0aec5d2f');
  });

  it.each(['dev', 'development key', 'A0Zr98j/3yX R~XHH!jmN]LWX/,?RT', 'secret', 'super-secret', 'keyboard cat', 'temporary_key', 'CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET'])(
    'includes %s',
    (secret) => {
      expect(KNOWN_SECRETS.some((entry) => entry.secret === secret)).toBe(true);
    },
  );
});
