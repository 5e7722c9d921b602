import type { CookieRecord, SetEvent, SiteRecord } from './types';

/**
 * A site record read back from storage, checked field by field: storage may hold an older shape or
 * a damaged value, and a bad record must cost that record, never the whole ledger. Returns null
 * when the record is unusable.
 */
export function siteFromJson(raw: unknown): SiteRecord | null {
  if (!isObject(raw) || typeof raw.site !== 'string') return null;
  const cookies: Record<string, CookieRecord> = {};
  if (isObject(raw.cookies)) {
    for (const [key, value] of Object.entries(raw.cookies)) {
      const cookie = cookieFromJson(value);
      if (cookie) cookies[key] = cookie;
    }
  }
  const hsts = isObject(raw.hsts) && typeof raw.hsts.maxAge === 'number' ? { maxAge: raw.hsts.maxAge, includeSubDomains: raw.hsts.includeSubDomains === true } : null;
  return {
    site: raw.site,
    firstSeen: num(raw.firstSeen),
    lastSeen: num(raw.lastSeen),
    responses: num(raw.responses),
    domainResponses: numberMap(raw.domainResponses),
    hsts,
    cookies,
    evictedCookies: num(raw.evictedCookies),
  };
}

function cookieFromJson(raw: unknown): CookieRecord | null {
  if (!isObject(raw) || typeof raw.name !== 'string' || typeof raw.domain !== 'string' || typeof raw.path !== 'string') return null;
  return {
    name: raw.name,
    domain: raw.domain,
    hostOnly: raw.hostOnly === true,
    path: raw.path,
    firstParty: raw.firstParty !== false,
    setCount: num(raw.setCount),
    deletions: num(raw.deletions),
    rejections: num(raw.rejections),
    valueChanges: num(raw.valueChanges),
    payloadChanges: num(raw.payloadChanges),
    bytes: num(raw.bytes),
    firstSeen: num(raw.firstSeen),
    lastSeen: num(raw.lastSeen),
    responseBaseline: num(raw.responseBaseline),
    lastValue: str(raw.lastValue),
    lastPayloadKey: str(raw.lastPayloadKey),
    live: raw.live === true,
    secure: raw.secure === true,
    scriptChanges: num(raw.scriptChanges),
    history: Array.isArray(raw.history) ? raw.history.filter(isSetEvent) : [],
    timeline: Array.isArray(raw.timeline) ? raw.timeline.filter((t): t is number => typeof t === 'number') : [],
  };
}

function isSetEvent(raw: unknown): raw is SetEvent {
  return isObject(raw) && typeof raw.time === 'number' && typeof raw.url === 'string' && typeof raw.line === 'string' && typeof raw.type === 'string';
}

function isObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function num(raw: unknown): number {
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : 0;
}

function str(raw: unknown): string {
  return typeof raw === 'string' ? raw : '';
}

function numberMap(raw: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (isObject(raw)) for (const [k, v] of Object.entries(raw)) if (typeof v === 'number') out[k] = v;
  return out;
}
