import { describe, expect, it } from 'vitest';
import { KNOWN_SECRETS } from '../../../src/core/session';

const key = (secret: string | Uint8Array) => (typeof secret === 'string' ? `s:${secret}` : `b:${Buffer.from(secret).toString('hex')}`);

describe('KNOWN_SECRETS', () => {
  it('holds a few dozen to a few hundred entries, each with a source and none twice', () => {
    expect(KNOWN_SECRETS.length).toBeGreaterThanOrEqual(36);
    expect(KNOWN_SECRETS.length).toBeLessThanOrEqual(300);
    expect(KNOWN_SECRETS.every((entry) => entry.source.length > 10)).toBe(true);
    expect(new Set(KNOWN_SECRETS.map((entry) => key(entry.secret))).size).toBe(KNOWN_SECRETS.length);
  });

  it('keeps the Flask docs key as 16 bytes with 0xEC as one byte', () => {
    const bytesKeys = KNOWN_SECRETS.filter((entry) => entry.secret instanceof Uint8Array);
    expect(bytesKeys.map((entry) => Buffer.from(entry.secret as Uint8Array).toString('hex'))).toEqual(['5f352379324c22463451387a0aec5d2f']);
  });

  it.each(['dev', 'development key', 'A0Zr98j/3yX R~XHH!jmN]LWX/,?RT', 'secret', 'changeme', 'secret-key', 'super-secret', 'keyboard cat'])(
    'includes %s',
    (secret) => {
      expect(KNOWN_SECRETS.some((entry) => entry.secret === secret)).toBe(true);
    },
  );
});
