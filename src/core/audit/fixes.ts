/**
 * Fix texts that name the setting to change: the framework's own configuration for its session,
 * CSRF and remember-me cookies, the framework's set-cookie call for cookies the application sets
 * itself, and the plain attribute otherwise.
 */
import type { Framework, FrameworkHint } from './framework';

export type FixTopic = 'secure' | 'httponly' | 'samesite' | 'lifetime' | 'refresh' | 'domain' | 'server-side' | 'secret';

type Texts = Partial<Record<FixTopic, string>>;

const GENERIC: Record<FixTopic, string> = {
  secure: 'Add the Secure attribute and serve the site over HTTPS only.',
  httponly: 'Add the HttpOnly attribute unless page scripts really need to read the cookie.',
  samesite: 'Add SameSite=Lax (or Strict; None, with Secure, only for cookies that must travel cross-site).',
  lifetime: 'Give the cookie a shorter Max-Age (hours, not months) and renew the session on the server.',
  refresh: 'Send Set-Cookie only when the value actually changes.',
  domain: 'Omit the Domain attribute so that the cookie stays host-only.',
  'server-side': 'Keep the data on the server and put only a random session id in the cookie.',
  secret: 'Rotate the signing secret to a long random value (32 random bytes or more) kept out of the source code; every existing session becomes invalid.',
};

const SESSION: Record<Framework, Texts> = {
  flask: {
    secure: 'In Flask set SESSION_COOKIE_SECURE = True.',
    httponly: 'In Flask set SESSION_COOKIE_HTTPONLY = True (the default, so something turned it off).',
    samesite: "In Flask set SESSION_COOKIE_SAMESITE = 'Lax'.",
    lifetime: 'In Flask shorten PERMANENT_SESSION_LIFETIME (31 days by default), e.g. timedelta(hours=12), or leave session.permanent False.',
    refresh: 'In Flask set SESSION_REFRESH_EACH_REQUEST = False: a permanent session is then sent only when it changes.',
    domain: 'In Flask leave SESSION_COOKIE_DOMAIN unset (before Flask 2.3 set it to False, or it is derived from SERVER_NAME).',
    'server-side': "Flask keeps the whole session in this cookie: keep large or private data server-side with Flask-Session (SESSION_TYPE = 'redis', 'filesystem', …).",
    secret: "Set Flask's SECRET_KEY to a long random value (python -c 'import secrets; print(secrets.token_hex(32))') read from the environment; every existing session becomes invalid.",
  },
  django: {
    secure: 'In the Django settings set SESSION_COOKIE_SECURE = True.',
    httponly: 'In the Django settings set SESSION_COOKIE_HTTPONLY = True (the default, so something turned it off).',
    samesite: "In the Django settings set SESSION_COOKIE_SAMESITE = 'Lax'.",
    lifetime: 'In the Django settings shorten SESSION_COOKIE_AGE (1209600 seconds, two weeks, by default), e.g. 43200.',
    refresh: 'In the Django settings set SESSION_SAVE_EVERY_REQUEST = False (the default).',
    domain: 'In the Django settings set SESSION_COOKIE_DOMAIN = None.',
    'server-side': "Use a server-side session engine, SESSION_ENGINE = 'django.contrib.sessions.backends.db' (or cache), instead of signed_cookies.",
    secret: "Set Django's SECRET_KEY to a long random value (django.core.management.utils.get_random_secret_key()) read from the environment; every existing session becomes invalid.",
  },
  starlette: {
    secure: 'Pass https_only=True to SessionMiddleware(app, secret_key=…, https_only=True).',
    samesite: "Pass same_site='lax' to SessionMiddleware.",
    lifetime: 'Pass a shorter max_age to SessionMiddleware (14 days by default), e.g. max_age=12 * 3600.',
    refresh: "Starlette's SessionMiddleware re-sends a non-empty session on every response and has no setting to stop it: keep the session empty where it is not needed, or use a server-side session store.",
    domain: 'Do not pass domain= to SessionMiddleware.',
    'server-side': 'SessionMiddleware keeps the whole session in this cookie: store the data server-side and keep only an id in the session.',
    secret: 'Give SessionMiddleware a long random secret_key (secrets.token_hex(32)) read from the environment; every existing session becomes invalid.',
  },
  'express-session': {
    secure: "Set session({ cookie: { secure: true } }) (behind a TLS-terminating proxy also app.set('trust proxy', 1)).",
    httponly: 'Set session({ cookie: { httpOnly: true } }) (the default, so something turned it off).',
    samesite: "Set session({ cookie: { sameSite: 'lax' } }).",
    lifetime: 'Set a shorter session({ cookie: { maxAge: 12 * 60 * 60 * 1000 } }).',
    refresh: 'Keep rolling: false (the default) in session({ … }) so that the cookie is sent only when the session is created or changed.',
    domain: 'Leave session({ cookie: { domain } }) unset.',
    secret: 'Give session({ secret }) a long random value read from the environment; every existing session becomes invalid.',
  },
  'cookie-session': {
    secure: 'Set cookieSession({ secure: true }).',
    httponly: 'Set cookieSession({ httpOnly: true }) (the default, so something turned it off).',
    samesite: "Set cookieSession({ sameSite: 'lax' }).",
    lifetime: 'Set a shorter cookieSession({ maxAge: 12 * 60 * 60 * 1000 }).',
    refresh: 'cookie-session sends the cookie only when req.session changes: stop writing to the session on every request.',
    domain: 'Leave cookieSession({ domain }) unset.',
    'server-side': 'cookie-session keeps the whole session in this cookie: use express-session with a server-side store.',
    secret: 'Give cookieSession({ keys }) long random values read from the environment; every existing session becomes invalid.',
  },
  rails: {
    secure: 'Pass secure: true to config.session_store :cookie_store.',
    httponly: 'Pass httponly: true to config.session_store (the default, so something turned it off).',
    samesite: 'Pass same_site: :lax to config.session_store.',
    lifetime: 'Pass a shorter expire_after: (e.g. 12.hours) to config.session_store.',
    domain: 'Do not pass domain: :all to config.session_store.',
    secret: 'Rotate secret_key_base (bin/rails secret); every existing session becomes invalid.',
  },
  laravel: {
    secure: "In config/session.php set 'secure' => true (SESSION_SECURE_COOKIE=true).",
    httponly: "In config/session.php set 'http_only' => true.",
    samesite: "In config/session.php set 'same_site' => 'lax'.",
    lifetime: "In config/session.php shorten 'lifetime' (minutes).",
    domain: "In config/session.php set 'domain' => null.",
    secret: 'Rotate APP_KEY (php artisan key:generate); every existing session becomes invalid.',
  },
  php: {
    secure: 'In php.ini set session.cookie_secure = 1.',
    httponly: 'In php.ini set session.cookie_httponly = 1.',
    samesite: 'In php.ini set session.cookie_samesite = "Lax".',
    lifetime: 'In php.ini set session.cookie_lifetime = 0 (until the browser closes) or a few hours.',
    domain: 'In php.ini leave session.cookie_domain empty.',
  },
  java: {
    secure: 'Set <secure>true</secure> in web.xml <session-config><cookie-config> (Spring Boot: server.servlet.session.cookie.secure=true).',
    httponly: 'Set <http-only>true</http-only> in web.xml <session-config><cookie-config> (Spring Boot: server.servlet.session.cookie.http-only=true).',
    samesite: 'Spring Boot: server.servlet.session.cookie.same-site=lax; otherwise add SameSite=Lax in a filter or the servlet container.',
  },
  aspnet: {
    secure: 'Set options.Cookie.SecurePolicy = CookieSecurePolicy.Always.',
    httponly: 'Set options.Cookie.HttpOnly = true.',
    samesite: 'Set options.Cookie.SameSite = SameSiteMode.Lax.',
    lifetime: 'Shorten options.ExpireTimeSpan (cookie authentication) or options.IdleTimeout (session).',
    domain: 'Leave options.Cookie.Domain unset.',
  },
};

const CSRF: Partial<Record<Framework, Texts>> = {
  django: {
    secure: 'In the Django settings set CSRF_COOKIE_SECURE = True.',
    samesite: "In the Django settings set CSRF_COOKIE_SAMESITE = 'Lax'.",
    lifetime: 'In the Django settings shorten CSRF_COOKIE_AGE.',
    domain: 'In the Django settings set CSRF_COOKIE_DOMAIN = None.',
  },
};

const REMEMBER: Partial<Record<Framework, Texts>> = {
  flask: {
    secure: 'In Flask-Login set REMEMBER_COOKIE_SECURE = True.',
    httponly: 'In Flask-Login set REMEMBER_COOKIE_HTTPONLY = True.',
    samesite: "In Flask-Login set REMEMBER_COOKIE_SAMESITE = 'Lax'.",
    lifetime: 'In Flask-Login shorten REMEMBER_COOKIE_DURATION (365 days by default), e.g. timedelta(days=14).',
    refresh: 'In Flask-Login set REMEMBER_COOKIE_REFRESH_EACH_REQUEST = False.',
    domain: 'In Flask-Login leave REMEMBER_COOKIE_DOMAIN unset.',
  },
};

type CookieCall = (name: string, argument: string) => string;
type CallTopic = 'secure' | 'httponly' | 'samesite' | 'lifetime' | 'domain';

const PYTHON_CALL: CookieCall = (name, argument) => `Pass ${argument} to response.set_cookie('${name}', …).`;
const PYTHON_ARGS: Record<CallTopic, string> = {
  secure: 'secure=True',
  httponly: 'httponly=True',
  samesite: "samesite='Lax'",
  lifetime: 'a shorter max_age= (seconds)',
  domain: 'no domain=',
};

const APP_COOKIE: Partial<Record<Framework, { call: CookieCall; args: Record<CallTopic, string> }>> = {
  flask: { call: PYTHON_CALL, args: PYTHON_ARGS },
  django: { call: PYTHON_CALL, args: PYTHON_ARGS },
  starlette: { call: PYTHON_CALL, args: PYTHON_ARGS },
  'express-session': expressCall(),
  'cookie-session': expressCall(),
};

function expressCall(): { call: CookieCall; args: Record<CallTopic, string> } {
  return {
    call: (name, argument) => `Pass { ${argument} } to res.cookie('${name}', value, options).`,
    args: { secure: 'secure: true', httponly: 'httpOnly: true', samesite: "sameSite: 'lax'", lifetime: 'maxAge: <a few hours in ms>', domain: 'no domain' },
  };
}

export function fixFor(topic: FixTopic, hint: FrameworkHint): string {
  const own = hint.framework ? ownSetting(topic, hint.framework, hint.role) : undefined;
  if (own) return own;
  const app = appCookieCall(topic, hint);
  return app ?? GENERIC[topic];
}

function ownSetting(topic: FixTopic, framework: Framework, role: FrameworkHint['role']): string | undefined {
  if (role === 'csrf') return CSRF[framework]?.[topic];
  if (role === 'remember') return REMEMBER[framework]?.[topic];
  return role === 'session' ? SESSION[framework][topic] : undefined;
}

function appCookieCall(topic: FixTopic, hint: FrameworkHint): string | undefined {
  if (hint.role === 'session' && hint.framework !== null) return undefined;
  const framework = hint.framework ?? hint.siteFramework;
  const app = framework ? APP_COOKIE[framework] : undefined;
  if (!app || !isCallTopic(topic)) return undefined;
  return app.call(hint.name, app.args[topic]);
}

function isCallTopic(topic: FixTopic): topic is CallTopic {
  return topic === 'secure' || topic === 'httponly' || topic === 'samesite' || topic === 'lifetime' || topic === 'domain';
}
