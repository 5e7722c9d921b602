/**
 * Fixes that name the setting to change: the framework's own configuration for its session,
 * CSRF and remember-me cookies, the framework's set-cookie call for cookies the application sets
 * itself, and the plain attribute otherwise. The English of each id is in the i18n catalogue.
 */
import { phrase, type Phrase } from '../i18n/phrase';
import type { PhraseId } from '../i18n/catalogue';
import type { Framework, FrameworkHint } from './framework';

export type FixTopic = 'secure' | 'httponly' | 'samesite' | 'lifetime' | 'refresh' | 'domain' | 'server-side' | 'secret';

type Fixes = Partial<Record<FixTopic, PhraseId>>;

const GENERIC: Record<FixTopic, PhraseId> = {
  secure: 'fixGenericSecure',
  httponly: 'fixGenericHttpOnly',
  samesite: 'fixGenericSameSite',
  lifetime: 'fixGenericLifetime',
  refresh: 'fixGenericRefresh',
  domain: 'fixGenericDomain',
  'server-side': 'fixGenericServerSide',
  secret: 'fixGenericSecret',
};

const SESSION: Record<Framework, Fixes> = {
  flask: {
    secure: 'fixFlaskSecure',
    httponly: 'fixFlaskHttpOnly',
    samesite: 'fixFlaskSameSite',
    lifetime: 'fixFlaskLifetime',
    refresh: 'fixFlaskRefresh',
    domain: 'fixFlaskDomain',
    'server-side': 'fixFlaskServerSide',
    secret: 'fixFlaskSecret',
  },
  django: {
    secure: 'fixDjangoSecure',
    httponly: 'fixDjangoHttpOnly',
    samesite: 'fixDjangoSameSite',
    lifetime: 'fixDjangoLifetime',
    refresh: 'fixDjangoRefresh',
    domain: 'fixDjangoDomain',
    'server-side': 'fixDjangoServerSide',
    secret: 'fixDjangoSecret',
  },
  starlette: {
    secure: 'fixStarletteSecure',
    samesite: 'fixStarletteSameSite',
    lifetime: 'fixStarletteLifetime',
    refresh: 'fixStarletteRefresh',
    domain: 'fixStarletteDomain',
    'server-side': 'fixStarletteServerSide',
    secret: 'fixStarletteSecret',
  },
  'express-session': {
    secure: 'fixExpressSessionSecure',
    httponly: 'fixExpressSessionHttpOnly',
    samesite: 'fixExpressSessionSameSite',
    lifetime: 'fixExpressSessionLifetime',
    refresh: 'fixExpressSessionRefresh',
    domain: 'fixExpressSessionDomain',
    secret: 'fixExpressSessionSecret',
  },
  'cookie-session': {
    secure: 'fixCookieSessionSecure',
    httponly: 'fixCookieSessionHttpOnly',
    samesite: 'fixCookieSessionSameSite',
    lifetime: 'fixCookieSessionLifetime',
    refresh: 'fixCookieSessionRefresh',
    domain: 'fixCookieSessionDomain',
    'server-side': 'fixCookieSessionServerSide',
    secret: 'fixCookieSessionSecret',
  },
  rails: {
    secure: 'fixRailsSecure',
    httponly: 'fixRailsHttpOnly',
    samesite: 'fixRailsSameSite',
    lifetime: 'fixRailsLifetime',
    domain: 'fixRailsDomain',
    secret: 'fixRailsSecret',
  },
  laravel: {
    secure: 'fixLaravelSecure',
    httponly: 'fixLaravelHttpOnly',
    samesite: 'fixLaravelSameSite',
    lifetime: 'fixLaravelLifetime',
    domain: 'fixLaravelDomain',
    secret: 'fixLaravelSecret',
  },
  php: {
    secure: 'fixPhpSecure',
    httponly: 'fixPhpHttpOnly',
    samesite: 'fixPhpSameSite',
    lifetime: 'fixPhpLifetime',
    domain: 'fixPhpDomain',
  },
  java: {
    secure: 'fixJavaSecure',
    httponly: 'fixJavaHttpOnly',
    samesite: 'fixJavaSameSite',
  },
  aspnet: {
    secure: 'fixAspNetSecure',
    httponly: 'fixAspNetHttpOnly',
    samesite: 'fixAspNetSameSite',
    lifetime: 'fixAspNetLifetime',
    domain: 'fixAspNetDomain',
  },
};

const CSRF: Partial<Record<Framework, Fixes>> = {
  django: {
    secure: 'fixDjangoCsrfSecure',
    samesite: 'fixDjangoCsrfSameSite',
    lifetime: 'fixDjangoCsrfLifetime',
    domain: 'fixDjangoCsrfDomain',
  },
};

const REMEMBER: Partial<Record<Framework, Fixes>> = {
  flask: {
    secure: 'fixFlaskRememberSecure',
    httponly: 'fixFlaskRememberHttpOnly',
    samesite: 'fixFlaskRememberSameSite',
    lifetime: 'fixFlaskRememberLifetime',
    refresh: 'fixFlaskRememberRefresh',
    domain: 'fixFlaskRememberDomain',
  },
};

type CallTopic = 'secure' | 'httponly' | 'samesite' | 'lifetime' | 'domain';

/** The set-cookie call of the framework, per topic; each phrase takes the cookie's name. */
const PYTHON_CALL: Record<CallTopic, PhraseId> = {
  secure: 'fixPythonCallSecure',
  httponly: 'fixPythonCallHttpOnly',
  samesite: 'fixPythonCallSameSite',
  lifetime: 'fixPythonCallLifetime',
  domain: 'fixPythonCallDomain',
};

const EXPRESS_CALL: Record<CallTopic, PhraseId> = {
  secure: 'fixExpressCallSecure',
  httponly: 'fixExpressCallHttpOnly',
  samesite: 'fixExpressCallSameSite',
  lifetime: 'fixExpressCallLifetime',
  domain: 'fixExpressCallDomain',
};

const APP_COOKIE: Partial<Record<Framework, Record<CallTopic, PhraseId>>> = {
  flask: PYTHON_CALL,
  django: PYTHON_CALL,
  starlette: PYTHON_CALL,
  'express-session': EXPRESS_CALL,
  'cookie-session': EXPRESS_CALL,
};

export function fixFor(topic: FixTopic, hint: FrameworkHint): Phrase {
  const own = hint.framework ? ownSetting(topic, hint.framework, hint.role) : undefined;
  if (own) return phrase(own);
  return appCookieCall(topic, hint) ?? phrase(GENERIC[topic]);
}

function ownSetting(topic: FixTopic, framework: Framework, role: FrameworkHint['role']): PhraseId | undefined {
  if (role === 'csrf') return CSRF[framework]?.[topic];
  if (role === 'remember') return REMEMBER[framework]?.[topic];
  return role === 'session' ? SESSION[framework][topic] : undefined;
}

function appCookieCall(topic: FixTopic, hint: FrameworkHint): Phrase | undefined {
  if (hint.role === 'session' && hint.framework !== null) return undefined;
  const framework = hint.framework ?? hint.siteFramework;
  const calls = framework ? APP_COOKIE[framework] : undefined;
  if (!calls || !isCallTopic(topic)) return undefined;
  return phrase(calls[topic], hint.name);
}

function isCallTopic(topic: FixTopic): topic is CallTopic {
  return topic === 'secure' || topic === 'httponly' || topic === 'samesite' || topic === 'lifetime' || topic === 'domain';
}
