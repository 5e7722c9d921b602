/**
 * Which framework set a cookie, so that a fix can name the setting that controls it. Detection uses
 * only what the cookie itself shows: its decoded format and its name (framework default names).
 */
import type { DecodedSession } from '../session/types';

export type Framework = 'flask' | 'django' | 'starlette' | 'express-session' | 'cookie-session' | 'rails' | 'laravel' | 'php' | 'java' | 'aspnet';

/** 'session': the framework's own session cookie; 'csrf': a token scripts must read; 'remember': a login-persistence cookie. */
export type CookieRole = 'session' | 'csrf' | 'remember' | 'other';

export interface FrameworkHint {
  /** The framework whose configuration controls this cookie, or null. */
  framework: Framework | null;
  role: CookieRole;
  /** The framework the rest of the site runs on (from its session cookie), for cookies the app sets itself. */
  siteFramework: Framework | null;
  name: string;
}

const BY_FORMAT: Partial<Record<DecodedSession['format'], Framework>> = {
  flask: 'flask',
  'flask-legacy': 'flask',
  starlette: 'starlette',
  'cookie-session': 'cookie-session',
  'express-session': 'express-session',
  'rails-encrypted': 'rails',
  'rails-signed': 'rails',
  'aspnet-data-protection': 'aspnet',
};

// A Map, not an object: cookie names are untrusted and 'constructor' must not find Object's.
const BY_NAME = new Map<string, { framework: Framework; role: CookieRole }>([
  ['sessionid', { framework: 'django', role: 'session' }],
  ['csrftoken', { framework: 'django', role: 'csrf' }],
  ['remember_token', { framework: 'flask', role: 'remember' }],
  ['connect.sid', { framework: 'express-session', role: 'session' }],
  ['laravel_session', { framework: 'laravel', role: 'session' }],
  ['phpsessid', { framework: 'php', role: 'session' }],
  ['jsessionid', { framework: 'java', role: 'session' }],
  ['asp.net_sessionid', { framework: 'aspnet', role: 'session' }],
]);

// itsdangerous: [.]payload.timestamp.signature, all url-safe base64.
const ITSDANGEROUS_SHAPE = /^\.?[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{4,8}\.[A-Za-z0-9_-]{20,}$/;

export function detectFramework(name: string, value: string | null, session: DecodedSession | null): Omit<FrameworkHint, 'siteFramework'> {
  const lower = name.toLowerCase();
  const found = byFormat(lower, session) ?? BY_NAME.get(lower) ?? byShape(lower, value);
  // Whatever wrote it, a CSRF token is for scripts to read (ASP.NET's antiforgery cookie is Data Protection-encoded).
  if (/csrf|xsrf|antiforgery/.test(lower)) return { framework: found?.framework ?? null, role: 'csrf', name };
  return found ? { ...found, name } : { framework: null, role: 'other', name };
}

function byFormat(lower: string, session: DecodedSession | null): { framework: Framework; role: CookieRole } | null {
  // django.core.signing also signs ordinary cookies (set_signed_cookie): only sessionid is the session.
  if (session?.format === 'django-signed') return { framework: 'django', role: lower === 'sessionid' ? 'session' : 'other' };
  const framework = session ? BY_FORMAT[session.format] : undefined;
  return framework ? { framework, role: 'session' } : null;
}

function byShape(lower: string, value: string | null): { framework: Framework; role: CookieRole } | null {
  if (lower === 'session' && value !== null && ITSDANGEROUS_SHAPE.test(value)) return { framework: 'flask', role: 'session' };
  if (/^_[a-z0-9_]+_session$/.test(lower)) return { framework: 'rails', role: 'session' };
  if (lower.startsWith('.aspnetcore.')) return { framework: 'aspnet', role: 'session' };
  // keygrip's signature cookie, written by the cookie-session middleware next to the session.
  if (lower.endsWith('.sig')) return { framework: 'cookie-session', role: 'session' };
  return null;
}

/** The framework of the first cookie that is a framework's own session cookie. */
export function siteFrameworkOf(hints: readonly Omit<FrameworkHint, 'siteFramework'>[]): Framework | null {
  return hints.find((h) => h.framework !== null && h.role === 'session')?.framework ?? null;
}
