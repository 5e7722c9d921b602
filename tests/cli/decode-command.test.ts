/** decode: short server-side ids, the cookie-session signature cookie, hostile sizes. */
import { describe, expect, it } from 'vitest';
import { run } from './fake-io';

describe('cookie-audit decode on a server-side session id', () => {
  it('estimates a short PHPSESSID and warns that it is under 64 bits', async () => {
    const { code, stdout } = await run(['decode', '1234567', '--name', 'PHPSESSID']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^format {6}opaque-id\n/);
    expect(stdout).toContain('\nentropy     about 23 bits\n');
    expect(stdout).toContain('warnings\n  The session id carries at most 23 bits of entropy (at least 64 are recommended).\n');
  });
});
