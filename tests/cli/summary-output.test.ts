import { describe, expect, it } from 'vitest';
import { harPath } from '../core/har/fixtures';
import { run } from './fake-io';
import { scratchDir } from './temp-files';

const tmp = scratchDir();
/** The escape that starts every colour code. */
const ANSI = '\u001b[';

describe('the terminal summary', () => {
  it('lists the worst site first, with its grade, counts and findings grouped by cookie', async () => {
    const { stdout, code } = await run(['audit', harPath('chrome'), harPath('firefox')]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const sites = lines.filter((l) => /^[A-F][+ ] /.test(l));
    expect(sites).toEqual(['F  http://192.168.1.20:5000  score 0/100', 'C  https://shop.example  score 66/100']);
    expect(lines).toContain('   8 responses · 2 cookies · 1 critical · 3 high · 5 medium · 1 low · 2 info');
    const cookies = lines.filter((l) => /^ {3}[^ \d]/.test(l)).map((l) => l.trim().split(' ')[0]);
    expect(cookies).toEqual(['session', 'remember_token', '__Host-sid', 'theme', 'wid', '__cf_bm']);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('Worst grade F (http://192.168.1.20:5000) · 19 findings: 1 critical · 4 high · 5 medium · 6 low · 3 info');
  });

  it('gives every finding its rule, message, evidence and fix', async () => {
    const { stdout } = await run(['audit', harPath('firefox')]);
    const at = stdout.indexOf('CRITICAL session-known-secret');
    expect(at).toBeGreaterThan(0);
    const block = stdout.slice(at).split('\n').slice(0, 4);
    expect(block[1]).toMatch(/^ {14}The signature of the session cookie "session" verifies with a publicly known secret/);
    expect(block[2]).toMatch(/^ {14}evidence: flask signature valid with the secret "dev"/);
    expect(block[3]).toMatch(/^ {14}fix: Set Flask's SECRET_KEY to a long random value/);
  });

  it.each([
    [{ stdoutTty: true }, true],
    [{ stdoutTty: true, env: { NO_COLOR: '1' } }, false],
    [{ stdoutTty: true, env: { NO_COLOR: '' } }, true],
    [{ stdoutTty: false }, false],
  ])('colours the summary only on a terminal without NO_COLOR (%j)', async (options, coloured) => {
    const { stdout } = await run(['audit', harPath('firefox')], options);
    expect(stdout.includes(ANSI)).toBe(coloured);
  });

  it('says so when nothing could be audited', async () => {
    const file = tmp.write('blocked.har', JSON.stringify({ log: { entries: [{ request: { url: 'https://x.example/' }, response: { status: 0 } }] } }));
    const result = await run(['audit', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No response belonged to an http(s) page: there is nothing to audit.');
    expect(result.stderr).toContain('none of its 1 entries has an http(s) response');
  });

  it('never writes the control characters of a cookie name to the terminal', async () => {
    const evil = '\u001b]0;pwned\u0007\u001b[2J';
    const file = tmp.write(
      'evil.har',
      JSON.stringify({
        log: {
          entries: [
            {
              startedDateTime: '2026-11-23T18:00:00Z',
              request: { url: 'https://evil.example/', headers: [{ name: 'Sec-Fetch-Dest', value: 'document' }] },
              response: { status: 200, headers: [{ name: 'Set-Cookie', value: `${evil}session=1; Path=/` }] },
            },
          ],
        },
      }),
    );
    const { stdout } = await run(['audit', file], { stdoutTty: true });
    const withoutColours = stdout.replaceAll(/\u001b\[\d+m/g, ''); // eslint-disable-line no-control-regex
    expect([...withoutColours].filter((c) => c !== '\n' && (c < ' ' || c === '\u007f'))).toEqual([]);
    expect(stdout).toContain('pwned\\x07\\x1b[2Jsession=1; Path=/');
  });
});
