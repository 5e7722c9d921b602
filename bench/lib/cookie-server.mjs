/**
 * A local site for the browser benchmarks: /page?run=ID is a document with 200 images, each of
 * whose responses sets a cookie, so the page's load event comes only after all 200 Set-Cookie
 * responses have arrived (and, for an extension, been handed to its webRequest listener).
 */
import { createServer } from 'node:http';

export const IMAGES = 200;
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function page(run) {
  const images = Array.from({ length: IMAGES }, (_, i) => `<img alt="" width="1" height="1" src="/c/${i}.gif?run=${run}">`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>bench ${run}</title></head><body>\n${images}\n</body></html>`;
}

export async function startCookieServer() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const run = url.searchParams.get('run') ?? '0';
    const image = /^\/c\/(\d+)\.gif$/.exec(url.pathname);
    if (image) {
      res.writeHead(200, {
        'Content-Type': 'image/gif',
        'Cache-Control': 'no-store',
        'Set-Cookie': `c${image[1]}=${run}-${image[1]}-0123456789abcdef; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax`,
      });
      res.end(GIF);
      return;
    }
    // One response that sets one named cookie (popup benchmark: a site that has just changed).
    const set = /^\/set\/([A-Za-z0-9_]+)$/.exec(url.pathname);
    if (set) {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store', 'Set-Cookie': `${set[1]}=${run}; Path=/; Max-Age=3600` });
      res.end('ok');
      return;
    }
    if (url.pathname === '/page') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(page(run));
      return;
    }
    // A plain page for tabs that only need to show the site (popup benchmark).
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('<!doctype html><title>site</title><p>site');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
