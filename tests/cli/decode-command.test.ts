/** decode: short server-side ids, the cookie-session signature cookie, hostile sizes. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECODE_HELP } from '../../src/cli/help';
import { flaskCookie } from '../core/session/flask-cookie';
import { expectOneLineError, run } from './fake-io';
import { scratchDir } from './temp-files';

interface CookieSessionSample {
  keys: string[];
  keygrip_index: number;
  value: string;
  sig_cookie: string;
  decoded_json: string;
}
/** Made by cookie-session 2.1.1 (conformance/sessions/node-session-cookies.json). */
const cookieSession = (
  JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/sessions/node-session-cookies.json'), 'utf8')) as { samples: CookieSessionSample[] }
).samples[0]!;
const signingKey = cookieSession.keys[cookieSession.keygrip_index]!;
const tmp = scratchDir();

async function decodeJson(argv: string[]): Promise<{ format: string; payload: unknown; signature: unknown; warnings: string[] }> {
  const { code, stdout, stderr } = await run(['decode', ...argv, '--json']);
  if (code !== 0) throw new Error(`exit ${code}: ${stderr}`);
  return JSON.parse(stdout) as { format: string; payload: unknown; signature: unknown; warnings: string[] };
}

describe('cookie-audit decode on a server-side session id', () => {
  it('estimates a short PHPSESSID and warns that it is under 64 bits', async () => {
    const { code, stdout } = await run(['decode', '1234567', '--name', 'PHPSESSID']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^format {6}opaque-id\n/);
    expect(stdout).toContain('\nentropy     about 23 bits\n');
    expect(stdout).toContain('warnings\n  The session id carries at most 23 bits of entropy (at least 64 are recommended).\n');
  });
});

describe('cookie-audit decode --sig', () => {
  it('verifies a cookie-session value made by the real library with its signing key', async () => {
    const result = await decodeJson([cookieSession.value, '--name', 'session', '--sig', cookieSession.sig_cookie, '--secret', signingKey]);
    expect(result.format).toBe('cookie-session');
    expect(result.payload).toEqual(JSON.parse(cookieSession.decoded_json));
    expect(result.signature).toEqual({ status: 'valid', secret: signingKey });
  });

  it('calls it invalid under a wrong key, and unverifiable without --sig', async () => {
    expect((await decodeJson([cookieSession.value, '--name', 'session', '--sig', cookieSession.sig_cookie, '--secret', 'wrong'])).signature).toEqual({ status: 'invalid' });
    const unsigned = await decodeJson([cookieSession.value, '--name', 'session', '--secret', signingKey]);
    expect(unsigned.signature).toEqual({ status: 'unverified' });
    expect(unsigned.warnings.join(' ')).toMatch(/No readable signature cookie "session\.sig"/);
  });

  it('runs the help text example as written', async () => {
    const example = DECODE_HELP.split('\n').find((line) => line.includes('--sig Qe'))!.trim().split(/\s+/).slice(2);
    expect((await decodeJson(example)).signature).toEqual({ status: 'valid', secret: signingKey });
  });

  it('refuses an empty --sig with one line', async () => {
    expect(expectOneLineError(await run(['decode', cookieSession.value, '--sig', ' ']))).toMatch(/--sig is empty/);
  });
});

describe('cookie-audit decode on hostile values', () => {
  const huge = flaskCookie(JSON.stringify({ blob: 'x'.repeat(750_000) }), 'dev', false);

  it('tries --secret but not --wordlist on a 1 MB value', async () => {
    const words = tmp.write('words.txt', 'nope\ndev\n');
    expect((await decodeJson([huge, '--secret', 'dev'])).signature).toEqual({ status: 'valid', secret: 'dev' });
    const listed = await decodeJson([huge, '--wordlist', words]);
    expect(listed.signature).toEqual({ status: 'unverified' });
    expect(listed.warnings.join(' ')).toMatch(/over the 16 KiB .* only secrets given one by one were tried/);
  });

  it('prints the JSON of a payload nested 100,000 deep instead of overflowing the stack', async () => {
    const deep = flaskCookie('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), 'dev', true);
    const result = await decodeJson([deep]);
    expect(JSON.stringify(result.payload)).toBe('{"a":'.repeat(64) + 'null' + '}'.repeat(64));
    expect(result.warnings).toContain('The payload nests deeper than 64 levels; what lies deeper is shown as null.');
  });
});
