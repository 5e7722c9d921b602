/**
 * Publicly documented example and default secrets, tried against every signed value so a site
 * that kept a tutorial or shipped key is found without a wordlist. Each entry names the document
 * that prints it and where to find that document; a string seen only in random repositories does
 * not belong here (that is what the user's wordlist is for). Bytes secrets are bytes because the
 * key is (Flask's `b'…\xec…'`: one byte 0xEC, not the two UTF-8 bytes of 'ì').
 */
export interface KnownSecret {
  secret: string | Uint8Array;
  /** The project and document that publish the secret, in words. */
  source: string;
  /** Where that document lives. */
  url: string;
}

const FLASK_DOCS_BYTES_KEY = new Uint8Array([
  0x5f, 0x35, 0x23, 0x79, 0x32, 0x4c, 0x22, 0x46, 0x34, 0x51, 0x38, 0x7a, 0x0a, 0xec, 0x5d, 0x2f,
]);

/** The `os.urandom(24)` output the Flask 0.x quickstart printed, with "copy/paste it into your code". */
const FLASK_0X_URANDOM_EXAMPLE = new Uint8Array([
  0xfd, 0x7b, 0x48, 0xe5, 0x3c, 0x95, 0xf9, 0xe3, 0x96, 0x2e, 0x35, 0xd1, 0x01, 0x4f, 0x3c, 0x21, 0xd5, 0xa2, 0xa0, 0x9f,
  0x52, 0x22, 0xa1, 0xa8,
]);

const FLASK_REPO = 'https://github.com/pallets/flask';
const SUPERSET_CVE = 'https://nvd.nist.gov/vuln/detail/CVE-2023-27524';

const FLASK: KnownSecret[] = [
  { secret: FLASK_DOCS_BYTES_KEY, source: "Flask documentation, Quickstart › Sessions (1.0 and later): b'_5#y2L\"F4Q8z\\n\\xec]/'", url: FLASK_REPO },
  { secret: 'A0Zr98j/3yX R~XHH!jmN]LWX/,?RT', source: 'Flask documentation, Quickstart › Sessions (0.x to 0.12)', url: FLASK_REPO },
  { secret: FLASK_0X_URANDOM_EXAMPLE, source: 'Flask documentation, Quickstart › "How to generate good secret keys" (0.x): sample os.urandom(24) output', url: FLASK_REPO },
  { secret: '192b9bdd22ab9ed4d12e236c78afcb9a393ec15f71bbf5dc987d54727823bcbf', source: 'Flask documentation, Configuration › SECRET_KEY (2.x and later): sample secrets.token_hex() output', url: 'https://flask.palletsprojects.com/en/stable/config/' },
  { secret: 'dev', source: "Flask tutorial (flaskr), Application Setup: create_app sets SECRET_KEY='dev'", url: 'https://flask.palletsprojects.com/en/stable/tutorial/factory/' },
  { secret: 'development key', source: "Flask 0.x tutorial (examples/flaskr/flaskr.py): SECRET_KEY='development key'", url: FLASK_REPO },
];

const FLASK_BOOKS_AND_EXTENSIONS: KnownSecret[] = [
  { secret: 'you-will-never-guess', source: 'The Flask Mega-Tutorial (Miguel Grinberg), microblog config.py fallback', url: 'https://github.com/miguelgrinberg/microblog' },
  { secret: 'hard to guess string', source: 'Flask Web Development (Miguel Grinberg), flasky config.py fallback', url: 'https://github.com/miguelgrinberg/flasky' },
  { secret: 'secret!', source: "Flask-SocketIO README example: app.config['SECRET_KEY'] = 'secret!'", url: 'https://github.com/miguelgrinberg/Flask-SocketIO' },
  { secret: 'super-secret', source: 'Flask-JWT-Extended documentation, basic usage (JWT_SECRET_KEY); Flask-JWT quickstart (SECRET_KEY)', url: 'https://github.com/vimalloc/flask-jwt-extended' },
  { secret: '123456790', source: 'Flask-Admin examples (auth, auth-flask-login): "dummy secret key so we can use sessions"', url: 'https://github.com/pallets-eco/flask-admin' },
  { secret: 'not-so-secret', source: 'cookiecutter-flask template, .env.example: SECRET_KEY=not-so-secret', url: 'https://github.com/cookiecutter-flask/cookiecutter-flask' },
  { secret: 'my_precious', source: 'Real Python cookiecutter-flask-skeleton, project/server/config.py default SECRET_KEY', url: 'https://github.com/realpython/cookiecutter-flask-skeleton' },
  { secret: 'super secret key', source: 'openillumi.com tutorial on Flask-Session\'s "secret key not set" error: the fix sets this key', url: 'https://openillumi.com/flask-session-secret-key-not-set-error-fix-2' },
  { secret: 'your_secret_key', source: 'PyFu tutorial "Flask Default Session for Authentication and Authorization"', url: 'https://pyfu.io/python-web-development-frameworks/flask/concepts/authentication-and-authorization/flask-default-session-for-authentication-and-authorization/' },
  { secret: 'your-secret-key-here', source: 'Mintlify guide to Flask sessions, Session Basics example', url: 'https://www.mintlify.com/pallets/flask/concepts/sessions' },
  { secret: 'dev-secret-key-change-in-production', source: 'Mintlify guide to Flask sessions, Secret Key › Development example', url: 'https://www.mintlify.com/pallets/flask/concepts/sessions' },
];

/** Applications that shipped a default signing key, most of them with a CVE for it. */
const SHIPPED_DEFAULTS: KnownSecret[] = [
  { secret: '\x02\x01thisismyscretkey\x01\x02\\e\\y\\y\\h', source: 'Flask-AppBuilder config template; Apache Superset default before 1.4.1 (CVE-2023-27524)', url: SUPERSET_CVE },
  { secret: 'CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET', source: 'Apache Superset superset/config.py default SECRET_KEY from 1.4.1 (CVE-2023-27524)', url: SUPERSET_CVE },
  { secret: 'thisISaSECRET_1234', source: 'Apache Superset superset_config.py deployment template (CVE-2023-27524)', url: SUPERSET_CVE },
  { secret: 'YOUR_OWN_RANDOM_GENERATED_SECRET_KEY', source: 'Apache Superset documentation, Configuring Superset example (CVE-2023-27524)', url: SUPERSET_CVE },
  { secret: 'TEST_NON_DEV_SECRET', source: 'Apache Superset docker/.env-non-dev, SUPERSET_SECRET_KEY (CVE-2023-27524)', url: SUPERSET_CVE },
  { secret: 'temporary_key', source: 'Apache Airflow 1.10 default_airflow.cfg, [webserver] secret_key (CVE-2020-17526)', url: 'https://nvd.nist.gov/vuln/detail/CVE-2020-17526' },
  { secret: 'c292a0a3aa32397cdb050e233733900f', source: 'Redash redash/settings default REDASH_COOKIE_SECRET (CVE-2021-41192)', url: 'https://nvd.nist.gov/vuln/detail/CVE-2021-41192' },
];

const STARLETTE_AND_FASTAPI: KnownSecret[] = [
  { secret: 'some-random-string', source: 'Authlib documentation, Starlette OAuth client › Enable Session (SessionMiddleware)', url: 'https://docs.authlib.org/en/latest/client/starlette.html' },
  { secret: '1234567890', source: 'starlette-admin examples/auth/config.py: SECRET passed to SessionMiddleware', url: 'https://github.com/jowilf/starlette-admin' },
  { secret: '09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7', source: 'FastAPI documentation, tutorial "OAuth2 with Password (and hashing), Bearer with JWT tokens"', url: 'https://fastapi.tiangolo.com/tutorial/security/oauth2-jwt/' },
  { secret: 'changethis', source: 'Full Stack FastAPI Template README and .env: default SECRET_KEY "changethis"', url: 'https://github.com/fastapi/full-stack-fastapi-template' },
  { secret: 'secret', source: "passport-jwt README (opts.secretOrKey = 'secret') and starlette-authlib README (secret='secret')", url: 'https://github.com/mikenicholson/passport-jwt' },
];

/** express-session, cookie-session and Koa (keygrip) examples. */
const NODE: KnownSecret[] = [
  { secret: 'keyboard cat', source: "express-session README examples: secret: 'keyboard cat'", url: 'https://github.com/expressjs/session' },
  { secret: 'key1', source: "cookie-session README example (keys: ['key1', 'key2'])", url: 'https://github.com/expressjs/cookie-session' },
  { secret: 'key2', source: "cookie-session README example (keys: ['key1', 'key2'])", url: 'https://github.com/expressjs/cookie-session' },
  { secret: 'SEKRIT1', source: 'keygrip README example key list (["SEKRIT2", "SEKRIT1"])', url: 'https://github.com/crypto-utils/keygrip' },
  { secret: 'SEKRIT2', source: 'keygrip README example key list (["SEKRIT2", "SEKRIT1"])', url: 'https://github.com/crypto-utils/keygrip' },
  { secret: 'some secret hurr', source: "koa-session README example (app.keys = ['some secret hurr'])", url: 'https://github.com/koajs/session' },
  { secret: 'im a newer secret', source: 'Koa documentation, API › app.keys example', url: 'https://github.com/koajs/koa' },
  { secret: 'i like turtle', source: 'Koa documentation, API › app.keys example', url: 'https://github.com/koajs/koa' },
  { secret: 'some secret key', source: "koa-session-store README example (app.keys = ['some secret key'])", url: 'https://github.com/hiddentao/koa-session-store' },
  { secret: 'keys', source: "koa-sess README example (app.keys = ['keys', 'keykeys'])", url: 'https://unpkg.com/browse/koa-sess@0.2.0/README.md' },
  { secret: 'keykeys', source: "koa-sess README example (app.keys = ['keys', 'keykeys'])", url: 'https://unpkg.com/browse/koa-sess@0.2.0/README.md' },
];

const JWT: KnownSecret[] = [
  { secret: 'shhhhh', source: "jsonwebtoken README example: jwt.sign({ foo: 'bar' }, 'shhhhh')", url: 'https://github.com/auth0/node-jsonwebtoken' },
  { secret: 'xxx', source: "jwt-simple README example (var secret = 'xxx')", url: 'https://unpkg.com/browse/jwt-simple@0.5.6/README.md' },
  { secret: 'your-256-bit-secret', source: 'jwt.io debugger default (HS256)', url: 'https://jwt.io/' },
  { secret: 'your-384-bit-secret', source: 'jwt.io debugger default (HS384)', url: 'https://jwt.io/' },
  { secret: 'your-512-bit-secret', source: 'jwt.io debugger default (HS512)', url: 'https://jwt.io/' },
];

export const KNOWN_SECRETS: readonly KnownSecret[] = [
  ...FLASK,
  ...FLASK_BOOKS_AND_EXTENSIONS,
  ...SHIPPED_DEFAULTS,
  ...STARLETTE_AND_FASTAPI,
  ...NODE,
  ...JWT,
];
