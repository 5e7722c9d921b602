/** One cookie's identity (name, domain, path) as a single string, for maps and element keys. */
export function cookieKey(c: { name: string; domain: string; path: string }): string {
  return `${c.name}\u0000${c.domain}\u0000${c.path}`;
}
