/** client-session-readable, session-sensitive-data, session-known-secret, jwt-alg-none: from the decoded value. */
import type { SessionFormat } from '../../session/types';
import { redactValue } from '../../cookie/redact';
import { fixFor } from '../fixes';
import { capitalise, cookieLabel, makeFinding } from '../finding';
import { payloadPreview } from '../redact-session';
import type { Rule } from '../rule-context';
import type { Finding } from '../types';

/** Signed but not encrypted: the payload is there for anyone holding the cookie. */
const READABLE: Partial<Record<SessionFormat, string>> = {
  flask: 'Flask session',
  'flask-legacy': 'Flask session (legacy itsdangerous)',
  starlette: 'Starlette session',
  'django-signed': 'Django signed cookie',
  'cookie-session': 'cookie-session (Express) session',
  jwt: 'JWT',
};

export const clientSessionReadable: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const s = c.session;
    const kind = s ? READABLE[s.format] : undefined;
    if (!s || !kind || s.payload === null || s.payload === undefined) return [];
    const sensitive = s.sensitive.length > 0;
    return [
      makeFinding(ctx, c, {
        ruleId: 'client-session-readable',
        severity: sensitive ? 'high' : 'info',
        message: `${capitalise(cookieLabel(c))} is a ${kind}, signed but not encrypted: anyone holding the cookie can read its contents${sensitive ? ', including data that looks secret' : ''}.`,
        evidence: `${kind}, signature ${s.signature.status}; ${payloadPreview(s.payload, ctx.includeValues)}`,
        fix: `Keep nothing confidential in the cookie. ${fixFor('server-side', c.framework)}`,
      }),
    ];
  });

export const sessionSensitiveData: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const items = c.session?.sensitive ?? [];
    if (items.length === 0) return [];
    const list = items.map((i) => (i.key === '' ? `the whole value (${i.kind})` : `${i.key} (${i.kind})`)).join(', ');
    return [
      makeFinding(ctx, c, {
        ruleId: 'session-sensitive-data',
        severity: 'high',
        message: `${capitalise(cookieLabel(c))} carries data that looks secret (${items.map((i) => i.kind).join(', ')}), readable by anyone who holds the cookie.`,
        evidence: `looks secret: ${list}`,
        fix: `Move secrets out of the cookie and onto the server. ${fixFor('server-side', c.framework)}`,
      }),
    ];
  });

export const sessionKnownSecret: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const signature = c.session?.signature;
    if (!signature || signature.status !== 'valid' || signature.secret === undefined) return [];
    const known = signature.knownSecret;
    const secret = known || ctx.includeValues ? JSON.stringify(signature.secret) : redactValue(signature.secret);
    const where = known ? 'a publicly known secret' : 'a secret from the list you supplied';
    return [
      makeFinding(ctx, c, {
        ruleId: 'session-known-secret',
        severity: 'critical',
        message: `The signature of ${cookieLabel(c)} verifies with ${where}, so anyone can forge a session.`,
        evidence: `${c.session?.format ?? ''} signature valid with the secret ${secret}${known ? ` — ${known.source}` : ''}`,
        fix: fixFor('secret', c.framework),
      }),
    ];
  });

export const jwtAlgNone: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const alg = c.session?.format === 'jwt' ? c.session.jwtHeader?.alg : undefined;
    if (typeof alg !== 'string' || alg.toLowerCase() !== 'none') return [];
    return [
      makeFinding(ctx, c, {
        ruleId: 'jwt-alg-none',
        severity: 'critical',
        message: `${capitalise(cookieLabel(c))} is a JWT with alg "${alg}": it is not signed, so anyone can change its claims.`,
        evidence: `JWT header alg "${alg}"; claims: ${payloadPreview(c.session?.payload ?? null, ctx.includeValues)}`,
        fix: 'Sign the token (HS256 with a long random key, or RS256/ES256) and make the server reject alg "none".',
      }),
    ];
  });
