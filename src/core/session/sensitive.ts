import type { SensitiveItem } from './types';

/**
 * Keys and values in a decoded session that look secret. Deliberately narrow, to keep a HIGH
 * finding meaningful:
 * - CSRF tokens and secrets (`csrf_token` of Flask-WTF, `csrfSecret` of csurf, `_csrf_token` of
 *   Rails) are left out: they only protect forms, and whoever holds the cookie could submit those
 *   forms anyway. They are listed by attribution instead.
 * - A key counts only when it holds a non-empty string or a number: `{"password": null}` and
 *   `{"has_password": true}` reveal nothing.
 * - `token` must be the last word of the key (`access_token`, `refreshToken`), so `token_type`
 *   or `token_expiry` do not count; card numbers need an issuer prefix and the Luhn check, so
 *   millisecond timestamps and database ids do not count either.
 */

const MAX_ITEMS = 100;
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
const AWS_ACCESS_KEY = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/;
const CARD_ISSUERS = [
  /^4(?:\d{12}|\d{15}|\d{18})$/, // Visa
  /^(?:5[1-5]\d{14}|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12})$/, // Mastercard
  /^3[47]\d{13}$/, // American Express
  /^(?:6011|65\d\d|64[4-9]\d)\d{12,15}$/, // Discover
  /^35(?:2[89]|[3-8]\d)\d{12,15}$/, // JCB
  /^3(?:0[0-5]|[68]\d)\d{11}$/, // Diners Club
];

interface Node {
  value: unknown;
  key: string | null;
  parent: Node | null;
}

/** Sensitive-looking items of a decoded payload, with dotted key paths (iterative: any depth). */
export function findSensitive(payload: unknown): SensitiveItem[] {
  const out: SensitiveItem[] = [];
  const stack: Node[] = [{ value: payload, key: null, parent: null }];
  while (stack.length > 0 && out.length < MAX_ITEMS) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value === 'object' && value !== null) {
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        stack.push({ value: child, key, parent: node });
      }
      continue;
    }
    const kind = kindOfLeaf(node);
    if (kind !== null) out.push({ key: pathOf(node), kind });
  }
  return out;
}

/** Sensitive-looking content in a plain cookie value (not a session format). */
export function findSensitiveInValue(value: string): SensitiveItem[] {
  const kind = kindOfValue(value);
  return kind === null ? [] : [{ key: '', kind }];
}

function kindOfLeaf(node: Node): string | null {
  const { value, key } = node;
  const meaningful = (typeof value === 'string' && value !== '') || typeof value === 'number';
  const byKey = meaningful && key !== null && node.parent !== null && !Array.isArray(node.parent.value) ? kindOfKey(key) : null;
  if (byKey !== null) return byKey;
  if (typeof value === 'string') return kindOfValue(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return isCardNumber(String(value)) ? 'card-number' : null;
  return null;
}

function kindOfKey(key: string): string | null {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  if (words.some((word) => word.includes('csrf') || word.includes('xsrf'))) return null;
  const joined = words.join('');
  if (words.some((word) => word.includes('password') || word.includes('passwd') || word === 'pwd' || word === 'passphrase')) {
    return 'password';
  }
  if (joined.includes('privatekey')) return 'private-key';
  if (joined.includes('apikey') || joined.includes('accesskey')) return 'api-key';
  if (words.some((word) => word.endsWith('secret'))) return 'secret';
  const last = words[words.length - 1] ?? '';
  return last.endsWith('token') || last === 'jwt' ? 'token' : null;
}

function kindOfValue(value: string): string | null {
  if (PRIVATE_KEY.test(value)) return 'private-key';
  if (AWS_ACCESS_KEY.test(value)) return 'aws-access-key';
  return isCardNumber(value) ? 'card-number' : null;
}

/** 13–19 digits (spaces or dashes between groups allowed) with a card issuer's prefix and a valid Luhn digit. */
export function isCardNumber(text: string): boolean {
  if (text.length > 23 || !/^\d(?:[ -]?\d){12,18}$/.test(text)) return false;
  const digits = text.replace(/[ -]/g, '');
  return CARD_ISSUERS.some((issuer) => issuer.test(digits)) && passesLuhn(digits);
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function pathOf(node: Node): string {
  const parts: string[] = [];
  for (let n: Node | null = node; n !== null && n.key !== null; n = n.parent) parts.push(n.key);
  return parts.reverse().join('.');
}
