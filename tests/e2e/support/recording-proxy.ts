import { createServer, request as httpRequest, type Server } from 'node:http';
import type { Socket } from 'node:net';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An HTTP proxy that remembers what was asked for: pointed at by the browser, it shows every
 * request that would have left the machine. It answers everything with 502, unless told to pass
 * plain-http requests for loopback hosts on to them, so a browser sending even its loopback traffic
 * through it (the test sites run there) can still browse them while every request is seen.
 */
export async function startRecordingProxy(options: { forwardLoopback?: boolean } = {}): Promise<{ port: number; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const target = URL.canParse(req.url ?? '') ? new URL(req.url ?? '') : null;
    if (!options.forwardLoopback || target?.protocol !== 'http:' || !LOOPBACK_HOSTS.has(target.hostname)) {
      res.writeHead(502).end();
      return;
    }
    const { 'proxy-connection': _, ...headers } = req.headers;
    const upstream = httpRequest(target, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(res);
    });
    upstream.on('error', () => res.headersSent || res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket: Socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    requests,
    close: () =>
      new Promise((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}
