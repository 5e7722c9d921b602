import { describe, expect, it } from 'vitest';
import { decodeSession } from '../../../src/core/session';
import { readFixture, type FlaskFixture } from './fixtures';

const flaskDev = readFixture<FlaskFixture>('flask-cookies.json').samples.find((s) => s.id === 'tutorial_dev/plain')!;
const others = readFixture<{ samples: { id: string; cookie: string; secret: string }[] }>('other-session-cookies.json').samples;
const django = others.find((s) => s.id === 'django_session_small')!;
const starlette = others.find((s) => s.id === 'starlette_session_real')!;

/** 50,000 wrong candidates, then the right one, as a wordlist search would meet them. */
function wordlist(secret: string): string[] {
  return [...Array.from({ length: 50_000 }, (_, i) => `candidate-secret-${i}-${(i * 2654435761) % 1e9}`), secret];
}

describe('searching a 50,000-secret wordlist', () => {
  it.each([
    ['Flask', flaskDev.cookie, 'dev'],
    ['Django', django.cookie, django.secret],
    ['Starlette', starlette.cookie, starlette.secret],
  ])('finds the %s secret at the end in well under a second', (_name, cookie, secret) => {
    const secrets = wordlist(secret);
    decodeSession(cookie, { secrets: secrets.slice(0, 2000), tryKnownSecrets: false });
    const started = performance.now();
    const result = decodeSession(cookie, { secrets, tryKnownSecrets: false });
    const elapsed = performance.now() - started;
    expect(result.signature).toMatchObject({ status: 'valid', secret, tried: 50_001 });
    expect(elapsed).toBeLessThan(1000);
  });
});
