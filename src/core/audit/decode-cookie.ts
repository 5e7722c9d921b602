import { decodeSession } from '../session';
import type { DecodedSession } from '../session/types';

export interface DecodeInput {
  name: string;
  value: string;
  /** The value of `<name>.sig` (Express cookie-session), when the site has one. */
  signature: string | null;
  secrets: (string | Uint8Array)[];
  wordlist: (string | Uint8Array)[];
}

/** Decodes a cookie value once per audit; an empty value carries nothing to decode. */
export function decodeCookie(input: DecodeInput): DecodedSession | null {
  if (input.value === '') return null;
  return decodeSession(input.value, {
    name: input.name,
    secrets: input.secrets,
    wordlist: input.wordlist,
    tryKnownSecrets: true,
    ...(input.signature !== null ? { signatureCookie: input.signature } : {}),
  });
}
