import { phrase } from '../i18n/phrase';
import { decodeBase64 } from './base64';
import { newDraft, type DecodeContext, type Draft } from './draft';
import { decodeUtf8, isJsonContainer, parseJson } from './json-text';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const HEX_DIGEST = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** ASP.NET Core Data Protection payloads start with its magic header 09 F0 C9 F0, base64url "CfDJ8". */
export function decodeAspNetDataProtection(ctx: DecodeContext): Draft | null {
  if (!ctx.value.startsWith('CfDJ8')) return null;
  return newDraft('aspnet-data-protection', {
    warnings: [phrase('warnAspNetEncrypted')],
  });
}

/**
 * Rails cookie store. Rails 5.2+ encrypts with AES-256-GCM: `ct--iv--tag`, each base64. Older
 * Rails signs (`data--hexdigest`, data usually a Ruby Marshal dump starting `BAh`) or encrypts
 * with AES-CBC inside that envelope. The key comes from secret_key_base through PBKDF2, so only
 * the shape is recognised.
 */
export function decodeRails(ctx: DecodeContext): Draft | null {
  const parts = ctx.value.split('--');
  if (parts.length === 3 && parts.every((part) => BASE64.test(part))) {
    const iv = decodeBase64(parts[1] ?? '');
    const tag = decodeBase64(parts[2] ?? '');
    if (iv?.length !== 12 || tag?.length !== 16) return null;
    return newDraft('rails-encrypted', { warnings: [phrase('warnRailsGcm')] });
  }
  if (parts.length !== 2 || !BASE64.test(parts[0] ?? '') || !HEX_DIGEST.test(parts[1] ?? '')) return null;
  return decodeRailsSigned(parts[0] ?? '');
}

function decodeRailsSigned(data: string): Draft | null {
  const bytes = decodeBase64(data);
  if (bytes === null) return null;
  if (bytes[0] === 0x04 && bytes[1] === 0x08) {
    return newDraft('rails-signed', {
      warnings: [phrase('warnRailsMarshal')],
    });
  }
  const text = decodeUtf8(bytes);
  if (text !== null && /^[A-Za-z0-9+/]+={0,2}--[A-Za-z0-9+/]+={0,2}$/.test(text)) {
    return newDraft('rails-encrypted', { warnings: [phrase('warnRailsCbc')] });
  }
  const parsed = text === null ? { ok: false as const } : parseJson(text);
  if (!parsed.ok || !isJsonContainer(parsed.value)) return null;
  return newDraft('rails-signed', { payload: parsed.value });
}
