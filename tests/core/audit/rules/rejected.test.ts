import { describe, expect, it } from 'vitest';
import { auditOf, findingFor, page, rulesFor, sub } from '../helpers';
import { DJANGO_SESSION } from '../lines';

const SITE = 'https://app.example.com/';

describe('rejected-by-browser', () => {
  it.each([
    ['a Domain the host is not part of', 'sid=1a2b; Domain=other.org; Path=/; Secure; HttpOnly', 'sid', 'neither the host'],
    ['a control character in the value', 'sid=1a\u00012b; Path=/; Secure; HttpOnly', 'sid', 'control character'],
    ['an IP host with another Domain', 'sid=1a2b; Domain=10.0.0.2; Path=/; Secure; HttpOnly', 'sid', 'IP address'],
  ])('flags %s with the reason, and nothing about the refused cookie besides', (_, line, name, reason) => {
    const url = line.includes('10.0.0.2') ? 'https://10.0.0.1/' : SITE;
    const site = auditOf([page(url, [line])]);
    expect(rulesFor(site, name)).toEqual(['rejected-by-browser']);
    const finding = findingFor(site, name, 'rejected-by-browser');
    expect(finding?.severity).toBe('high');
    expect(finding?.message).toContain(reason);
  });

  it('flags a nameless and valueless line', () => {
    const site = auditOf([page(SITE, ['=; Path=/'])]);
    expect(findingFor(site, '', 'rejected-by-browser')?.message).toContain('neither a name nor a value');
  });

  it('flags a plain-HTTP page trying to replace a Secure cookie', () => {
    const site = auditOf([
      page('https://example.org/', ['sessionid=abc; Path=/; Secure; HttpOnly; SameSite=Lax']),
      sub('https://example.org/', 'http://example.org/pixel.gif', ['sessionid=evil; Path=/; HttpOnly; SameSite=Lax'], { type: 'image' }),
    ]);
    expect(findingFor(site, 'sessionid', 'rejected-by-browser')?.message).toContain('may not overwrite');
    // The Secure cookie the browser kept is still audited as the live one: nothing wrong with it.
    expect(rulesFor(site, 'sessionid')).toEqual(['rejected-by-browser']);
  });

  it.each([
    ['refusals with their own rule', 'sid=1; Path=/; SameSite=None; HttpOnly', 'sid'],
    ['a stored Django session', DJANGO_SESSION, 'sessionid'],
  ])('leaves %s alone', (_, line, name) => {
    expect(rulesFor(auditOf([page(SITE, [line])]), name)).not.toContain('rejected-by-browser');
  });
});
