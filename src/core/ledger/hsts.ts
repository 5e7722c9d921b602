/** Strict-Transport-Security (RFC 6797 §6.1): only max-age and includeSubDomains matter here. */
export function parseHsts(header: string): { maxAge: number; includeSubDomains: boolean } | null {
  let maxAge: number | null = null;
  let includeSubDomains = false;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (name === 'includesubdomains') includeSubDomains = true;
    if (name === 'max-age' && eq >= 0) {
      const raw = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
      if (/^[0-9]{1,12}$/.test(raw)) maxAge = Number(raw);
    }
  }
  return maxAge === null ? null : { maxAge, includeSubDomains };
}
