import { phrase, type Phrase } from '../i18n/phrase';
import { KNOWN_SECRETS } from './known-secrets';
import { bytesRepr } from './python-literal';
import { utf8, type SignatureCheck } from './signature-check';
import type { DecodedSession, SessionFormat } from './types';

interface SecretCandidate {
  bytes: Uint8Array;
  /** How the secret is shown: the string itself, or a bytes secret as a Python literal. */
  label: string;
  knownSource?: string;
}

export interface SecretSearch {
  signature: DecodedSession['signature'];
  /** Set when the matching check proved a format the shape left open. */
  format?: SessionFormat;
  warning?: Phrase;
}

let knownCandidates: SecretCandidate[] | null = null;

/** Encoded once per process: the built-in list is tried on every signed value. */
function knownSecretCandidates(): SecretCandidate[] {
  knownCandidates ??= KNOWN_SECRETS.map(({ secret, source }) => ({ ...toCandidate(secret), knownSource: source }));
  return knownCandidates;
}

function toCandidate(secret: string | Uint8Array): SecretCandidate {
  return typeof secret === 'string' ? { bytes: utf8(secret), label: secret } : { bytes: secret, label: bytesRepr(secret) };
}

function userCandidates(secrets: unknown): SecretCandidate[] {
  if (!Array.isArray(secrets)) return [];
  const out: SecretCandidate[] = [];
  for (const secret of secrets) {
    if (typeof secret === 'string' || secret instanceof Uint8Array) out.push(toCandidate(secret));
  }
  return out;
}

/**
 * The built-in list and the wordlist are tried only on values up to this length: every candidate
 * costs an HMAC over the whole value, so 80 known secrets over a 1 MB value took over a second,
 * and a 50,000-line wordlist would take minutes. Browsers drop cookies over 4096 bytes; four
 * times that leaves room for HAR captures and odd servers. Secrets given one by one are still tried.
 */
export const MAX_BULK_SEARCH_LENGTH = 16 * 1024;

export interface SearchOptions {
  secrets?: unknown;
  wordlist?: unknown;
  tryKnownSecrets?: unknown;
}

/**
 * Tries the built-in known secrets, then the user's own secrets, then the wordlist, against every
 * signature check. "invalid" is kept for secrets the user gave: a properly signed cookie that
 * merely resists the public list is "unverified", not suspicious.
 */
export function searchSecrets(checks: SignatureCheck[], options: SearchOptions, valueLength: number): SecretSearch {
  if (checks.length === 0) return { signature: { status: 'unverified' } };
  const bulk = valueLength <= MAX_BULK_SEARCH_LENGTH;
  const known = options.tryKnownSecrets === false ? [] : knownSecretCandidates();
  const given = userCandidates(options.secrets);
  const listed = userCandidates(options.wordlist);
  const found = firstMatch(checks, bulk ? [known, given, listed] : [given]);
  if (found.match) return matched(found.match.candidate, found.match.check, found.tried);
  const search = noMatch(found.tried, given.length + (bulk ? listed.length : 0) > 0, bulk ? known.length : 0);
  if (!bulk && known.length + listed.length > 0) search.warning = oversizeWarning(valueLength, known.length);
  return search;
}

function noMatch(tried: number, userSecretsTried: boolean, knownTried: number): SecretSearch {
  const signature: DecodedSession['signature'] = { status: userSecretsTried ? 'invalid' : 'unverified' };
  if (tried > 0) signature.tried = tried;
  if (userSecretsTried || knownTried === 0) return { signature };
  return { signature, warning: phrase('warnNoKnownSecret', String(knownTried)) };
}

interface FirstMatch {
  match?: { candidate: SecretCandidate; check: SignatureCheck };
  tried: number;
}

function firstMatch(checks: SignatureCheck[], lists: SecretCandidate[][]): FirstMatch {
  let tried = 0;
  for (const candidates of lists) {
    for (const candidate of candidates) {
      tried++;
      const check = checks.find((c) => c.test(candidate.bytes));
      if (check) return { match: { candidate, check }, tried };
    }
  }
  return { tried };
}

function oversizeWarning(valueLength: number, knownCount: number): Phrase {
  const length = String(valueLength);
  const limit = String(MAX_BULK_SEARCH_LENGTH / 1024);
  return knownCount > 0 ? phrase('warnBulkSearchSkipped', length, limit, String(knownCount)) : phrase('warnWordlistSkipped', length, limit);
}

function matched(candidate: SecretCandidate, check: SignatureCheck, tried: number): SecretSearch {
  const signature: DecodedSession['signature'] = { status: 'valid', secret: candidate.label, tried };
  if (candidate.knownSource !== undefined) signature.knownSecret = { source: candidate.knownSource };
  return check.format === undefined ? { signature } : { signature, format: check.format };
}
