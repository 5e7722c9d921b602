/** client-session-readable, session-sensitive-data, session-known-secret, jwt-alg-none: from the decoded value. */
import type { SessionFormat } from '../../session/types';
import { redactValue } from '../../cookie/redact';
import { fixFor } from '../fixes';
import type { PhraseId } from '../../i18n/catalogue';
import { english } from '../../i18n/english';
import { phrase } from '../../i18n/phrase';
import { cookieLabel, cookieLabelStart, makeFinding } from '../finding';
import { payloadPreview } from '../redact-session';
import type { Rule } from '../rule-context';
import type { Finding } from '../types';

/** Signed but not encrypted: the payload is there for anyone holding the cookie. */
const READABLE: Partial<Record<SessionFormat, PhraseId>> = {
  flask: 'sessionKindFlask',
  'flask-legacy': 'sessionKindFlaskLegacy',
  starlette: 'sessionKindStarlette',
  'django-signed': 'sessionKindDjangoSigned',
  'cookie-session': 'sessionKindCookieSession',
  jwt: 'sessionKindJwt',
};

export const clientSessionReadable: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const s = c.session;
    const kindId = s ? READABLE[s.format] : undefined;
    if (!s || !kindId || s.payload === null || s.payload === undefined) return [];
    const kind = phrase(kindId);
    const sensitive = s.sensitive.length > 0;
    return [
      makeFinding(ctx, c, {
        ruleId: 'client-session-readable',
        severity: sensitive ? 'high' : 'info',
        message: phrase(sensitive ? 'findingReadableSessionSensitive' : 'findingReadableSession', cookieLabelStart(c), kind),
        evidence: `${english(kind)}, signature ${s.signature.status}; ${payloadPreview(s.payload, ctx.includeValues)}`,
        fix: phrase('fixReadableSession', fixFor('server-side', c.framework)),
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
        message: phrase('findingSensitiveData', cookieLabelStart(c), items.map((i) => i.kind).join(', ')),
        evidence: `looks secret: ${list}`,
        fix: phrase('fixSensitiveData', fixFor('server-side', c.framework)),
      }),
    ];
  });

export const sessionKnownSecret: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const signature = c.session?.signature;
    if (!signature || signature.status !== 'valid' || signature.secret === undefined) return [];
    const known = signature.knownSecret;
    const secret = known || ctx.includeValues ? JSON.stringify(signature.secret) : redactValue(signature.secret);
    return [
      makeFinding(ctx, c, {
        ruleId: 'session-known-secret',
        severity: 'critical',
        message: phrase(known ? 'findingKnownSecret' : 'findingListedSecret', cookieLabel(c)),
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
        message: phrase('findingJwtAlgNone', cookieLabelStart(c), alg),
        evidence: `JWT header alg "${alg}"; claims: ${payloadPreview(c.session?.payload ?? null, ctx.includeValues)}`,
        fix: phrase('fixJwtAlgNone'),
      }),
    ];
  });
