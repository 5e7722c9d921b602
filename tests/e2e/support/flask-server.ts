import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const FIXTURES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures');
const APP = resolve(FIXTURES, 'flask_app.py');
/** A Flask app whose cookies and session carry markup, for the escaping tests. */
export const XSS_APP = resolve(FIXTURES, 'flask_xss_app.py');

export interface FlaskServer {
  origin: string;
  /** Requests the app has served through the browser so far (its own counter). */
  served(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts a fixture Flask app (Debian's python3-flask; flask_app.py unless told) on 127.0.0.1 with a free port. */
export async function startFlask(secret?: string, app: string = APP): Promise<FlaskServer> {
  const child = spawn('/usr/bin/python3', [app, '0', ...(secret ? [secret] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise<number>((done, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`Flask did not start within 15 s: ${err}`)), 15_000);
    child.stderr?.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        done(Number(m[1]));
      }
    });
    child.on('exit', (code) => fail(new Error(`Flask exited with ${code}: ${err}`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    async served() {
      const res = await fetch(`${origin}/__stats`);
      return ((await res.json()) as { served: number }).served;
    },
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
