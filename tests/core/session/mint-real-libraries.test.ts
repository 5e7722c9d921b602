import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import cookieSession from 'cookie-session';
import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { decodeSession } from '../../../src/core/session';

/*
 * Round trips: cookies minted just now by the real libraries must decode to what the library
 * itself reads back, and verify with the secret that signed them. Python libraries come from
 * Debian (python3-flask, python3-django, python3-starlette) via /usr/bin/python3, not whatever
 * python3 is first on PATH. Outside CI a missing library skips its part; in CI it fails.
 */

const PYTHON = '/usr/bin/python3';
const IN_CI = process.env.CI === 'true';

interface PythonSample {
  id: string;
  cookie: string;
  secret: string;
  secret_is_bytes?: boolean;
  name?: string;
  salt?: string | null;
  payload: unknown;
  compressed?: boolean;
  issued_at?: string;
}
type Minted = Record<'flask' | 'django' | 'starlette', PythonSample[] | { missing: string }>;

function mintWithPython(): Minted | { missing: string } {
  if (!existsSync(PYTHON)) return { missing: `${PYTHON} not found` };
  const run = spawnSync(PYTHON, [path.join(__dirname, 'mint-python-sessions.py')], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) return { missing: `mint-python-sessions.py failed: ${run.stderr || run.error?.message}` };
  return JSON.parse(run.stdout) as Minted;
}

const minted = mintWithPython();

function samplesOf(library: keyof Minted): PythonSample[] | { missing: string } {
  return 'missing' in minted && typeof minted.missing === 'string' ? minted : (minted as Minted)[library];
}

function secretOf(sample: PythonSample): string | Uint8Array {
  return sample.secret_is_bytes ? Uint8Array.from(Buffer.from(sample.secret, 'latin1')) : sample.secret;
}

describe.each([
  ['flask', 'python3-flask'],
  ['django', 'python3-django'],
  ['starlette', 'python3-starlette'],
] as const)('cookies minted by %s now', (library, debianPackage) => {
  const samples = samplesOf(library);
  const missing = 'missing' in samples ? samples.missing : null;

  it.skipIf(missing !== null && !IN_CI)(`are available (apt-get install ${debianPackage})`, () => {
    expect(missing).toBeNull();
    expect((samples as PythonSample[]).length).toBeGreaterThan(0);
  });

  it.skipIf(missing !== null)('decode to what the library reads back and verify with their secret', () => {
    for (const sample of samples as PythonSample[]) {
      const secret = secretOf(sample);
      const options = { name: sample.name ?? 'session', secrets: [secret], tryKnownSecrets: false, salts: sample.salt ? [sample.salt] : [] };
      const result = decodeSession(sample.cookie, options);
      expect.soft(result.format, sample.id).toBe(library === 'django' ? 'django-signed' : library);
      expect.soft(result.payload, sample.id).toEqual(sample.payload);
      expect.soft(result.signature.status, sample.id).toBe('valid');
      if (sample.compressed !== undefined) expect.soft(result.compressed, sample.id).toBe(sample.compressed);
      if (sample.issued_at !== undefined) expect.soft(result.issuedAt, sample.id).toBe(sample.issued_at);
      const wrong = decodeSession(sample.cookie, { ...options, secrets: ['wrong-secret'] });
      expect.soft(wrong.signature.status, sample.id).toBe('invalid');
    }
  });
});

describe('cookies minted by cookie-session now', () => {
  async function mintCookieSession(keys: string[]): Promise<string[]> {
    const middleware = cookieSession({ name: 'session', keys });
    const server = createServer((req, res) => {
      middleware(req as never, res as never, () => {
        const session = (req as unknown as { session: Record<string, unknown> }).session;
        session.user = 'alice';
        session.roles = ['admin', 'editor'];
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      return response.headers.getSetCookie();
    } finally {
      server.close();
    }
  }

  it('decode and verify with keygrip through the session.sig cookie', async () => {
    const [sessionHeader, sigHeader] = await mintCookieSession(['current-key', 'old-key']);
    const value = /^session=([^;]+)/.exec(sessionHeader ?? '')![1]!;
    const signature = /^session\.sig=([^;]+)/.exec(sigHeader ?? '')![1]!;
    const result = decodeSession(value, { name: 'session', signatureCookie: signature, secrets: ['old-key', 'current-key'], tryKnownSecrets: false });
    expect(result.format).toBe('cookie-session');
    expect(result.payload).toEqual({ user: 'alice', roles: ['admin', 'editor'] });
    expect(result.signature).toMatchObject({ status: 'valid', secret: 'current-key' });
  });
});

describe('tokens minted by jsonwebtoken now', () => {
  it.each(['HS256', 'HS384', 'HS512'] as const)('decode and verify with %s', (algorithm) => {
    const token = jwt.sign({ sub: 'alice', admin: false }, 'a-jwt-secret', { algorithm });
    const decoded = jwt.decode(token, { complete: true })!;
    const result = decodeSession(token, { secrets: ['a-jwt-secret'], tryKnownSecrets: false });
    expect(result.format).toBe('jwt');
    expect(result.payload).toEqual(decoded.payload);
    expect(result.jwtHeader).toEqual(decoded.header);
    expect(result.issuedAt).toBe(new Date((decoded.payload as { iat: number }).iat * 1000).toISOString());
    expect(result.signature.status).toBe('valid');
    expect(decodeSession(token, { secrets: ['another'], tryKnownSecrets: false }).signature.status).toBe('invalid');
  });

  it('finds a token signed with the jsonwebtoken README secret', () => {
    const token = jwt.sign({ foo: 'bar' }, 'shhhhh');
    expect(decodeSession(token).signature).toMatchObject({ status: 'valid', secret: 'shhhhh' });
  });
});
