import { describe, expect, it } from 'vitest';
import { redactSession } from '../../../src/core/audit/redact-session';
import { decodeSession } from '../../../src/core/session';
import { sessionEntries } from '../../../src/core/view/session-entries';
import { FLASK_PASSWORD_VALUE } from '../../ui/support/fixtures';

describe('sessionEntries', () => {
  const decoded = decodeSession(FLASK_PASSWORD_VALUE, { name: 'session' });
  const redacted = redactSession(decoded, false);

  it('lists each top-level key with its value, marking the secret ones and naming the library', () => {
    const entries = sessionEntries(redacted, decoded.payload);
    expect(entries.map((e) => [e.key, e.value, e.sensitive])).toEqual([
      ['_permanent', 'true', false],
      ['user', 'alice', false],
      ['password', 'hunter2', true],
      ['_user_id', '42', false],
    ]);
    expect(entries.find((e) => e.key === '_user_id')?.attribution.map((a) => a.library)).toEqual(['Flask-Login']);
  });

  it('has no values when only the redacted payload is known', () => {
    expect(sessionEntries(redacted, null).map((e) => e.value)).toEqual([null, null, null, null]);
  });

  it('shows a payload that is not an object as one entry', () => {
    const jwtLike = { ...redacted, payload: '‹redacted›', sensitive: [{ key: '', kind: 'token' }], attribution: [] };
    expect(sessionEntries(jwtLike, 'abc')).toEqual([{ key: '', value: 'abc', sensitive: true, attribution: [] }]);
  });

  it('cuts very long values', () => {
    const long = { ...redacted, payload: { blob: 'x' }, sensitive: [], attribution: [] };
    expect(sessionEntries(long, { blob: 'y'.repeat(5000) })[0]?.value).toHaveLength(2001);
  });
});
