/**
 * What every rule sees: one site, its cookies already replayed through the browser's storage model,
 * decoded once, and the simulated jar. Rules are pure functions of this context.
 */
import type { ParsedCookie, StorageDecision, StoredCookie } from '../cookie/types';
import type { CookieRecord, SetEvent, SiteRecord } from '../ledger/types';
import type { DecodedSession } from '../session/types';
import type { FrameworkHint } from './framework';
import type { CookieRef, Finding } from './types';

/** A Set-Cookie event of the cookie's history with the storage decision the browser took on it. */
export interface DecidedEvent {
  event: SetEvent;
  decision: StorageDecision;
}

/** The line the browser currently holds the cookie from. */
export interface LiveLine {
  line: string;
  url: string;
  time: number;
  stored: StoredCookie;
  parsed: ParsedCookie | null;
  decision: StorageDecision;
  /** True when the line was rebuilt from the browser's cookie jar instead of seen in a response. */
  fromJar: boolean;
}

export interface AuditedCookie {
  ref: CookieRef;
  hostOnly: boolean;
  /** The ledger's record; null for a cookie only the browser's jar knows. */
  record: CookieRecord | null;
  firstParty: boolean;
  /** The recorded Set-Cookie history, oldest first, each with its storage decision. */
  events: DecidedEvent[];
  /** Null when the cookie is deleted, was only ever rejected, or its line is unknown. */
  live: LiveLine | null;
  /** The value the browser holds, when it holds one. */
  value: string | null;
  session: DecodedSession | null;
  sessionLike: boolean;
  framework: FrameworkHint;
}

export interface JarView {
  /** The largest Cookie header the browser would send to a URL of the site. */
  largestHeader: { url: string; bytes: number; cookies: number } | null;
  /** Live cookies per registrable domain, as the simulated jar holds them, most first. */
  perDomain: { domain: string; cookies: number }[];
}

export interface RuleContext {
  now: number;
  site: SiteRecord;
  siteHost: string;
  cookies: AuditedCookie[];
  jar: JarView;
  hsts: SiteRecord['hsts'];
  includeValues: boolean;
}

export type Rule = (ctx: RuleContext) => Finding[];
