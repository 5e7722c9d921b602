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
  ])('finds the %s secret after trying every wrong candidate before it', (_name, cookie, secret) => {
    // How fast this is belongs to `npm run bench` (BENCHMARKS.md), never to a timed unit test.
    const result = decodeSession(cookie, { secrets: wordlist(secret), tryKnownSecrets: false });
    expect(result.signature).toMatchObject({ status: 'valid', secret, tried: 50_001 });
  });
});
