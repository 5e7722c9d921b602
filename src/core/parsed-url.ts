/**
 * The URLs parsed last, kept: each response is read by several steps (its page's site, its host,
 * the storage model), a page's responses share its URL, and parsing a URL costs more than most of
 * those steps. Two entries, because a response's URL and its page's URL alternate. The URL objects
 * are only ever read, so sharing them is safe.
 */
const recent: { text: string; url: URL | null }[] = [];
const KEPT = 2;

/** The parsed URL, or null when it does not parse. */
export function parsedUrl(text: string): URL | null {
  for (const entry of recent) if (entry.text === text) return entry.url;
  let url: URL | null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  recent.unshift({ text, url });
  if (recent.length > KEPT) recent.pop();
  return url;
}
