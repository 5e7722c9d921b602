import { describe, expect, it } from 'vitest';
import { payloadPreview, redactSession } from '../../../src/core/audit/redact-session';
import { decodeSession } from '../../../src/core/session';
import { COOKIE_SESSION_KEY } from './lines';

describe('redactSession', () => {
  it('replaces strings and numbers by their size and keeps keys, booleans and null', () => {
    const session = decodeSession('eyJfcGVybWFuZW50Ijp0cnVlLCJ1c2VyIjoiYWxpY2UifQ.awR_GQ.pSDd28fxcXvMYHRc44OLlVzL2xY', { name: 'session' });
    expect(redactSession(session, false).payload).toEqual({ _permanent: true, user: '‹redacted 5 bytes›' });
  });

  it('keeps a secret from the built-in list, which is public, but hides one from the user', () => {
    const known = decodeSession('eyJfcGVybWFuZW50Ijp0cnVlLCJ1c2VyIjoiYWxpY2UifQ.awR_GQ.pSDd28fxcXvMYHRc44OLlVzL2xY', { name: 'session' });
    expect(redactSession(known, false).signature.secret).toBe(known.signature.secret);
    const own = decodeSession('eyJ1c2VyIjoiYWxpY2UiLCJ2aWV3cyI6MX0=', { name: 'session', secrets: [COOKIE_SESSION_KEY], signatureCookie: 'QeAC__G2lyS_mfFfCQQ51YM_9kY' });
    expect(own.signature.secret).toBe(COOKIE_SESSION_KEY);
    expect(redactSession(own, false).signature.secret).toBe('‹redacted 20 bytes›');
    expect(redactSession(own, true).signature.secret).toBe(COOKIE_SESSION_KEY);
  });
});

describe('payloadPreview', () => {
  it.each([
    [{ user_id: 42, cart: ['a', 'b'] }, false, 'user_id=‹redacted 2 bytes›, cart=["‹redacted 1 byte›","‹redacted 1 byte›"]'],
    [{ user_id: 42, cart: ['a', 'b'] }, true, 'user_id=42, cart=["a","b"]'],
    ['a string payload', false, '‹redacted 16 bytes›'],
  ])('shows %j (values included: %s) as %s', (payload, includeValues, expected) => {
    expect(payloadPreview(payload, includeValues)).toBe(expected);
  });
});
