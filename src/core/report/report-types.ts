/**
 * The public report contract (DESIGN.md "Public contracts"), validated by docs/report.schema.json.
 * Every string in it except the enums came from the network and is untrusted text.
 */
import type { Grade, Severity } from '../audit/types';
import type { SessionFormat, SignatureStatus } from '../session/types';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface AuditReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  /** ISO 8601 UTC. */
  generatedAt: string;
  /** True when cookie values, decoded payloads and found secrets are printed. */
  includeValues: boolean;
  sites: ReportSite[];
}

export interface ReportSite {
  /** Origin of the top-level page. */
  site: string;
  responses: number;
  /** ISO 8601 UTC times of the first and last observed response: the timeline's window. */
  firstSeen: string;
  lastSeen: string;
  summary: { grade: Grade; score: number; counts: Record<Severity, number> };
  cookies: ReportCookie[];
  /** Worst first; the audit's order within one severity. */
  findings: ReportFinding[];
}

export interface ReportCookie {
  name: string;
  domain: string;
  path: string;
  hostOnly: boolean;
  setCount: number;
  valueChanges: number;
  payloadChanges: number;
  deletions: number;
  /** Responses that could have carried it since it was first set. */
  eligibleResponses: number;
  firstParty: boolean;
  live: boolean;
  source: 'header' | 'script' | 'jar';
  /** Last Set-Cookie line, value redacted unless values are included. */
  lastLine: string;
  session: ReportSession | null;
  /** ISO 8601 UTC times of the most recent sets, oldest first. */
  timeline: string[];
}

export interface ReportSession {
  format: SessionFormat;
  compressed: boolean;
  issuedAt: string | null;
  signature: { status: SignatureStatus; secret?: string };
  /** Top-level payload keys, in payload order. */
  keys: string[];
  attribution: { key: string; library: string; meaning: string }[];
  sensitive: { key: string; kind: string }[];
  warnings: string[];
  entropyBits?: number;
  /** The decoded payload, present only when values are included. */
  payload?: JsonValue;
}

export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  cookie: { name: string; domain: string; path: string } | null;
  thirdParty: boolean;
  message: string;
  evidence: string;
  fix: string;
}

export interface ReportMeta {
  toolName: string;
  toolVersion: string;
  includeValues: boolean;
}
