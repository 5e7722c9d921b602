import type { PhraseId } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { phrase } from '../i18n/phrase';
import { isPlainObject } from './json-text';
import type { Attribution, SessionFormat } from './types';

/** The library that writes a key and the catalogue id of what it means. */
interface Rule {
  library: string;
  meaning: PhraseId;
}

/** Top-level session keys that a library writes, and what they mean. */
const EXACT_KEYS: Record<string, Rule> = {
  _permanent: { library: 'Flask', meaning: 'meaningFlaskPermanent' },
  _flashes: { library: 'Flask', meaning: 'meaningFlaskFlashes' },
  _user_id: { library: 'Flask-Login', meaning: 'meaningFlaskLoginUserId' },
  _fresh: { library: 'Flask-Login', meaning: 'meaningFlaskLoginFresh' },
  _id: { library: 'Flask-Login', meaning: 'meaningFlaskLoginId' },
  _remember: { library: 'Flask-Login', meaning: 'meaningFlaskLoginRemember' },
  _remember_seconds: { library: 'Flask-Login', meaning: 'meaningFlaskLoginRememberSeconds' },
  'identity.id': { library: 'Flask-Principal', meaning: 'meaningPrincipalIdentityId' },
  'identity.auth_type': { library: 'Flask-Principal', meaning: 'meaningPrincipalAuthType' },
  csrf_token: { library: 'Flask-WTF', meaning: 'meaningWtfCsrfToken' },
  _auth_user_id: { library: 'Django auth', meaning: 'meaningDjangoUserId' },
  _auth_user_backend: { library: 'Django auth', meaning: 'meaningDjangoUserBackend' },
  _auth_user_hash: { library: 'Django auth', meaning: 'meaningDjangoUserHash' },
  _session_expiry: { library: 'Django sessions', meaning: 'meaningDjangoSessionExpiry' },
  _messages: { library: 'Django messages', meaning: 'meaningDjangoMessages' },
  _language: { library: 'Django i18n', meaning: 'meaningDjangoLanguage' },
  passport: { library: 'Passport.js', meaning: 'meaningPassportUser' },
  flash: { library: 'connect-flash / Rails', meaning: 'meaningFlash' },
  csrfSecret: { library: 'csurf', meaning: 'meaningCsurfSecret' },
  session_id: { library: 'Rack / Rails', meaning: 'meaningRackSessionId' },
  _csrf_token: { library: 'Rails', meaning: 'meaningRailsCsrfToken' },
};

const PREFIX_KEYS: [string, Rule][] = [
  ['_state_', { library: 'Authlib', meaning: 'meaningAuthlibState' }],
  ['warden.user.', { library: 'Warden / Devise', meaning: 'meaningWardenUser' }],
];

const SUFFIX_KEYS: [string, Rule][] = [['_oauth_state', { library: 'Flask-Dance', meaning: 'meaningFlaskDanceState' }]];

/** RFC 7519 registered claims, attributed only inside JWTs where they carry that meaning. */
const JWT_CLAIMS: Record<string, PhraseId> = {
  iss: 'meaningJwtIss',
  sub: 'meaningJwtSub',
  aud: 'meaningJwtAud',
  exp: 'meaningJwtExp',
  nbf: 'meaningJwtNbf',
  iat: 'meaningJwtIat',
  jti: 'meaningJwtJti',
};

/** Which library wrote each well-known top-level key of a decoded payload. */
export function attributeKeys(payload: unknown, format: SessionFormat): Attribution[] {
  if (!isPlainObject(payload)) return [];
  const out: Attribution[] = [];
  for (const key of Object.keys(payload)) {
    const rule = ruleFor(key, format);
    if (rule) out.push(attribution(key, rule));
  }
  return out;
}

function attribution(key: string, rule: Rule): Attribution {
  const meaning = phrase(rule.meaning);
  return { key, library: rule.library, meaning: english(meaning), text: { meaning } };
}

function ruleFor(key: string, format: SessionFormat): Rule | undefined {
  if (format === 'jwt') {
    // Own keys only: a claim named 'constructor' must not find Object's.
    const claim = Object.hasOwn(JWT_CLAIMS, key) ? JWT_CLAIMS[key] : undefined;
    return claim === undefined ? undefined : { library: 'JWT (RFC 7519)', meaning: claim };
  }
  if (Object.hasOwn(EXACT_KEYS, key)) return EXACT_KEYS[key];
  return (
    PREFIX_KEYS.find(([prefix]) => key.startsWith(prefix))?.[1] ??
    SUFFIX_KEYS.find(([suffix]) => key.endsWith(suffix))?.[1]
  );
}
