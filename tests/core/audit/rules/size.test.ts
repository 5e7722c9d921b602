import { describe, expect, it } from 'vitest';
import { auditOf, findingFor, page, rulesFor } from '../helpers';
import { DJANGO_SESSION, FLASK_RANDOM } from '../lines';

const SITE = 'https://shop.example.com/';

/** cookie-session's format: base64 of the JSON session. */
function cookieSession(payload: unknown): string {
  return `session=${btoa(JSON.stringify(payload))}; path=/; secure; httponly; samesite=lax`;
}

describe('cookie-oversized', () => {
  it('flags a cookie whose name and value exceed 4096 bytes, and nothing else about it', () => {
    const line = `prefs=${'x'.repeat(4100)}; Path=/`;
    const site = auditOf([page(SITE, [line])]);
    expect(rulesFor(site, 'prefs')).toEqual(['cookie-oversized']);
    const finding = findingFor(site, 'prefs', 'cookie-oversized');
    expect(finding?.severity).toBe('high');
    expect(finding?.evidence).toMatch(/^4,105 bytes \(limit 4,096\): prefs=‹redacted 4100 bytes›; Path=\/$/);
  });

  it('counts bytes, not characters: 1400 three-byte characters are 4200 bytes', () => {
    const site = auditOf([page(SITE, [`note=${'€'.repeat(1400)}; Path=/; Secure; HttpOnly; SameSite=Lax`])]);
    expect(rulesFor(site, 'note')).toContain('cookie-oversized');
  });

  it('leaves a 4096-byte cookie stored', () => {
    const site = auditOf([page(SITE, [`prefs=${'x'.repeat(4090)}; Path=/; Secure; HttpOnly; SameSite=Lax`])]);
    expect(rulesFor(site, 'prefs')).toEqual(['cookie-large']);
  });
});

describe('cookie-large', () => {
  it('flags a cookie over 1024 bytes at low', () => {
    const site = auditOf([page(SITE, [cookieSession({ cart: Array.from({ length: 60 }, (_, i) => ({ sku: `SKU-${i}`, qty: 1 })) })])]);
    const finding = findingFor(site, 'session', 'cookie-large');
    expect(finding?.severity).toBe('low');
    expect(finding?.fix).toContain('express-session with a server-side store');
  });

  it('flags a session payload that grows at every change', () => {
    const lines = [1, 2, 3, 4].map((n) => cookieSession({ cart: Array.from({ length: n }, (_, i) => `SKU-000${i}`) }));
    const site = auditOf(lines.map((line) => page(SITE, [line])));
    expect(findingFor(site, 'session', 'cookie-large')?.evidence).toMatch(/payload grew from \d+ to \d+ bytes over 3 changes/);
  });

  it.each([
    ['a small Flask session', [FLASK_RANDOM]],
    ['a Django session re-sent unchanged', [DJANGO_SESSION, DJANGO_SESSION, DJANGO_SESSION, DJANGO_SESSION]],
    ['a payload that grows and shrinks', [1, 3, 2, 4].map((n) => cookieSession({ cart: Array.from({ length: n }, (_, i) => `SKU-000${i}`) }))],
  ])('leaves %s alone', (_, lines) => {
    const site = auditOf(lines.map((line) => page(SITE, [line])));
    expect(site.findings.map((f) => f.ruleId)).not.toContain('cookie-large');
  });
});

describe('attribute-oversized', () => {
  it('flags a Path longer than 1024 bytes at medium and names the attribute', () => {
    const site = auditOf([page(SITE, [`theme=dark; Path=/${'a'.repeat(1100)}; Secure; HttpOnly; SameSite=Lax`])]);
    const finding = findingFor(site, 'theme', 'attribute-oversized');
    expect(finding?.severity).toBe('medium');
    expect(finding?.message.toLowerCase()).toContain('path value');
  });

  it('leaves ordinary attributes alone', () => {
    const site = auditOf([page(SITE, [`theme=dark; Path=/account; Secure; HttpOnly; SameSite=Lax`])]);
    expect(rulesFor(site, 'theme')).toEqual([]);
  });
});
