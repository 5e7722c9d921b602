/**
 * The ledger: per-site, per-cookie statistics built from observations. Plain JSON so it can be
 * written to extension storage and read back unchanged.
 */
import type { ResourceType } from '../observation';

/** One Set-Cookie line as received, with the response that carried it. */
export interface SetEvent {
  time: number;
  url: string;
  type: ResourceType;
  status: number;
  fromCache: boolean;
  /** The raw Set-Cookie header value. */
  line: string;
  cacheControl?: string;
  contentType?: string;
  /** True when this line deleted the cookie (Max-Age<=0 or Expires in the past). */
  deletion: boolean;
}

export interface CookieRecord {
  name: string;
  /** Domain the browser stores it under: the request host for host-only cookies. */
  domain: string;
  hostOnly: boolean;
  path: string;
  /** Set by a response from the same site (eTLD+1) as the top-level page. */
  firstParty: boolean;
  /** Set-Cookie lines that set (not deleted) this cookie. */
  setCount: number;
  deletions: number;
  /** Set-Cookie lines for this cookie that the browser would refuse to store. */
  rejections: number;
  /** Sets whose value differed from the previous value. */
  valueChanges: number;
  /** Sets whose signed payload differed from the previous one (timestamp and signature ignored). */
  payloadChanges: number;
  /** Bytes of all Set-Cookie lines for this cookie. */
  bytes: number;
  firstSeen: number;
  lastSeen: number;
  /** Responses eligible to carry this cookie (host domain-matches) seen before it was first set. */
  responseBaseline: number;
  lastValue: string;
  lastPayloadKey: string;
  /** False after a deletion, until set again. */
  live: boolean;
  /** The Secure flag of the last stored set (a non-secure origin may not overwrite it). */
  secure: boolean;
  /** Changes seen through the cookies API that no Set-Cookie header explains (scripts). */
  scriptChanges: number;
  /** The most recent Set-Cookie events, oldest first, at most `historyPerCookie`. */
  history: SetEvent[];
  /** Times of the most recent sets, oldest first, at most `timelinePerCookie`. */
  timeline: number[];
}

export interface SiteRecord {
  /** Origin of the top-level page, e.g. 'https://example.com'. */
  site: string;
  firstSeen: number;
  lastSeen: number;
  /** Every response observed while a page of this site was the top-level page. */
  responses: number;
  /** Responses by cookie-domain key ('h:host' host-only, 'd:domain' domain cookies) that domain-match it. */
  domainResponses: Record<string, number>;
  /** The last Strict-Transport-Security seen from the site's own host. */
  hsts: { maxAge: number; includeSubDomains: boolean } | null;
  cookies: Record<string, CookieRecord>;
  /** Cookies dropped by the per-site cap. */
  evictedCookies: number;
}

export interface Ledger {
  version: 1;
  sites: Record<string, SiteRecord>;
  /** Sites dropped by the site cap (oldest first). */
  evictedSites: number;
}

export interface LedgerLimits {
  maxSites: number;
  maxCookiesPerSite: number;
  historyPerCookie: number;
  timelinePerCookie: number;
}

export const DEFAULT_LIMITS: LedgerLimits = {
  maxSites: 200,
  maxCookiesPerSite: 400,
  historyPerCookie: 20,
  timelinePerCookie: 200,
};
