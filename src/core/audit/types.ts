/** Findings: the output of the audit rules (FINDINGS.md). */
import type { Phrase } from '../i18n/phrase';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export interface CookieRef {
  name: string;
  domain: string;
  path: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  cookie: CookieRef | null;
  /** Origin of the top-level page whose browsing produced the finding. */
  site: string;
  thirdParty: boolean;
  message: string;
  /** The Set-Cookie line (value redacted unless values are included) or the figures that triggered it. */
  evidence: string;
  fix: string;
  /**
   * `message` and `fix` as catalogue phrases, for the extension pages to show in the user's
   * language. Not part of the report: the exports and the CLI print the English above.
   */
  text?: { message: Phrase; fix: Phrase };
}

export type Grade = 'A+' | 'A' | 'B' | 'C' | 'D' | 'F';

export interface SiteSummary {
  counts: Record<Severity, number>;
  score: number;
  grade: Grade;
}

/** One cookie as the audit reports it. */
export interface CookieSummary {
  name: string;
  domain: string;
  path: string;
  hostOnly: boolean;
  setCount: number;
  valueChanges: number;
  payloadChanges: number;
  deletions: number;
  firstParty: boolean;
  live: boolean;
  /** 'header': seen in Set-Cookie; 'script': changed by page scripts; 'jar': already in the browser's jar. */
  source: 'header' | 'script' | 'jar';
  /** Last Set-Cookie line, value redacted unless values are included; '' when never seen in a header. */
  lastLine: string;
  /** Decoded session (format, payload redacted unless values are included), or null. */
  session: import('../session/types').DecodedSession | null;
  /** Times (ms) of the most recent sets, for the timeline. */
  timeline: number[];
  /** Responses that could have carried it since it was first set. */
  eligibleResponses: number;
}

export interface SiteAudit {
  site: string;
  responses: number;
  firstSeen: number;
  lastSeen: number;
  cookies: CookieSummary[];
  findings: Finding[];
  summary: SiteSummary;
}

export interface AuditResult {
  generatedAt: number;
  sites: SiteAudit[];
}

/** A cookie the browser's jar holds (cookies API), for the sites the ledger knows. */
export interface JarCookie {
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: 'strict' | 'lax' | 'none' | 'unspecified';
  expiresAt: number | null;
}

export interface AuditOptions {
  now: number;
  /** Show cookie values and decoded payload values in evidence (default false: redacted). */
  includeValues?: boolean;
  /** Extra secrets to try on signed sessions, always (--secret). */
  secrets?: (string | Uint8Array)[];
  /** A wordlist to try after them; like the built-in list, skipped on oversized values (docs/sessions.md). */
  wordlist?: (string | Uint8Array)[];
  /** Snapshot of the browser's jar per site origin (extension only). */
  jar?: Record<string, JarCookie[]>;
  /** Only audit these site origins. */
  sites?: string[];
}
