import { phrase } from '../i18n/phrase';
import { decodeBase64 } from './base64';
import { newDraft, type DecodeContext, type Draft } from './draft';
import { entropyWarning, estimateEntropyBits } from './entropy';
import { hashByName } from './hmac-engine';
import { isJsonContainer, parseJsonBytes } from './json-text';
import { rawKeyTester, utf8 } from './signature-check';

/** Names under which cookie-session (and koa-session, same `cookies`/keygrip signing) store the session. */
const COOKIE_SESSION_NAMES = new Set(['session', 'express:sess', 'koa:sess', 'koa.sess']);
const KEYGRIP_SIGNATURE = /^[A-Za-z0-9_-]{20,}$/;

/**
 * express-session (`connect.sid`): `s:<id>.<HMAC-SHA256(secret, id)>` in standard base64 without
 * padding, URL-encoded on the wire. The session data lives on the server.
 */
export function decodeExpressSession(ctx: DecodeContext): Draft | null {
  const value = ctx.value;
  const dot = value.lastIndexOf('.');
  if (!value.startsWith('s:') || dot < 3) return null;
  const id = value.slice(2, dot);
  const signature = decodeBase64(value.slice(dot + 1));
  if (signature === null || signature.length !== 32) return null;
  const entropyBits = estimateEntropyBits(id);
  const draft = newDraft('express-session', {
    entropyBits,
    checks: [{ test: rawKeyTester(hashByName('sha256'), utf8(id), signature) }],
    warnings: [phrase('warnServerSideSession')],
  });
  const warning = entropyWarning(entropyBits);
  if (warning !== null) draft.warnings.push(warning);
  return draft;
}

/**
 * cookie-session: the cookie holds standard base64 JSON, and a second cookie `<name>.sig` holds
 * keygrip's HMAC-SHA1 of `<name>=<value>`. Recognised when that signature cookie was seen or the
 * name is one cookie-session/koa-session use by default; the `.sig` cookie itself is recognised too.
 */
export function decodeCookieSession(ctx: DecodeContext): Draft | null {
  if (ctx.name.endsWith('.sig') && KEYGRIP_SIGNATURE.test(ctx.raw)) {
    return newDraft('cookie-session', {
      warnings: [phrase('warnKeygripSignature', ctx.name.slice(0, -4))],
    });
  }
  if (ctx.signatureCookie === null && !COOKIE_SESSION_NAMES.has(ctx.name)) return null;
  const bytes = decodeBase64(ctx.raw);
  const parsed = bytes === null ? { ok: false as const } : parseJsonBytes(bytes);
  if (!parsed.ok || !isJsonContainer(parsed.value)) return null;
  const draft = newDraft('cookie-session', { payload: parsed.value });
  const signature = ctx.signatureCookie === null ? null : decodeBase64(ctx.signatureCookie);
  if (signature === null) {
    draft.warnings.push(phrase('warnNoSignatureCookie', ctx.name || 'session'));
    return draft;
  }
  const message = utf8(`${ctx.name || 'session'}=${ctx.raw}`);
  draft.checks.push({ test: rawKeyTester(hashByName('sha1'), message, signature) });
  return draft;
}
