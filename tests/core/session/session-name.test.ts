import { describe, expect, it } from 'vitest';
import { isSessionLikeName } from '../../../src/core/session';
import { isServerSessionIdName } from '../../../src/core/session/session-name';

describe('isSessionLikeName', () => {
  it.each([
    'session',
    'sessionid',
    'PHPSESSID',
    'JSESSIONID',
    'connect.sid',
    'ASP.NET_SessionId',
    '.AspNetCore.Identity.Application',
    '_myapp_session',
    'laravel_session',
    'SESSd41d8cd98f00b204e9800998ecf8427e',
    'wordpress_logged_in_abc123',
    'auth_token',
    'oauth_state',
    'remember_login',
    'SID',
    'SSID',
    'APISID',
    'sid',
    'user_sid',
    'connectSid',
    'access_token',
    'express:sess',
  ])('%s is session-like', (name) => {
    expect(isSessionLikeName(name)).toBe(true);
  });

  it.each([
    ['inside', "'sid' inside a word"],
    ['sidebar_state', "a word starting with 'sid'"],
    ['consider', "'sid' inside a word"],
    ['author_pref', "'auth' as part of 'author'"],
    ['csrftoken', 'Django CSRF cookie'],
    ['XSRF-TOKEN', 'Angular CSRF cookie'],
    ['.AspNetCore.Antiforgery.abc', 'ASP.NET antiforgery cookie'],
    ['_ga', 'analytics'],
    ['theme', 'preference'],
    ['', 'empty name'],
  ])('%s is not session-like (%s)', (name) => {
    expect(isSessionLikeName(name)).toBe(false);
  });
});

describe('isServerSessionIdName', () => {
  it.each(['PHPSESSID', 'JSESSIONID', 'ASP.NET_SessionId', 'connect.sid', 'sid', 'SID', 'sessionid', 'CFID', 'CFTOKEN'])('%s names a server-side session id', (name) => {
    expect(isServerSessionIdName(name)).toBe(true);
  });

  it.each(['session', 'express:sess', 'laravel_session', 'user_sid', 'auth_token', ''])('%s does not', (name) => {
    expect(isServerSessionIdName(name)).toBe(false);
  });
});
