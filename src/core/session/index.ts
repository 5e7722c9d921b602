export { decodeSession } from './decode-session';
export { KNOWN_SECRETS, type KnownSecret } from './known-secrets';
export { payloadIdentity } from './payload-identity';
export { isSessionLikeName } from './session-name';
export { parseWordlist, type Wordlist } from './wordlist';
export type * from './types';
