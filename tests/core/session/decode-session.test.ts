import { describe, expect, it } from 'vitest';
import { decodeSession, KNOWN_SECRETS } from '../../../src/core/session';
import { expectedJson, flaskSecret, readFixture, type FlaskFixture } from './fixtures';

const flask = readFixture<FlaskFixture>('flask-cookies.json');

interface OtherSample {
  id: string;
  secret: string;
  salt?: string;
  cookie_name?: string;
  cookie: string;
  timestamp: number;
  compressed?: boolean;
  json_text: string | null;
  payload_part?: string;
}
const others = readFixture<{ samples: OtherSample[] }>('other-session-cookies.json').samples;

interface NodeFixture {
  samples: [
    { keys: string[]; value: string; decoded_json: string; sig_cookie: string; keygrip_index: number },
    { secret: string; cookie_value_on_wire: string; session_id: string },
    { secret: string; token: string; header_json: string; payload_json: string },
  ];
}
const node = readFixture<NodeFixture>('node-session-cookies.json').samples;

describe('decodeSession on Flask cookies made by Flask 2.2.2', () => {
  it.each(flask.samples.map((s) => [s.id, s] as const))('%s decodes to its recorded payload and verifies', (_id, sample) => {
    const secret = flaskSecret(sample);
    const result = decodeSession(sample.cookie, { name: 'session', secrets: [secret], tryKnownSecrets: false });
    expect(result.format).toBe('flask');
    expect(result.payload).toEqual(expectedJson(sample.decoded_python));
    expect(result.compressed).toBe(sample.compressed);
    expect(result.issuedAt).toBe(new Date(sample.timestamp * 1000).toISOString());
    expect(result.signature.status).toBe('valid');
    expect(result.signature.secret).toBe(typeof secret === 'string' ? secret : sample.secret_repr);
  });

  it.each(flask.samples.map((s) => [s.id, s] as const))('%s is invalid under a wrong secret', (_id, sample) => {
    const result = decodeSession(sample.cookie, { secrets: ['not-the-secret', new Uint8Array([1, 2, 3])], tryKnownSecrets: false });
    expect(result.signature).toEqual({ status: 'invalid', tried: 2 });
  });

  it('does not verify the bytes docs key when it is given as the str the flask-unsign wordlist holds', () => {
    const sample = flask.samples.find((s) => s.id === 'flask_docs_bytes/plain')!;
    const result = decodeSession(sample.cookie, { secrets: ['_5#y2L"F4Q8z\nì]/'], tryKnownSecrets: false });
    expect(result.signature.status).toBe('invalid');
  });

  it('reads a legacy-epoch timestamp as counted from 2011 and says so', () => {
    const legacy = flask.synthetic_samples[0]!;
    const result = decodeSession(legacy.cookie, { secrets: ['A0Zr98j/3yX R~XHH!jmN]LWX/,?RT'], tryKnownSecrets: false });
    expect(result.format).toBe('flask-legacy');
    expect(result.issuedAt).toBe(new Date(legacy.real_time_if_epoch_2011).toISOString());
    expect(result.payload).toEqual(JSON.parse(legacy.tagged_json_text));
    expect(result.signature.status).toBe('valid');
    expect(result.warnings.join(' ')).toMatch(/2011-01-01/);
  });

  it('attributes the Flask and Flask-Login keys it finds', () => {
    const nested = flask.samples.find((s) => s.id === 'flask_docs_bytes/nested_mix')!;
    const flashes = flask.samples.find((s) => s.id === 'flask_docs_bytes/flashes')!;
    expect(decodeSession(nested.cookie).attribution).toEqual([expect.objectContaining({ key: '_fresh', library: 'Flask-Login' })]);
    expect(decodeSession(flashes.cookie).attribution).toEqual([expect.objectContaining({ key: '_flashes', library: 'Flask' })]);
  });
});

describe('decodeSession with the built-in known secrets', () => {
  const bySecret = (name: string) => flask.samples.find((s) => s.id === `${name}/plain`)!;

  it.each([
    ['tutorial_dev', 'dev', /flaskr/],
    ['development_key', 'development key', /0\.x tutorial/],
    ['flask_old_docs', 'A0Zr98j/3yX R~XHH!jmN]LWX/,?RT', /0\.x to 0\.12/],
    ['flask_docs_bytes', "b'_5#y2L\"F4Q8z\\n\\xec]/'", /1\.0 and later/],
  ])('finds the %s key without being given it', (name, secret, source) => {
    const result = decodeSession(bySecret(name).cookie, { name: 'session' });
    expect(result.signature.status).toBe('valid');
    expect(result.signature.secret).toBe(secret);
    expect(result.signature.knownSecret?.source).toMatch(source);
  });

  it('leaves a cookie signed with a random key unverified, not invalid, and says how many it tried', () => {
    const result = decodeSession(bySecret('random32').cookie);
    expect(result.signature.status).toBe('unverified');
    expect(result.signature.tried).toBe(KNOWN_SECRETS.length);
    expect(result.warnings.join(' ')).toMatch(/None of the \d+ publicly known secrets/);
  });

  it('skips the known list when asked', () => {
    const result = decodeSession(bySecret('tutorial_dev').cookie, { tryKnownSecrets: false });
    expect(result.signature).toEqual({ status: 'unverified' });
  });
});

describe('decodeSession on Django and Starlette values', () => {
  const sample = (id: string) => others.find((s) => s.id === id)!;

  it.each(['django_session_small', 'django_session_big', 'django_signing_dumps_default_salt'])(
    '%s decodes and verifies',
    (id) => {
      const s = sample(id);
      const result = decodeSession(s.cookie, { name: s.cookie_name, secrets: [s.secret], tryKnownSecrets: false });
      expect(result.format).toBe('django-signed');
      expect(result.payload).toEqual(JSON.parse(s.json_text!));
      expect(result.compressed).toBe(s.compressed);
      expect(result.issuedAt).toBe(new Date(s.timestamp * 1000).toISOString());
      expect(result.signature.status).toBe('valid');
      expect(decodeSession(s.cookie, { secrets: ['wrong'], tryKnownSecrets: false }).signature.status).toBe('invalid');
    },
  );

  it('verifies a set_signed_cookie value given the cookie name and the salt', () => {
    const s = sample('django_set_signed_cookie');
    const result = decodeSession(s.cookie, { name: 'theme', secrets: [s.secret], salts: ['prefs'], tryKnownSecrets: false });
    expect(result.format).toBe('django-signed');
    expect(result.payload).toBe('dark');
    expect(result.signature.status).toBe('valid');
    expect(decodeSession(s.cookie, { name: 'theme', secrets: [s.secret], tryKnownSecrets: false }).signature.status).toBe('invalid');
  });

  it.each(['starlette_style_session', 'starlette_session_real'])('%s decodes and verifies as Starlette', (id) => {
    const s = sample(id);
    const result = decodeSession(s.cookie, { name: 'session', secrets: [s.secret], tryKnownSecrets: false });
    expect(result.format).toBe('starlette');
    expect(result.payload).toEqual(JSON.parse(s.json_text!));
    expect(result.issuedAt).toBe(new Date(s.timestamp * 1000).toISOString());
    expect(result.signature.status).toBe('valid');
    expect(decodeSession(s.cookie, { secrets: ['wrong'], tryKnownSecrets: false }).signature.status).toBe('invalid');
  });
});

describe('decodeSession on Node session cookies', () => {
  const [cookieSession, expressSession, jwt] = node;

  it('decodes cookie-session and verifies it with keygrip when the .sig cookie is given', () => {
    const result = decodeSession(cookieSession.value, {
      name: 'session',
      signatureCookie: cookieSession.sig_cookie,
      secrets: cookieSession.keys,
      tryKnownSecrets: false,
    });
    expect(result.format).toBe('cookie-session');
    expect(result.payload).toEqual(JSON.parse(cookieSession.decoded_json));
    expect(result.signature.status).toBe('valid');
    expect(result.signature.secret).toBe(cookieSession.keys[cookieSession.keygrip_index]);
    const wrong = decodeSession(cookieSession.value, { name: 'session', signatureCookie: cookieSession.sig_cookie, secrets: ['old-key-0'], tryKnownSecrets: false });
    expect(wrong.signature.status).toBe('invalid');
  });

  it('recognises the session.sig cookie itself', () => {
    const result = decodeSession(cookieSession.sig_cookie, { name: 'session.sig' });
    expect(result.format).toBe('cookie-session');
    expect(result.payload).toBeNull();
  });

  it('decodes a URL-encoded express-session id and verifies its signature', () => {
    const result = decodeSession(expressSession.cookie_value_on_wire, { name: 'connect.sid', secrets: [expressSession.secret], tryKnownSecrets: false });
    expect(result.format).toBe('express-session');
    expect(result.payload).toBeNull();
    expect(result.entropyBits).toBe(192);
    expect(result.signature.status).toBe('valid');
    expect(decodeSession(expressSession.cookie_value_on_wire, { secrets: ['wrong'], tryKnownSecrets: false }).signature.status).toBe('invalid');
  });

  it('finds the express-session README secret on its own', () => {
    const result = decodeSession(expressSession.cookie_value_on_wire, { name: 'connect.sid' });
    expect(result.signature.secret).toBe('keyboard cat');
    expect(result.signature.knownSecret?.source).toMatch(/express-session README/);
  });

  it('decodes a JWT, its header and issue time, and finds the jwt.io default secret', () => {
    const result = decodeSession(jwt.token, { name: 'token' });
    expect(result.format).toBe('jwt');
    expect(result.payload).toEqual(JSON.parse(jwt.payload_json));
    expect(result.jwtHeader).toEqual(JSON.parse(jwt.header_json));
    expect(result.issuedAt).toBe('2023-11-14T22:13:20.000Z');
    expect(result.signature).toMatchObject({ status: 'valid', secret: jwt.secret, knownSecret: { source: expect.stringMatching(/jwt\.io/) } });
    expect(result.attribution.map((a) => a.key)).toEqual(['sub', 'iat']);
  });
});

describe('decodeSession on formats it only recognises', () => {
  it('recognises an encrypted Rails 6.1 session from its wire value', () => {
    const rails = readFixture<{ cookie_value_on_wire: string }>('rails-cookie.json');
    const result = decodeSession(rails.cookie_value_on_wire, { name: '_myapp_session' });
    expect(result.format).toBe('rails-encrypted');
    expect(result.payload).toBeNull();
    expect(result.signature.status).toBe('unverified');
  });

  it('recognises a signed Rails Marshal session', () => {
    const data = Buffer.from([0x04, 0x08, 0x7b, 0x06]).toString('base64');
    const result = decodeSession(`${data}--${'ab12'.repeat(10)}`, { name: '_old_session' });
    expect(result.format).toBe('rails-signed');
    expect(result.warnings.join(' ')).toMatch(/Marshal/);
  });

  it('recognises ASP.NET Core Data Protection', () => {
    expect(decodeSession('CfDJ8NhZ2d4cVBlDk0qv5oP2p0aSbRz-abc', { name: '.AspNetCore.Session' }).format).toBe('aspnet-data-protection');
  });
});

describe('decodeSession on unsigned and opaque values', () => {
  it.each([
    ['%7B%22theme%22%3A%22dark%22%7D', 'prefs', 'json', { theme: 'dark' }],
    [Buffer.from('{"cart":[1,2]}').toString('base64'), 'cart', 'base64-json', { cart: [1, 2] }],
  ])('reads %s as %s', (value, name, format, payload) => {
    const result = decodeSession(value, { name });
    expect(result.format).toBe(format);
    expect(result.payload).toEqual(payload);
    expect(result.signature).toEqual({ status: 'unverified' });
  });

  it.each([
    ['PHPSESSID', 'k3v9q2m7h1c8r4t6u0n5b2a9p3', 130],
    ['JSESSIONID', '0F8A2C4E6B1D3F5A7C9E1B3D5F7A9C1E.node01', 128],
    ['ASP.NET_SessionId', 'u2k4l1xwqv3n5m0p2r4t1s3y', 124],
    ['sid', '12345', 16],
    ['connect.sid', 'abc', 12],
    ['CFID', '1234', 13],
  ])('estimates the entropy of the %s id %s, however short', (name, value, bits) => {
    const result = decodeSession(value, { name });
    expect(result.format).toBe('opaque-id');
    expect(result.entropyBits).toBe(bits);
  });

  it.each([
    ['1234567', 'PHPSESSID', 23],
    ['12345678', 'PHPSESSID', 26],
    ['1234567.node01', 'JSESSIONID', 23],
  ])('warns that the %s id of %s carries under 64 bits', (value, name, bits) => {
    const result = decodeSession(value, { name });
    expect(result.entropyBits).toBe(bits);
    expect(result.warnings).toEqual([`The session id carries at most ${bits} bits of entropy (at least 64 are recommended).`]);
  });

  it('does not warn about an id of 64 bits or more', () => {
    const result = decodeSession('0123456789abcdef', { name: 'PHPSESSID' });
    expect(result.entropyBits).toBe(64);
    expect(result.warnings).toEqual([]);
  });

  it('still needs an id-like value of 8 characters under a name that is only session-like', () => {
    expect(decodeSession('1234567', { name: 'user_session' }).format).toBe('opaque');
    expect(decodeSession('12345678', { name: 'user_session' }).format).toBe('opaque-id');
  });

  it('calls an unknown value opaque without warnings', () => {
    expect(decodeSession('GA1.2.1234567890.1700000000', { name: '_ga' })).toEqual({
      format: 'opaque',
      payload: null,
      compressed: false,
      issuedAt: null,
      signature: { status: 'unverified' },
      attribution: [],
      sensitive: [],
      warnings: [],
      text: { warnings: [] },
    });
  });

  it('flags a card number stored in a plain cookie', () => {
    expect(decodeSession('4111 1111 1111 1111', { name: 'cc' }).sensitive).toEqual([{ key: '', kind: 'card-number' }]);
  });
});
