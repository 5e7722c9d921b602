/**
 * Publicly documented example secrets and common weak ones, tried against every signed value so a
 * site that kept a tutorial key is found without a wordlist. Each entry says where it is
 * documented; bytes secrets are bytes because the key is (Flask's `b'…\xec…'`: one byte 0xEC,
 * not the two UTF-8 bytes of 'ì').
 */
export interface KnownSecret {
  secret: string | Uint8Array;
  source: string;
}

const FLASK_DOCS_BYTES_KEY = new Uint8Array([
  0x5f, 0x35, 0x23, 0x79, 0x32, 0x4c, 0x22, 0x46, 0x34, 0x51, 0x38, 0x7a, 0x0a, 0xec, 0x5d, 0x2f,
]);

const PLACEHOLDER = 'common placeholder secret';

export const KNOWN_SECRETS: readonly KnownSecret[] = [
  // Flask itself
  { secret: FLASK_DOCS_BYTES_KEY, source: "Flask documentation, Quickstart › Sessions (1.0 and later): b'_5#y2L\"F4Q8z\\n\\xec]/'" },
  { secret: 'A0Zr98j/3yX R~XHH!jmN]LWX/,?RT', source: 'Flask documentation, Quickstart › Sessions (0.x to 0.12)' },
  { secret: '192b9bdd22ab9ed4d12e236c78afcb9a393ec15f71bbf5dc987d54727823bcbf', source: 'Flask documentation, Quickstart › Sessions (2.x): sample output of secrets.token_hex()' },
  { secret: 'dev', source: "Flask tutorial (flaskr), create_app: SECRET_KEY='dev'" },
  { secret: 'development key', source: "Flask 0.x tutorial (flaskr): SECRET_KEY = 'development key'" },
  // Flask books, tutorials and extensions
  { secret: 'you-will-never-guess', source: 'The Flask Mega-Tutorial (Miguel Grinberg), config.py fallback' },
  { secret: 'hard to guess string', source: 'Flask Web Development (Miguel Grinberg), config.py fallback' },
  { secret: 'secret!', source: 'Flask-SocketIO documentation and examples' },
  { secret: 'super-secret', source: 'Flask-Security and Flask-JWT-Extended documentation examples' },
  { secret: '123456790', source: 'Flask-Admin examples ("dummy secret key so we can use sessions")' },
  { secret: 'not-so-secret', source: 'cookiecutter-flask template (.env example, deployment notes)' },
  { secret: 'my_precious', source: 'Real Python Flask tutorials' },
  { secret: 'super secret key', source: 'Flask tutorials and Q&A answers' },
  { secret: 'some-random-string', source: 'Authlib Starlette/FastAPI client documentation (SessionMiddleware)' },
  // Applications built on Flask that shipped a default key
  { secret: '\x02\x01thisismyscretkey\x01\x02\\e\\y\\y\\h', source: 'Flask-AppBuilder config template; Apache Superset default before 1.4.1 (CVE-2023-27524)' },
  { secret: 'CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET', source: 'Apache Superset default SECRET_KEY from 1.4.1 (CVE-2023-27524)' },
  { secret: 'thisISaSECRET_1234', source: 'Apache Superset deployment template (CVE-2023-27524)' },
  { secret: 'YOUR_OWN_RANDOM_GENERATED_SECRET_KEY', source: 'Apache Superset documentation example (CVE-2023-27524)' },
  { secret: 'TEST_NON_DEV_SECRET', source: 'Apache Superset docker-compose-non-dev default (CVE-2023-27524)' },
  { secret: 'temporary_key', source: 'Apache Airflow 1.x default_airflow.cfg, [webserver] secret_key' },
  { secret: 'c292a0a3aa32397cdb050e233733900f', source: 'Redash default REDASH_COOKIE_SECRET (CVE-2021-41192)' },
  // FastAPI / Starlette
  { secret: '09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7', source: 'FastAPI documentation, OAuth2 with JWT tutorial' },
  // Node
  { secret: 'keyboard cat', source: 'express-session README example' },
  { secret: 'key1', source: "cookie-session README example (keys: ['key1', 'key2'])" },
  { secret: 'key2', source: "cookie-session README example (keys: ['key1', 'key2'])" },
  { secret: 'some secret hurr', source: 'koa-session README example (app.keys)' },
  { secret: 'im a newer secret', source: 'Koa documentation example (app.keys)' },
  { secret: 'i like turtle', source: 'Koa documentation example (app.keys)' },
  { secret: 'shhhhh', source: 'jsonwebtoken README example' },
  // JWT
  { secret: 'your-256-bit-secret', source: 'jwt.io debugger default (HS256)' },
  { secret: 'your-384-bit-secret', source: 'jwt.io debugger default (HS384)' },
  { secret: 'your-512-bit-secret', source: 'jwt.io debugger default (HS512)' },
  // Placeholders and weak values seen in public code
  ...[
    'secret',
    'Secret',
    'SECRET',
    'secret key',
    'secret-key',
    'secret_key',
    'SECRET_KEY',
    'secretkey',
    'mysecret',
    'my-secret',
    'my_secret',
    'mysecretkey',
    'my-secret-key',
    'my_secret_key',
    'supersecret',
    'super_secret',
    'super-secret-key',
    'super_secret_key',
    'topsecret',
    'top secret',
    'your-secret-key',
    'your_secret_key',
    'your-secret-key-here',
    'change-me',
    'changeme',
    'CHANGEME',
    'change_me',
    'changeit',
    'replace-me',
    'insecure',
    'development',
    'dev-key',
    'dev_key',
    'devkey',
    'test',
    'testing',
    'default',
    'key',
    'password',
    'admin',
    'flask',
    'django',
    'session',
    '123456',
    '12345678',
    'qwerty',
    'letmein',
    'abc123',
  ].map((secret) => ({ secret, source: PLACEHOLDER })),
];
