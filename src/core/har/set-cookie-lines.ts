/**
 * The Set-Cookie lines of a HAR response. The headers are the truth: each Set-Cookie header is its
 * own entry in HAR, though a value may still hold several lines joined by newlines (the way Firefox
 * hands them to extensions). Some exporters keep only the parsed `response.cookies[]`; then the lines
 * are rebuilt from those fields, which loses what the HAR did not keep (Max-Age, the order of the
 * attributes, unknown attributes), so the caller says so.
 */
import { arrayAt, headerValues, isObject, type HarHeader, type JsonObject } from './har-json';

export interface SetCookieLines {
  lines: string[];
  /** True when the lines were rebuilt from `response.cookies[]`. */
  rebuilt: boolean;
}

export function setCookieLines(response: JsonObject, headers: readonly HarHeader[]): SetCookieLines {
  const lines: string[] = [];
  for (const value of headerValues(headers, 'set-cookie')) {
    for (const line of value.split('\n')) {
      const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
      if (trimmed.trim() !== '') lines.push(trimmed);
    }
  }
  if (lines.length > 0) return { lines, rebuilt: false };
  for (const cookie of arrayAt(response, 'cookies') ?? []) {
    const line = isObject(cookie) ? lineFromHarCookie(cookie) : null;
    if (line !== null) lines.push(line);
  }
  return { lines, rebuilt: lines.length > 0 };
}

/** A HAR cookie object as the Set-Cookie line that would have produced it. */
export function lineFromHarCookie(cookie: JsonObject): string | null {
  const name = cookie['name'];
  const value = cookie['value'];
  if (typeof name !== 'string' || typeof value !== 'string') return null;
  const parts = [`${name}=${value}`];
  const path = cookie['path'];
  const domain = cookie['domain'];
  if (typeof path === 'string' && path !== '') parts.push(`Path=${path}`);
  if (typeof domain === 'string' && domain !== '') parts.push(`Domain=${domain}`);
  const expires = httpDate(cookie['expires']);
  if (expires !== null) parts.push(`Expires=${expires}`);
  if (cookie['secure'] === true) parts.push('Secure');
  if (cookie['httpOnly'] === true) parts.push('HttpOnly');
  // Chrome and Playwright write `sameSite`; older Firefox exports `samesite`.
  const sameSite = cookie['sameSite'] ?? cookie['samesite'];
  if (typeof sameSite === 'string' && sameSite !== '') parts.push(`SameSite=${sameSite}`);
  return parts.join('; ');
}

/**
 * HAR writes `expires` as an ISO 8601 string; some tools write seconds (or milliseconds) since the
 * epoch. null, '' and unreadable values mean a session cookie.
 */
function httpDate(expires: unknown): string | null {
  let ms: number;
  if (typeof expires === 'string' && expires !== '') ms = Date.parse(expires);
  else if (typeof expires === 'number') ms = expires < 1e11 ? expires * 1000 : expires;
  else return null;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  return new Date(ms).toUTCString();
}
