/**
 * The requests a recording proxy saw (each `METHOD url`, see recording-proxy.ts) that neither the
 * browser's own traffic nor the web pages the test opened explain: whatever is left, the extension
 * made.
 *
 * - `browserOwn` matches the browser's own calls home, made with no extension loaded too.
 * - `pages` are the requests the browser's DevTools protocol saw the test's web pages make; each
 *   explains one proxied request. The browser fetches a page's /favicon.ico itself, unseen there.
 * - `launch` are the requests proxied while the harness started the browser, before anything
 *   watched the pages: its warm-up page (support/warm-up-server.ts), loaded until the extension
 *   recorded it, is the only page it opens: `/` and `/favicon.ico` of one loopback origin.
 */
export function unexplainedRequests({ proxied, launch, pages, browserOwn }: { proxied: string[]; launch: string[]; pages: string[]; browserOwn: RegExp }): string[] {
  const unseen = [...pages];
  const warmUp = launch.filter((line) => !browserOwn.test(line));
  const warmUpOrigins = new Set(warmUp.map((line) => originOf(line)));
  // The browser may fetch the warm-up page's favicon after the launch, once pages are watched.
  const pageOrigins = new Set([...pages.map((line) => originOf(line)), ...warmUpOrigins]);
  const afterLaunch = proxied.filter((line) => {
    if (browserOwn.test(line)) return false;
    const i = unseen.indexOf(line);
    if (i >= 0) {
      unseen.splice(i, 1);
      return false;
    }
    return !(isFavicon(line) && pageOrigins.has(originOf(line)));
  });
  const warmUpExplained = warmUpOrigins.size <= 1 && warmUp.every((line) => /^GET http:\/\/127\.0\.0\.1:\d+\/(favicon\.ico)?$/.test(line));
  return [...(warmUpExplained ? [] : warmUp), ...afterLaunch];
}

function originOf(line: string): string {
  const url = line.slice(line.indexOf(' ') + 1);
  return URL.canParse(url) ? new URL(url).origin : url;
}

function isFavicon(line: string): boolean {
  return /^GET \S+\/favicon\.ico$/.test(line);
}
