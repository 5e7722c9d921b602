import { describe, expect, it } from 'vitest';
import {
  canonicalHost,
  defaultPath,
  domainMatch,
  isIpAddress,
  isLoopback,
  isPublicSuffix,
  pathMatch,
  registrableDomain,
  sameSite,
} from '../../../src/core/cookie/domain';

describe('canonicalHost', () => {
  it.each([
    ['https://WWW.Example.COM:8443/a?b', 'www.example.com'],
    ['http://bücher.de/', 'xn--bcher-kva.de'],
    ['http://[::1]:3000/', '[::1]'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://home.example.org./', 'home.example.org.'],
  ])('gives %s as %s', (url, host) => {
    expect(canonicalHost(url)).toBe(host);
  });

  it.each(['not a url', 'file:///etc/passwd', 'data:text/plain,hi', ''])('has no host for %j', (url) => {
    expect(canonicalHost(url)).toBeNull();
  });
});

describe('domainMatch', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['www.example.com', 'example.com', true],
    ['a.b.example.com', 'example.com', true],
    ['badexample.com', 'example.com', false],
    ['example.com', 'www.example.com', false],
    ['example.com.', 'example.com', false],
    ['1.2.3.4', '2.3.4', false],
    ['1.2.3.4', '1.2.3.4', true],
  ])('%s against %s → %s', (host, domain, expected) => {
    expect(domainMatch(host, domain)).toBe(expected);
  });
});

describe('pathMatch', () => {
  it.each([
    ['/', '/', true],
    ['/foo', '/', true],
    ['/foo/bar', '/foo', true],
    ['/foo/', '/foo', true],
    ['/foo/bar', '/foo/', true],
    ['/foobar', '/foo', false],
    ['/fo', '/foo', false],
    ['/Foo', '/foo', false],
    ['/foo//qux', '/foo/', true],
  ])('request %s against cookie path %s → %s', (request, cookie, expected) => {
    expect(pathMatch(request, cookie)).toBe(expected);
  });
});

describe('defaultPath', () => {
  it.each([
    ['https://example.com', '/'],
    ['https://example.com/', '/'],
    ['https://example.com/login', '/'],
    ['https://example.com/account/login', '/account'],
    ['https://example.com/account/login/', '/account/login'],
    ['https://example.com/a/b?next=/c/d', '/a'],
    ['not a url', '/'],
  ])('of %s is %s', (url, expected) => {
    expect(defaultPath(url)).toBe(expected);
  });
});

describe('isIpAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['192.168.1.254', true],
    ['[::1]', true],
    ['2001:db8::1', true],
    ['256.1.1.1', false],
    ['1.2.3', false],
    ['example.com', false],
    ['1.2.3.com', false],
  ])('%s → %s', (host, expected) => {
    expect(isIpAddress(host)).toBe(expected);
  });
});

describe('isPublicSuffix', () => {
  it.each([
    ['com', true],
    ['org.', true],
    ['co.uk', true],
    ['github.io', true],
    ['localhost', true],
    ['example.com', false],
    ['user.github.io', false],
    ['127.0.0.1', false],
    ['', false],
  ])('%s → %s', (domain, expected) => {
    expect(isPublicSuffix(domain)).toBe(expected);
  });
});

describe('registrableDomain', () => {
  it.each([
    ['www.example.com', 'example.com'],
    ['a.b.example.co.uk', 'example.co.uk'],
    ['alice.github.io', 'alice.github.io'],
    ['WWW.Example.com', 'example.com'],
    ['localhost', 'localhost'],
    ['app.localhost', 'app.localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['github.io', 'github.io'],
  ])('of %s is %s', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });
});

describe('isLoopback', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['app.localhost', true],
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['[::1]', true],
    ['::1', true],
    ['128.0.0.1', false],
    ['127.example.com', false],
    ['localhost.example.com', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});

describe('sameSite', () => {
  it.each([
    ['https://www.example.com/', 'https://api.example.com/x', true],
    ['https://example.com/', 'http://example.com/', true],
    ['https://alice.github.io/', 'https://bob.github.io/', false],
    ['https://example.com/', 'https://www.google-analytics.com/collect', false],
    ['https://example.com/', 'not a url', false],
  ])('%s and %s → %s', (a, b, expected) => {
    expect(sameSite(a, b)).toBe(expected);
  });
});
