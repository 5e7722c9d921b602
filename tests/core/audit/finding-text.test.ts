/**
 * Every finding carries its message and fix as catalogue phrases, and the English the report prints
 * is exactly what the catalogue renders from them: over real Set-Cookie lines that, together,
 * trigger every rule and most of their variants.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/audit';
import type { Finding } from '../../../src/core/audit/types';
import { CATALOGUE } from '../../../src/core/i18n/catalogue';
import { english } from '../../../src/core/i18n/english';
import type { Phrase } from '../../../src/core/i18n/phrase';
import { FLASK_PASSWORD_VALUE } from '../../ui/support/fixtures';
import { auditOf, page, repeat, sub } from './helpers';
import {
  COOKIE_SESSION,
  COOKIE_SESSION_KEY,
  DJANGO_CSRF,
  DJANGO_SESSION,
  EXPRESS_SESSION,
  FLASK_LIVE,
  FLASK_RANDOM,
  JWT_NONE,
  PHP_SESSION,
  STARLETTE_SESSION,
} from './lines';

const HTTPS = 'https://app.example.com/';

const flaskVisits = repeat(5, (i) => {
  const at = (n: number) => FLASK_LIVE[(i + n) % FLASK_LIVE.length] ?? '';
  return [
    page(`${HTTPS}view/${i}`, [at(0)], { topUrl: `${HTTPS}view/${i}` }),
    sub(HTTPS, `${HTTPS}static/style.css`, [at(1)], { type: 'stylesheet' }),
    sub(HTTPS, `${HTTPS}favicon.ico`, [at(2)], { type: 'image', status: 404 }),
    sub(HTTPS, `${HTTPS}api/cart`, [at(3)], { type: 'fetch', contentType: 'application/json' }),
  ];
}).flat();

const SCENARIOS: [string, Finding[]][] = [
  ['a Flask app re-sending its docs-key session everywhere', auditOf(flaskVisits).findings],
  ['Express and PHP over plain HTTP', auditOf([page('http://shop.example.test/', [EXPRESS_SESSION, PHP_SESSION, 'sid=1; Secure'])]).findings],
  ['a Flask app on loopback', auditOf([page('http://127.0.0.1:5000/', [FLASK_RANDOM])]).findings],
  ['a Django and a Starlette session', auditOf([page(HTTPS, [DJANGO_SESSION, DJANGO_CSRF, STARLETTE_SESSION.replace('session=', 'st=')])]).findings],
  ['cookie-session verified with the secret given', auditOf([page(HTTPS, [...COOKIE_SESSION])], { secrets: [COOKIE_SESSION_KEY] }).findings],
  ['a Flask session holding a password', auditOf([page(HTTPS, [`session=${FLASK_PASSWORD_VALUE}; Secure; HttpOnly; SameSite=Lax; Path=/`])]).findings],
  ['an unsigned JWT', auditOf([page(HTTPS, [`token=${JWT_NONE}; Secure; HttpOnly; SameSite=Lax`])]).findings],
  [
    'lines the browser ignores, caps or refuses',
    auditOf([
      page(HTTPS, [
        'a=1; SameSite=None',
        'b=1; SameSite=Bogus; Secure; HttpOnly',
        'c=1; SameSite=; Secure; HttpOnly',
        `d=${'x'.repeat(5000)}; Secure; HttpOnly; SameSite=Lax`,
        `e=${'x'.repeat(2000)}; Secure; HttpOnly; SameSite=Lax`,
        `f=1; Path=/${'p'.repeat(1100)}; Secure; HttpOnly; SameSite=Lax`,
        '__Host-g=1; Secure; Domain=app.example.com; Path=/x',
        '__Secure-h=1; HttpOnly',
        'i=1; Domain=example.com; Secure; HttpOnly; SameSite=Lax',
        'j=1; Domain=com; Secure; HttpOnly; SameSite=Lax',
        'k=1; Max-Age=40000000; Secure; HttpOnly; SameSite=Lax',
        'l=1; Expires=soon; Max-Age=1.5; Foo=bar; Secure=yes; Path=abc; Partitioned; HttpOnly; SameSite=Lax',
        'm=1; Domain=elsewhere.org',
        '=; Secure',
        '',
      ]),
    ]).findings,
  ],
  ['a response shared caches may store', auditOf([page(HTTPS, ['n=1; Secure; HttpOnly; SameSite=Lax'], { cacheControl: 'public, max-age=600' })]).findings],
  [
    'a site whose cookies outgrow the browser and the server',
    auditOf([page(HTTPS, repeat(160, (i) => `c${i}=${'v'.repeat(60)}; Secure; HttpOnly; SameSite=Lax`))]).findings,
  ],
];

function ids(p: Phrase): string[] {
  return [p.id, ...p.args.flatMap((a) => (typeof a === 'string' ? [] : ids(a)))];
}

const ALL = SCENARIOS.flatMap(([scenario, findings]) => findings.map((f): [string, string, Finding] => [scenario, f.ruleId, f]));

describe('the text of findings', () => {
  it('is exercised for every rule of the catalogue', () => {
    expect(new Set(ALL.map(([, ruleId]) => ruleId))).toEqual(new Set(RULES.map((r) => r.id)));
  });

  it.each(ALL)('%s: %s carries its message and fix as phrases of the catalogue', (_, __, f) => {
    expect(f.text).toBeDefined();
    for (const id of [...ids(f.text!.message), ...ids(f.text!.fix)]) expect(Object.hasOwn(CATALOGUE, id), id).toBe(true);
  });

  it.each(ALL)('%s: %s renders from the catalogue to exactly the message and fix', (_, __, f) => {
    expect(english(f.text!.message)).toBe(f.message);
    expect(english(f.text!.fix)).toBe(f.fix);
  });
});
