import { describe, expect, it } from 'vitest';
import { fixFor, type FixTopic } from '../../../src/core/audit/fixes';
import { english } from '../../../src/core/i18n/english';
import type { FrameworkHint } from '../../../src/core/audit/framework';

function hint(fields: Partial<FrameworkHint>): FrameworkHint {
  return { framework: null, role: 'other', siteFramework: null, name: 'x', ...fields };
}

describe('fixFor', () => {
  it.each<[string, FixTopic, Partial<FrameworkHint>, string]>([
    ['a Flask session', 'secure', { framework: 'flask', role: 'session' }, 'In Flask set SESSION_COOKIE_SECURE = True.'],
    ['a Flask session', 'refresh', { framework: 'flask', role: 'session' }, 'SESSION_REFRESH_EACH_REQUEST = False'],
    ['a Flask session', 'lifetime', { framework: 'flask', role: 'session' }, 'PERMANENT_SESSION_LIFETIME'],
    ["Flask-Login's remember cookie", 'secure', { framework: 'flask', role: 'remember' }, 'REMEMBER_COOKIE_SECURE = True'],
    ['a Django session', 'samesite', { framework: 'django', role: 'session' }, "SESSION_COOKIE_SAMESITE = 'Lax'"],
    ['a Django session', 'lifetime', { framework: 'django', role: 'session' }, 'SESSION_COOKIE_AGE'],
    ["Django's CSRF cookie", 'secure', { framework: 'django', role: 'csrf' }, 'CSRF_COOKIE_SECURE = True'],
    ['a Starlette session', 'secure', { framework: 'starlette', role: 'session' }, 'SessionMiddleware(app, secret_key=…, https_only=True)'],
    ['a Starlette session', 'samesite', { framework: 'starlette', role: 'session' }, "same_site='lax'"],
    ['express-session', 'secure', { framework: 'express-session', role: 'session' }, 'session({ cookie: { secure: true } })'],
    ['cookie-session', 'lifetime', { framework: 'cookie-session', role: 'session' }, 'cookieSession({ maxAge:'],
    ['an app cookie on an Express site', 'httponly', { siteFramework: 'express-session', name: 'cart' }, "Pass { httpOnly: true } to res.cookie('cart', value, options)."],
    ['an app cookie on a Django site', 'samesite', { siteFramework: 'django', name: 'theme' }, "Pass samesite='Lax' to response.set_cookie('theme', …)."],
    ['a cookie on an unknown stack', 'secure', {}, 'Add the Secure attribute'],
    ['a Starlette session, whose HttpOnly has no setting', 'httponly', { framework: 'starlette', role: 'session' }, 'Add the HttpOnly attribute'],
  ])('names the setting for %s (%s)', (_, topic, fields, expected) => {
    expect(english(fixFor(topic, hint(fields)))).toContain(expected);
  });
});
