import { describe, expect, it } from 'vitest';
import { attributeKeys } from '../../../src/core/session/attribution';

describe('attributeKeys', () => {
  it.each([
    ['_permanent', 'Flask'],
    ['_flashes', 'Flask'],
    ['_user_id', 'Flask-Login'],
    ['_fresh', 'Flask-Login'],
    ['_id', 'Flask-Login'],
    ['_remember', 'Flask-Login'],
    ['identity.id', 'Flask-Principal'],
    ['identity.auth_type', 'Flask-Principal'],
    ['csrf_token', 'Flask-WTF'],
    ['_auth_user_id', 'Django auth'],
    ['_auth_user_backend', 'Django auth'],
    ['_auth_user_hash', 'Django auth'],
    ['passport', 'Passport.js'],
    ['_state_google_xyz', 'Authlib'],
    ['github_oauth_state', 'Flask-Dance'],
    ['warden.user.user.key', 'Warden / Devise'],
  ])('attributes %s to %s', (key, library) => {
    expect(attributeKeys({ [key]: 1 }, 'flask')).toEqual([{ key, library, meaning: expect.any(String), text: { meaning: expect.any(Object) } }]);
  });

  it('ignores keys no library is known to write, and inherited names', () => {
    expect(attributeKeys({ user: 'alice', cart: [], constructor: 1, toString: 2 }, 'flask')).toEqual([]);
  });

  it('attributes registered claims only inside a JWT', () => {
    expect(attributeKeys({ sub: 'a', exp: 1, _user_id: '1' }, 'jwt').map((a) => a.key)).toEqual(['sub', 'exp']);
    expect(attributeKeys({ sub: 'a' }, 'flask')).toEqual([]);
  });

  it('returns nothing for payloads that are not objects', () => {
    expect(attributeKeys(['_permanent'], 'flask')).toEqual([]);
    expect(attributeKeys(null, 'opaque')).toEqual([]);
  });
});
