import { isPlainObject } from './json-text';
import type { Attribution, SessionFormat } from './types';

type Rule = Omit<Attribution, 'key'>;

/** Top-level session keys that a library writes, and what they mean. */
const EXACT_KEYS: Record<string, Rule> = {
  _permanent: { library: 'Flask', meaning: 'session.permanent: the cookie gets an expiry and, by default, is re-sent on every response' },
  _flashes: { library: 'Flask', meaning: 'flash() messages waiting to be shown, as (category, message) pairs' },
  _user_id: { library: 'Flask-Login', meaning: 'id of the logged-in user' },
  _fresh: { library: 'Flask-Login', meaning: 'whether the login happened in this session (not restored from a remember-me cookie)' },
  _id: { library: 'Flask-Login', meaning: 'session identifier: a hash of the client IP address and User-Agent (session protection)' },
  _remember: { library: 'Flask-Login', meaning: 'pending instruction to set or clear the remember-me cookie' },
  _remember_seconds: { library: 'Flask-Login', meaning: 'lifetime requested for the remember-me cookie' },
  'identity.id': { library: 'Flask-Principal', meaning: 'id of the identity the permissions are computed for' },
  'identity.auth_type': { library: 'Flask-Principal', meaning: 'how the identity was authenticated' },
  csrf_token: { library: 'Flask-WTF', meaning: 'the CSRF token forms are checked against (not a login secret)' },
  _auth_user_id: { library: 'Django auth', meaning: 'id of the logged-in user' },
  _auth_user_backend: { library: 'Django auth', meaning: 'the authentication backend that logged the user in' },
  _auth_user_hash: { library: 'Django auth', meaning: 'HMAC of the password hash: changing the password ends the session' },
  _session_expiry: { library: 'Django sessions', meaning: 'custom expiry set with set_expiry()' },
  _messages: { library: 'Django messages', meaning: 'messages waiting to be shown' },
  _language: { library: 'Django i18n', meaning: 'the chosen language (before Django 4.0)' },
  passport: { library: 'Passport.js', meaning: 'the logged-in user as serializeUser stored it' },
  flash: { library: 'connect-flash / Rails', meaning: 'flash messages waiting to be shown' },
  csrfSecret: { library: 'csurf', meaning: 'the secret CSRF tokens are derived from' },
  session_id: { library: 'Rack / Rails', meaning: 'server-side session id' },
  _csrf_token: { library: 'Rails', meaning: 'the CSRF token forms are checked against' },
};

const PREFIX_KEYS: [string, Rule][] = [
  ['_state_', { library: 'Authlib', meaning: 'OAuth state (and PKCE data) of a login in progress' }],
  ['warden.user.', { library: 'Warden / Devise', meaning: 'the logged-in user (class, id, salt)' }],
];

const SUFFIX_KEYS: [string, Rule][] = [['_oauth_state', { library: 'Flask-Dance', meaning: 'OAuth state of a login in progress' }]];

/** RFC 7519 registered claims, attributed only inside JWTs where they carry that meaning. */
const JWT_CLAIMS: Record<string, string> = {
  iss: 'issuer',
  sub: 'subject (usually the user id)',
  aud: 'audience',
  exp: 'expiry time',
  nbf: 'not valid before',
  iat: 'issue time',
  jti: 'token id',
};

/** Which library wrote each well-known top-level key of a decoded payload. */
export function attributeKeys(payload: unknown, format: SessionFormat): Attribution[] {
  if (!isPlainObject(payload)) return [];
  const out: Attribution[] = [];
  for (const key of Object.keys(payload)) {
    const rule = ruleFor(key, format);
    if (rule) out.push({ key, ...rule });
  }
  return out;
}

function ruleFor(key: string, format: SessionFormat): Rule | undefined {
  if (format === 'jwt') {
    const claim = JWT_CLAIMS[key];
    return claim === undefined ? undefined : { library: 'JWT (RFC 7519)', meaning: claim };
  }
  if (Object.hasOwn(EXACT_KEYS, key)) return EXACT_KEYS[key];
  return (
    PREFIX_KEYS.find(([prefix]) => key.startsWith(prefix))?.[1] ??
    SUFFIX_KEYS.find(([suffix]) => key.endsWith(suffix))?.[1]
  );
}
