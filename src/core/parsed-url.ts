/**
 * The URLs parsed last, kept: each response is read by several steps (its page's site, its host,
 * the storage model), a page's responses share its URL, and parsing a URL costs more than most of
 * those steps. Two entries, because a response's URL and its page's URL alternate. The URL objects
 * are only ever read, so sharing them is safe.
 *
 * The origin and the host are kept with the URL once asked for: in a browser, every read of a
 * `URL` property is a call into the engine, and `origin` is built afresh on each read. The bench
 * page's 200 responses share one page URL, whose origin was built 400 times per load.
 */
interface Entry {
  text: string;
  url: URL | null;
  origin?: string;
  host?: string | null;
}

const recent: Entry[] = [];
const KEPT = 2;

function entryFor(text: string): Entry {
  for (const entry of recent) if (entry.text === text) return entry;
  let url: URL | null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  const entry: Entry = { text, url };
  recent.unshift(entry);
  if (recent.length > KEPT) recent.pop();
  return entry;
}

/** The parsed URL, or null when it does not parse. */
export function parsedUrl(text: string): URL | null {
  return entryFor(text).url;
}

/** The URL's origin as the URL standard serializes it ('null' for opaque ones), or null when it does not parse. */
export function urlOrigin(text: string): string | null {
  const entry = entryFor(text);
  if (entry.url === null) return null;
  entry.origin ??= entry.url.origin;
  return entry.origin;
}

/** The URL's host name in lower case, or null when it does not parse. */
export function urlHost(text: string): string | null {
  const entry = entryFor(text);
  if (entry.host === undefined) entry.host = entry.url?.hostname.toLowerCase() ?? null;
  return entry.host;
}
