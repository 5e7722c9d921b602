import type { CookieRecord, Ledger, SiteRecord } from './types';

export function createLedger(): Ledger {
  return { version: 1, sites: {}, evictedSites: 0 };
}

export function createSite(site: string, now: number): SiteRecord {
  return {
    site,
    firstSeen: now,
    lastSeen: now,
    responses: 0,
    domainResponses: {},
    hsts: null,
    cookies: {},
    evictedCookies: 0,
  };
}

export function createCookieRecord(
  id: { name: string; domain: string; hostOnly: boolean; path: string },
  fields: { firstParty: boolean; now: number; responseBaseline: number },
): CookieRecord {
  return {
    name: id.name,
    domain: id.domain,
    hostOnly: id.hostOnly,
    path: id.path,
    firstParty: fields.firstParty,
    setCount: 0,
    deletions: 0,
    rejections: 0,
    valueChanges: 0,
    payloadChanges: 0,
    bytes: 0,
    firstSeen: fields.now,
    lastSeen: fields.now,
    responseBaseline: fields.responseBaseline,
    lastValue: '',
    lastPayloadKey: '',
    live: false,
    secure: false,
    scriptChanges: 0,
    history: [],
    timeline: [],
  };
}
