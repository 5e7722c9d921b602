import { describe, expect, it } from 'vitest';
import { auditOf, findingFor, page, rulesFor } from '../helpers';
import { GOOD_HOST_COOKIE } from '../lines';

const SITE = 'https://app.example.com/';

describe('prefix-violation', () => {
  it.each([
    ['__Secure- without Secure', '__Secure-id=1a2b; Path=/; HttpOnly; SameSite=Lax', '__Secure-id', '__Secure-'],
    ['__Host- without Secure', '__Host-id=1a2b; Path=/; HttpOnly; SameSite=Lax', '__Host-id', '__Host-'],
    ['__Host- with Domain', '__Host-id=1a2b; Domain=example.com; Path=/; Secure; HttpOnly', '__Host-id', '__Host-'],
    ['__Host- with Path=/app', '__Host-id=1a2b; Path=/app; Secure; HttpOnly', '__Host-id', '__Host-'],
    ['a lower-case __host- without Secure', '__host-id=1a2b; Path=/; HttpOnly', '__host-id', '__Host-'],
  ])('flags %s, and nothing about the refused cookie besides', (_, line, name, prefix) => {
    const site = auditOf([page(SITE, [line])]);
    expect(rulesFor(site, name)).toEqual(['prefix-violation']);
    const finding = findingFor(site, name, 'prefix-violation');
    expect(finding?.severity).toBe('high');
    expect(finding?.message).toContain(prefix);
  });

  it.each([
    ['a correct __Host- cookie', GOOD_HOST_COOKIE, '__Host-sid'],
    ['a correct __Secure- cookie', '__Secure-id=1a2b; Path=/; Secure; HttpOnly; SameSite=Lax', '__Secure-id'],
  ])('leaves %s alone', (_, line, name) => {
    expect(rulesFor(auditOf([page(SITE, [line])]), name)).toEqual([]);
  });
});
