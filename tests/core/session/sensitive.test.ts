import { describe, expect, it } from 'vitest';
import { findSensitive, findSensitiveInValue, isCardNumber } from '../../../src/core/session/sensitive';

const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----';

describe('findSensitive', () => {
  it.each<[unknown, string, string]>([
    [{ password: 'hunter2' }, 'password', 'password'],
    [{ user: { passwd: 'x' } }, 'user.passwd', 'password'],
    [{ newPassword: 'x' }, 'newPassword', 'password'],
    [{ pwd: 'x' }, 'pwd', 'password'],
    [{ client_secret: 'x' }, 'client_secret', 'secret'],
    [{ secret_key: 'x' }, 'secret_key', 'secret'],
    [{ access_token: 'x' }, 'access_token', 'token'],
    [{ refreshToken: 'x' }, 'refreshToken', 'token'],
    [{ api_key: 'x' }, 'api_key', 'api-key'],
    [{ 'X-API-Key': 'x' }, 'X-API-Key', 'api-key'],
    [{ apikey: 'x' }, 'apikey', 'api-key'],
    [{ note: PEM }, 'note', 'private-key'],
    [{ creds: ['AKIAIOSFODNN7EXAMPLE'] }, 'creds.0', 'aws-access-key'],
    [{ cc: '4111 1111 1111 1111' }, 'cc', 'card-number'],
    [{ amex: 378282246310005 }, 'amex', 'card-number'],
  ])('flags %j at %s as %s', (payload, key, kind) => {
    expect(findSensitive(payload)).toEqual([{ key, kind }]);
  });

  it.each<[unknown, string]>([
    [{ csrf_token: 'abc' }, 'Flask-WTF CSRF token'],
    [{ csrfSecret: 'abc' }, 'csurf secret'],
    [{ _csrf_token: 'abc' }, 'Rails CSRF token'],
    [{ _fresh: true, _user_id: '1', _id: 'f'.repeat(128) }, 'Flask-Login keys'],
    [{ passport: { user: 42 } }, 'Passport.js user'],
    [{ token_type: 'bearer', token_expiry: 3600 }, 'token metadata'],
    [{ password: '', api_key: null, has_password: true }, 'empty or boolean values'],
    [{ ts: 1795456784000, id: 4000000000000 }, 'timestamps and ids'],
    [{ n: '4111111111111112' }, 'a number failing Luhn'],
    [{ fields: ['password', 'email'] }, 'the word password as a value'],
  ])('does not flag %j (%s)', (payload) => {
    expect(findSensitive(payload)).toEqual([]);
  });

  it('lists several findings in document order with their paths', () => {
    expect(findSensitive({ a: { password: 'x' }, b: [{ token: 'y' }] })).toEqual([
      { key: 'a.password', kind: 'password' },
      { key: 'b.0.token', kind: 'token' },
    ]);
  });

  it('walks 10,000 levels of nesting', () => {
    let payload: unknown = { password: 'deep' };
    for (let i = 0; i < 10_000; i++) payload = { n: payload };
    const [item] = findSensitive(payload);
    expect(item?.kind).toBe('password');
    expect(item?.key.split('.')).toHaveLength(10_001);
  });

  it('stops at 100 findings', () => {
    expect(findSensitive(Array.from({ length: 500 }, () => ({ password: 'x' })))).toHaveLength(100);
  });
});

describe('findSensitiveInValue', () => {
  it('flags a private key in a plain value and ignores an ordinary one', () => {
    expect(findSensitiveInValue(PEM)).toEqual([{ key: '', kind: 'private-key' }]);
    expect(findSensitiveInValue('GA1.2.123.456')).toEqual([]);
  });
});

describe('isCardNumber', () => {
  it.each(['4111111111111111', '5555555555554444', '2223003122003222', '378282246310005', '6011111111111117', '3530111333300000', '30569309025904', '4111-1111-1111-1111'])(
    'accepts the test card %s',
    (n) => expect(isCardNumber(n)).toBe(true),
  );

  it.each(['4111111111111112', '1795456784000', '9111111111111111', '41111111111111111111', '4111 1111'])('rejects %s', (n) =>
    expect(isCardNumber(n)).toBe(false),
  );
});
