import { decodeBase64 } from './base64';
import { newDraft, type DecodeContext, type Draft } from './draft';
import { entropyWarning, estimateEntropyBits } from './entropy';
import { isJsonContainer, parseJson, parseJsonBytes } from './json-text';
import { isServerSessionIdName, isSessionLikeName } from './session-name';

/** Under a merely session-like name, only what looks like a random id counts as one. */
const ID_LIKE = /^[A-Za-z0-9._~+/=-]{8,256}$/;
/** Under a server-side id name, any visible ASCII: a short or odd id is exactly what to flag. */
const ANY_ID = /^[\x21-\x7e]{1,256}$/;

/** A JSON object or array written straight into the cookie (often URL-encoded). */
export function decodePlainJson(ctx: DecodeContext): Draft | null {
  const first = ctx.value.trimStart()[0];
  if (first !== '{' && first !== '[') return null;
  const parsed = parseJson(ctx.value);
  return parsed.ok && isJsonContainer(parsed.value) ? newDraft('json', { payload: parsed.value }) : null;
}

/** Base64 (either alphabet) of a JSON object or array, unsigned: anyone can change it. */
export function decodeBase64Json(ctx: DecodeContext): Draft | null {
  if (ctx.value.length < 4) return null;
  const bytes = decodeBase64(ctx.value);
  const parsed = bytes === null ? { ok: false as const } : parseJsonBytes(bytes);
  return parsed.ok && isJsonContainer(parsed.value) ? newDraft('base64-json', { payload: parsed.value }) : null;
}

/**
 * A server-side session id (PHPSESSID, JSESSIONID, Flask-Session, ...): only its strength can be
 * judged. Tomcat appends `.<jvmRoute>` to JSESSIONID, which is routing, not randomness.
 */
export function decodeOpaqueId(ctx: DecodeContext): Draft | null {
  if (!isIdCandidate(ctx)) return null;
  const id = /^jsessionid$/i.test(ctx.name) ? ctx.value.replace(/\.[^.]*$/, '') : ctx.value;
  const entropyBits = estimateEntropyBits(id);
  const draft = newDraft('opaque-id', { entropyBits });
  const warning = entropyWarning(entropyBits);
  if (warning !== null) draft.warnings.push(warning);
  return draft;
}

function isIdCandidate(ctx: DecodeContext): boolean {
  if (isServerSessionIdName(ctx.name)) return ANY_ID.test(ctx.value);
  return isSessionLikeName(ctx.name) && ID_LIKE.test(ctx.value);
}
