import { describe, expect, it } from 'vitest';
import { auditOf, findingFor, page, repeat, sub } from '../helpers';
import { DJANGO_SESSION, FLASK_LIVE, FLASK_RANDOM } from '../lines';

const SITE = 'https://app.example.com/';

function cartSession(n: number): string {
  return `cart=${btoa(JSON.stringify({ items: n }))}; Path=/; Secure; HttpOnly; SameSite=Lax`;
}

describe('constantly-refreshed', () => {
  it("flags Flask's permanent session, re-sent with a new timestamp on every response", () => {
    const lines = repeat(12, (i) => FLASK_LIVE[i % FLASK_LIVE.length] ?? '');
    const site = auditOf(lines.map((line) => page(SITE, [line])));
    const finding = findingFor(site, 'session', 'constantly-refreshed');
    const bytes = lines.reduce((sum, line) => sum + line.length, 0).toLocaleString('en-US');
    expect(finding?.severity).toBe('medium');
    expect(finding?.evidence).toBe(`set on 12 of 12 responses (100 %), value changed 11 times, payload changed 0 times, ${bytes} bytes of Set-Cookie`);
    expect(finding?.message).toContain('only the timestamp and signature move');
    expect(finding?.fix).toContain('SESSION_REFRESH_EACH_REQUEST = False');
  });

  it('flags a Django session re-sent with the same value (SESSION_SAVE_EVERY_REQUEST)', () => {
    const site = auditOf(repeat(6, () => page(SITE, [DJANGO_SESSION])));
    const finding = findingFor(site, 'sessionid', 'constantly-refreshed');
    expect(finding?.severity).toBe('medium');
    expect(finding?.evidence).toMatch(/^set on 6 of 6 responses \(100 %\), value changed 0 times, payload changed 0 times/);
    expect(finding?.message).toContain('same value');
    expect(finding?.fix).toContain('SESSION_SAVE_EVERY_REQUEST = False');
  });

  it('lowers to low a cookie whose payload really changes each time', () => {
    const site = auditOf(repeat(8, (i) => page(SITE, [cartSession(i)])));
    const finding = findingFor(site, 'cart', 'constantly-refreshed');
    expect(finding?.severity).toBe('low');
    expect(finding?.evidence).toContain('payload changed 7 times');
  });

  it('counts the favicon 404s Flask also refreshes the session on', () => {
    const visits = repeat(4, (i) => [
      page(SITE, [FLASK_LIVE[i] ?? '']),
      sub(SITE, 'https://app.example.com/favicon.ico', [FLASK_LIVE[(i + 1) % 4] ?? ''], { type: 'image', status: 404 }),
    ]).flat();
    expect(findingFor(auditOf(visits), 'session', 'constantly-refreshed')?.evidence).toMatch(/^set on 8 of 8 responses/);
  });

  it('compares only with responses that could carry the cookie, not third-party ones', () => {
    const visits = repeat(6, (i) => [
      page(SITE, [FLASK_LIVE[i % 4] ?? '']),
      sub(SITE, 'https://cdn.other-cdn.net/app.js', [], { type: 'script' }),
      sub(SITE, 'https://cdn.other-cdn.net/logo.png', [], { type: 'image' }),
    ]).flat();
    expect(findingFor(auditOf(visits), 'session', 'constantly-refreshed')?.evidence).toMatch(/^set on 6 of 6 responses/);
  });

  it('does not count the responses before the cookie was first set', () => {
    const visits = [...repeat(10, () => page(SITE)), ...repeat(5, (i) => page(SITE, [FLASK_LIVE[i % 4] ?? '']))];
    expect(findingFor(auditOf(visits), 'session', 'constantly-refreshed')?.evidence).toMatch(/^set on 5 of 5 responses/);
  });

  it('flags 9 sets out of 10 responses (90 %)', () => {
    const visits = repeat(10, (i) => page(SITE, i === 5 ? [] : [FLASK_LIVE[i % 4] ?? '']));
    expect(findingFor(auditOf(visits), 'session', 'constantly-refreshed')?.evidence).toMatch(/^set on 9 of 10 responses \(90 %\)/);
  });

  it.each([
    ['a session set once at login (Flask, not permanent)', repeat(6, (i) => page(SITE, i === 0 ? [FLASK_RANDOM] : []))],
    ['a cookie set on 8 of 10 responses', repeat(10, (i) => page(SITE, i % 5 === 4 ? [] : [FLASK_LIVE[i % 4] ?? '']))],
    ['a cookie set on every one of only 4 responses', repeat(4, (i) => page(SITE, [FLASK_LIVE[i] ?? '']))],
  ])('leaves %s alone', (_, visits) => {
    expect(auditOf(visits).findings.map((f) => f.ruleId)).not.toContain('constantly-refreshed');
  });
});
