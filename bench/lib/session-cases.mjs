/**
 * The wordlist search the bench times: real signed cookies from tests/fixtures/sessions (minted by
 * Flask, Django and Starlette themselves), and 50,000 wrong candidates before the right secret, so
 * every candidate is tried, as in a search that finds nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './compile.mjs';

const FIXTURES = join(ROOT, 'tests/fixtures/sessions');
const read = (file) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));

export const CANDIDATES = 50_000;

export function sessionCases() {
  const flask = read('flask-cookies.json').samples.find((s) => s.id === 'tutorial_dev/plain');
  const others = read('other-session-cookies.json').samples;
  const django = others.find((s) => s.id === 'django_session_small');
  const starlette = others.find((s) => s.id === 'starlette_session_real');
  return [
    { name: 'Flask', cookie: flask.cookie, secret: 'dev' },
    { name: 'Django', cookie: django.cookie, secret: django.secret },
    { name: 'Starlette', cookie: starlette.cookie, secret: starlette.secret },
  ];
}

export function wordlist(secret) {
  const list = Array.from({ length: CANDIDATES }, (_, i) => `candidate-secret-${i}-${(i * 2654435761) % 1e9}`);
  list.push(secret);
  return list;
}
