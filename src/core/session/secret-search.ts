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
  warning?: string;
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
 * Tries the built-in known secrets, then the user's, against every signature check. "invalid"
 * is kept for secrets the user gave: a properly signed cookie that merely resists the public list
 * is "unverified", not suspicious.
 */
export function searchSecrets(
  checks: SignatureCheck[],
  options: { secrets?: unknown; tryKnownSecrets?: unknown },
): SecretSearch {
  if (checks.length === 0) return { signature: { status: 'unverified' } };
  const known = options.tryKnownSecrets === false ? [] : knownSecretCandidates();
  const user = userCandidates(options.secrets);
  let tried = 0;
  for (const candidates of [known, user]) {
    for (const candidate of candidates) {
      tried++;
      const check = checks.find((c) => c.test(candidate.bytes));
      if (check) return matched(candidate, check, tried);
    }
  }
  if (user.length > 0) return { signature: { status: 'invalid', tried } };
  if (known.length > 0) {
    return { signature: { status: 'unverified', tried }, warning: `None of the ${known.length} publicly known secrets signed it.` };
  }
  return { signature: { status: 'unverified' } };
}

function matched(candidate: SecretCandidate, check: SignatureCheck, tried: number): SecretSearch {
  const signature: DecodedSession['signature'] = { status: 'valid', secret: candidate.label, tried };
  if (candidate.knownSource !== undefined) signature.knownSecret = { source: candidate.knownSource };
  return check.format === undefined ? { signature } : { signature, format: check.format };
}
