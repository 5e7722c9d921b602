import { createServer, type Server } from 'node:http';

/**
 * A page that sets one cookie. Browsers wire an extension's webRequest listeners up shortly after
 * the extension starts, and responses before that are not seen; the harness loads this page until
 * the extension has recorded it, so a test starts only once recording really works.
 */
export async function startWarmUpServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html', 'Set-Cookie': 'warmup=1; Path=/; HttpOnly; SameSite=Lax' });
    res.end('<!doctype html><title>warm-up</title>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
