import { phrase } from '../i18n/phrase';
import { decodeBase64 } from './base64';
import { isoFromSeconds, newDraft, type DecodeContext, type Draft } from './draft';
import { hashByName } from './hmac-engine';
import { isPlainObject, parseJsonBytes } from './json-text';
import { rawKeyTester, utf8 } from './signature-check';

const SEGMENT = /^[A-Za-z0-9_-]*$/;
const HMAC_ALGORITHMS = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const;

/**
 * JSON Web Tokens: `header.payload.signature` (JWS) or five segments (JWE, encrypted). The
 * header must be a JSON object naming `alg` and the payload JSON, which tells a JWT apart from an
 * itsdangerous value whose payload also starts with `eyJ`.
 */
export function decodeJwt(ctx: DecodeContext): Draft | null {
  const segments = ctx.value.split('.');
  if ((segments.length !== 3 && segments.length !== 5) || !segments.every((s) => SEGMENT.test(s))) return null;
  const header = readJsonSegment(segments[0] ?? '');
  if (!isPlainObject(header) || typeof header.alg !== 'string') return null;
  if (segments.length === 5) {
    if (typeof header.enc !== 'string') return null;
    return newDraft('jwt', { jwtHeader: header, warnings: [phrase('warnJwe')] });
  }
  const payload = readJsonSegment(segments[1] ?? '');
  if (payload === undefined) return null;
  const draft = newDraft('jwt', { payload, jwtHeader: header });
  if (isPlainObject(payload) && typeof payload.iat === 'number') draft.issuedAt = isoFromSeconds(payload.iat);
  addSignatureCheck(draft, header.alg, segments);
  return draft;
}

function addSignatureCheck(draft: Draft, alg: string, segments: string[]): void {
  if (alg.toLowerCase() === 'none') {
    draft.warnings.push(phrase('warnJwtAlgNone'));
    return;
  }
  const hashName = (HMAC_ALGORITHMS as Record<string, 'sha256' | 'sha384' | 'sha512' | undefined>)[alg];
  const signature = decodeBase64(segments[2] ?? '');
  if (hashName === undefined || signature === null) {
    draft.warnings.push(phrase('warnJwtPublicKey', alg));
    return;
  }
  const message = utf8(`${segments[0] ?? ''}.${segments[1] ?? ''}`);
  draft.checks.push({ test: rawKeyTester(hashByName(hashName), message, signature) });
}

/** The JSON a base64url segment holds, or undefined when it holds none. */
function readJsonSegment(segment: string): unknown {
  const bytes = decodeBase64(segment);
  if (bytes === null || bytes.length === 0) return undefined;
  const parsed = parseJsonBytes(bytes);
  return parsed.ok ? parsed.value : undefined;
}
