/** The report as pretty JSON, with keys in the same order whoever built the object. */
import type { AuditReport } from './report-types';

// The contract's keys in reading order; any other key (inside a decoded payload) follows, sorted.
const KEY_ORDER = [
  'schemaVersion', 'tool', 'name', 'version', 'generatedAt', 'includeValues', 'sites',
  'site', 'responses', 'firstSeen', 'lastSeen', 'summary', 'grade', 'score', 'counts',
  'critical', 'high', 'medium', 'low', 'info',
  'cookies', 'domain', 'path', 'hostOnly', 'setCount', 'valueChanges', 'payloadChanges', 'deletions',
  'eligibleResponses', 'firstParty', 'live', 'source', 'lastLine', 'session', 'timeline',
  'format', 'compressed', 'issuedAt', 'signature', 'status', 'secret', 'keys', 'attribution', 'key',
  'library', 'meaning', 'sensitive', 'kind', 'warnings', 'entropyBits', 'payload',
  'findings', 'ruleId', 'severity', 'cookie', 'thirdParty', 'message', 'evidence', 'fix',
];
const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

export function toJson(report: AuditReport): string {
  return `${JSON.stringify(report, orderKeys, 2)}\n`;
}

function orderKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value).sort(([a], [b]) => compareKeys(a, b));
  return Object.fromEntries(entries);
}

function compareKeys(a: string, b: string): number {
  const rankA = RANK.get(a) ?? KEY_ORDER.length;
  const rankB = RANK.get(b) ?? KEY_ORDER.length;
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}
