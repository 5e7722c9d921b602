/** help, --version, parse and decode. */
import { describe, expect, it } from 'vitest';
import { AUDIT_HELP, DECODE_HELP, MAIN_HELP, PARSE_HELP } from '../../src/cli/help';
import { VERSION } from '../../src/lib/version';
import { run } from './fake-io';
import { scratchDir } from './temp-files';

const tmp = scratchDir();
/** Signed by Flask with the tutorial's SECRET_KEY 'dev' (conformance/sessions/flask-cookies.json). */
const DEV_COOKIE = 'eyJ1c2VyX2lkIjo0MiwidXNlcm5hbWUiOiJhbGljZSJ9.awR_EA.EtVOe0ZfhHxbG6ae9QRMsV5qido';
/** Signed with the random 32-byte key of the same file's random32 sample. */
const RANDOM_KEY_COOKIE = 'eyJ1c2VyX2lkIjo0MiwidXNlcm5hbWUiOiJhbGljZSJ9.awR_EA.E4LqTBdN87TekV9sPjN2ienty8s';

describe('help and version', () => {
  it.each([
    [['--help'], MAIN_HELP],
    [['-h'], MAIN_HELP],
    [['help'], MAIN_HELP],
    [['help', 'audit'], AUDIT_HELP],
    [['audit', '--help'], AUDIT_HELP],
    [['audit', '-h', 'file.har'], AUDIT_HELP],
    [['parse', '--help'], PARSE_HELP],
    [['help', 'parse'], PARSE_HELP],
    [['decode', '--help'], DECODE_HELP],
    [['help', 'decode'], DECODE_HELP],
    [['--version'], `${VERSION}\n`],
    [['version'], `${VERSION}\n`],
    [['audit', '--version'], `${VERSION}\n`],
    [['parse', '--version'], `${VERSION}\n`],
    [['decode', '--version'], `${VERSION}\n`],
  ])('%j prints its text and exits 0', async (argv, text) => {
    expect(await run(argv)).toEqual({ code: 0, stdout: text, stderr: '' });
  });
});

describe('cookie-audit parse', () => {
  it('prints the JSON of the parse, the diagnostics and the stored cookie for the default URL', async () => {
    const { code, stdout } = await run(['parse', 'id=42; Path=/; Secure; HttpOnly; Max-Age=60; Foo', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['url', 'parsed', 'diagnostics', 'stored', 'deletion']);
    expect(json).toMatchObject({
      url: 'https://example.com/',
      parsed: { name: 'id', value: '42', maxAge: 60, path: '/', secure: true, httpOnly: true },
      diagnostics: [{ code: 'unknown-attribute', effect: 'ignored', attribute: 'foo' }],
      stored: { name: 'id', domain: 'example.com', hostOnly: true, path: '/', expiresAt: Date.UTC(2026, 10, 23, 20, 1, 1) },
      deletion: false,
    });
  });

  it('says what a deletion removes', async () => {
    const json = JSON.parse((await run(['parse', 'sid=; Max-Age=0; Path=/app', '--url', 'https://shop.example/app/x', '--json'])).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ stored: null, deletion: true, deletes: { name: 'sid', domain: 'shop.example', hostOnly: true, path: '/app' } });
  });

  it('explains a rejected line in words', async () => {
    const { code, stdout } = await run(['parse', 'a=b; Path=/; SameSite=None', '--url', 'http://shop.example/']);
    expect(code).toBe(0);
    expect(stdout).toContain('URL         http://shop.example/');
    expect(stdout).toMatch(/\n {2}rejected samesite-none-without-secure: SameSite=None requires Secure/);
    expect(stdout).toContain('The browser would\n  reject it');
  });

  it('shows what the browser stores', async () => {
    const { stdout } = await run(['parse', '__Host-id=1; Path=/; Secure; SameSite=Lax']);
    expect(stdout).toContain('Diagnostics\n  none: the line is clean');
    expect(stdout).toContain('The browser would\n  store it:\n  name        __Host-id');
    expect(stdout).toContain('  domain      example.com (host-only: this host only)');
    expect(stdout).toContain('  expires     when the browser closes (session cookie)');
  });

  it('escapes control characters in what it echoes', async () => {
    const { stdout } = await run(['parse', 'a=\u001b[2Jb']);
    expect(stdout).toContain('a=\\x1b[2Jb');
    expect(stdout).not.toContain('\u001b');
  });
});

describe('cookie-audit decode', () => {
  it('prints exactly the documented JSON', async () => {
    const { code, stdout } = await run(['decode', DEV_COOKIE, '--name', 'session', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      format: 'flask',
      payload: { user_id: 42, username: 'alice' },
      compressed: false,
      issuedAt: '2026-11-23T17:59:44.000Z',
      signature: { status: 'valid', secret: 'dev' },
      attribution: [],
      sensitive: [],
      warnings: [],
    });
  });

  it('prints a readable summary that says who can forge the session', async () => {
    const { stdout } = await run(['decode', DEV_COOKIE]);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'format      flask',
      'issued at   2026-11-23T17:59:44.000Z',
      expect.stringMatching(/^signature {3}valid: signed with the secret "dev", a publicly known secret \(.+\); anyone can forge this session$/),
    ]);
    expect(stdout).toContain('payload\n  {\n    "user_id": 42,\n    "username": "alice"\n  }\n');
    expect(stdout).toContain('sensitive\n  none\nwarnings\n  none\n');
  });

  it('tries the secrets of --secret and --wordlist, bytes literals included', async () => {
    const unverified = JSON.parse((await run(['decode', RANDOM_KEY_COOKIE, '--json'])).stdout) as { signature: { status: string } };
    expect(unverified.signature).toEqual({ status: 'unverified' });
    const wrong = JSON.parse((await run(['decode', RANDOM_KEY_COOKIE, '--secret', 'nope', '--json'])).stdout) as { signature: unknown };
    expect(wrong.signature).toEqual({ status: 'invalid' });
    const key = "b'o\\x1d,;JYhw\\x86\\x95\\xa4\\xb3\\xc2\\xd1\\xe0\\xf0\\x01\\x12#4EVgx\\x89\\x9a\\xab\\xbc\\xcd\\xde\\xef\\xf0'";
    const words = tmp.write('words.txt', `nope\n${key}\n`);
    const found = JSON.parse((await run(['decode', RANDOM_KEY_COOKIE, '--wordlist', words, '--json'])).stdout) as { signature: unknown };
    expect(found.signature).toEqual({ status: 'valid', secret: key });
  });

  it('decodes what it does not recognise as opaque, without failing', async () => {
    const { code, stdout } = await run(['decode', 'hello world', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ format: 'opaque', signature: { status: 'unverified' } });
  });
});
