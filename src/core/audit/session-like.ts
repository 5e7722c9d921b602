import { isSessionLikeName } from '../session';
import type { DecodedSession, SessionFormat } from '../session/types';
import type { CookieRole } from './framework';

/** Formats that carry a session; plain JSON, opaque values and bare random ids prove nothing by themselves. */
const SESSION_FORMATS: ReadonlySet<SessionFormat> = new Set<SessionFormat>([
  'flask',
  'flask-legacy',
  'starlette',
  'django-signed',
  'cookie-session',
  'express-session',
  'jwt',
  'rails-encrypted',
  'rails-signed',
  'aspnet-data-protection',
]);

/**
 * FINDINGS.md: decoded as a known session format, or a session-like name. A CSRF token is not a
 * session even though its name contains "token": scripts must read it (double-submit), and calling
 * it a session would raise every finding about it to the session severity.
 */
export function isSessionLike(name: string, session: DecodedSession | null, role: CookieRole): boolean {
  if (role === 'csrf') return false;
  if (session !== null && SESSION_FORMATS.has(session.format)) return true;
  return isSessionLikeName(name);
}
