import { describe, expect, it } from 'vitest';
import { detectFramework } from '../../../src/core/audit/framework';
import { decodeSession } from '../../../src/core/session';

function detect(name: string, value: string | null) {
  const session = value === null ? null : decodeSession(value, { name, tryKnownSecrets: false });
  const { framework, role } = detectFramework(name, value, session);
  return { framework, role };
}

describe('detectFramework', () => {
  it.each([
    ['a Flask session', 'session', 'eyJ1c2VyX2lkIjo0MiwidXNlcm5hbWUiOiJhbGljZSJ9.awR_EA.E4LqTBdN87TekV9sPjN2ienty8s', 'flask', 'session'],
    ['a Starlette session', 'session', 'eyJ1c2VyIjogImFsaWNlIiwgIm4iOiBbMSwgMiwgM119.awR_cQ.EisMA3ZzHyi5vsL2-p1CxYNePLM', 'starlette', 'session'],
    ['a Django signed-cookie session', 'sessionid', 'eyJ1c2VyX2lkIjo0Mn0:1xVYLD:1Qs-cvx1XTBwlkQ2IcOcoeCl2keASlVKZTOvTegmTX0', 'django', 'session'],
    ['a Django database session id', 'sessionid', 'q8w7e6r5t4y3u2i1o0p9a8s7d6f5g4h3', 'django', 'session'],
    ["Django's CSRF cookie", 'csrftoken', 'nZ1c8vJ0oWJ0Cx5dTNUcR0Ybr0G4Pk6QgmJkD5zDR3oOQmN2yV5sM2NjvVQ4QxG1', 'django', 'csrf'],
    ["Django's set_signed_cookie", 'theme', 'dark:1xVYLD:VcK60jF10agFbA2MfTqjU9JmzzAc1n0-r1R-ePQ4Akc', 'django', 'other'],
    ['express-session', 'connect.sid', 's%3AtDSLMw-GXbmFB1gsLv1hTn2JRfhB06M9.vmROYrhtm98yD9kWmaQQ3FZJKd7PMn7dKlyFh7o3Kc4', 'express-session', 'session'],
    ['cookie-session', 'session', 'eyJ1c2VyIjoiYWxpY2UiLCJ2aWV3cyI6MX0=', 'cookie-session', 'session'],
    ["Flask-Login's remember cookie", 'remember_token', '1|a3f5c9', 'flask', 'remember'],
    ['a Rails session', '_myapp_session', 'gbhTN5ej%2FzfNpTxwbl0NvXi7pazhIULdxAXC7A8BBC3sqxv8--UXRUXmwBmTsQHL5o--EqQg8jLcZlfKvE3b1ZXLkQ%3D%3D', 'rails', 'session'],
    ['PHPSESSID', 'PHPSESSID', '3d2f1b0b7e4c6a9d8e7f6a5b4c3d2e1f', 'php', 'session'],
    ['JSESSIONID', 'JSESSIONID', '8F2C1A9E0B7D6C5E4F3A2B1C0D9E8F7A', 'java', 'session'],
    ["ASP.NET Core's antiforgery cookie", '.AspNetCore.Antiforgery.9fXoN5jHCXs', 'CfDJ8Abc', 'aspnet', 'csrf'],
    ["Angular's XSRF-TOKEN", 'XSRF-TOKEN', '8d9f0a1b2c3d', null, 'csrf'],
    ['an analytics cookie', '_ga', 'GA1.1.42.1795456800', null, 'other'],
    ["cookie-session's signature cookie", 'session.sig', 'QeAC__G2lyS_mfFfCQQ51YM_9kY', 'cookie-session', 'session'],
    ['a cookie named like an Object property', 'constructor', '1', null, 'other'],
    ['a cookie named __proto__', '__proto__', '1', null, 'other'],
  ])('recognises %s', (_, name, value, framework, role) => {
    expect(detect(name, value)).toEqual({ framework, role });
  });
});
