import type { StorageDecision } from '../cookie/types';
import { defaultPath } from '../cookie/domain';

export interface CookieIdentity {
  name: string;
  domain: string;
  hostOnly: boolean;
  path: string;
}

/**
 * Which jar entry a Set-Cookie line concerns. A stored cookie says it exactly; a deletion or a
 * rejected line is keyed the way the browser would have keyed it, so that it lands on the same record
 * as the cookie it deletes (or tried to set).
 */
export function cookieIdentity(decision: StorageDecision, line: string, url: string, host: string): CookieIdentity {
  if (decision.stored) {
    const { name, domain, hostOnly, path } = decision.stored;
    return { name, domain, hostOnly, path };
  }
  const parsed = decision.parsed;
  const name = parsed ? parsed.name : rawName(line);
  const domain = parsed?.domain && parsed.domain !== host ? parsed.domain : host;
  return {
    name,
    domain,
    hostOnly: domain === host && !parsed?.domain,
    path: parsed?.path ?? defaultPath(url),
  };
}

function rawName(line: string): string {
  const eq = line.indexOf('=');
  const semi = line.indexOf(';');
  const end = eq >= 0 && (semi < 0 || eq < semi) ? eq : 0;
  return line.slice(0, Math.min(end, 256)).trim();
}

export function recordKey(id: CookieIdentity): string {
  return `${id.name}\u0000${id.domain}\u0000${id.path}`;
}
