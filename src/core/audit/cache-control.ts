/**
 * Whether a shared cache (CDN, proxy) may store a response, from its Cache-Control alone
 * (RFC 9111 §3, §5.2.2): `public`, or a positive `s-maxage`/`max-age`, and neither `private` nor
 * `no-store`. Heuristic freshness without Cache-Control is left out: it needs Last-Modified, which
 * observations do not carry.
 */
export function sharedCacheMayStore(cacheControl: string | undefined): boolean {
  if (cacheControl === undefined) return false;
  const directives = new Map<string, string>();
  for (const part of cacheControl.split(',')) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    if (name !== '' && !directives.has(name)) directives.set(name, value);
  }
  if (directives.has('private') || directives.has('no-store')) return false;
  return directives.has('public') || positive(directives.get('s-maxage')) || positive(directives.get('max-age'));
}

function positive(value: string | undefined): boolean {
  return value !== undefined && /^[0-9]+$/.test(value) && Number(value) > 0;
}
