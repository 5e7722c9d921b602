/**
 * Base64 in both RFC 4648 alphabets. Cookies mix them: itsdangerous and Django use the url-safe one
 * without padding, Starlette and cookie-session the standard one with padding, Flask's `" b"` tag
 * standard with padding. Decoding accepts either alphabet and optional padding, so one function
 * serves every format; it returns null instead of throwing on anything else.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const DECODE_TABLE: Int16Array = buildDecodeTable();

function buildDecodeTable(): Int16Array {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) {
    table[ALPHABET.charCodeAt(i)] = i;
    table[URL_ALPHABET.charCodeAt(i)] = i;
  }
  return table;
}

/** Decodes base64 (standard or url-safe, padded or not); null when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 && text.length - end < 2) end--;
  if (end % 4 === 1) return null;
  if (end < text.length && text.length % 4 !== 0) return null;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const sextet = code < 128 ? (DECODE_TABLE[code] ?? -1) : -1;
    if (sextet < 0) return null;
    buffer = ((buffer << 6) | sextet) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[written++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** Encodes bytes as base64: the standard alphabet with padding, or url-safe without. */
export function encodeBase64(bytes: Uint8Array, variant: 'standard' | 'url'): string {
  const alphabet = variant === 'url' ? URL_ALPHABET : ALPHABET;
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] ?? 0) << 16) | (rest === 2 ? (bytes[i + 1] ?? 0) << 8 : 0);
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]!;
    if (rest === 2) out += alphabet[(n >> 6) & 63]!;
    if (variant === 'standard') out += rest === 2 ? '=' : '==';
  }
  return out;
}
