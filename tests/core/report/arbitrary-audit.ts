/** fast-check generators for AuditResults whose every page-controlled string is hostile or random. */
import fc from 'fast-check';
import { RULES } from '../../../src/core/audit/rule-catalogue';
import { SEVERITIES, type AuditResult, type CookieSummary, type Finding, type SiteAudit } from '../../../src/core/audit/types';
import type { DecodedSession, SessionFormat } from '../../../src/core/session/types';
import { HOSTILE } from './sample-audit';

const PIECES = [
  ...Object.values(HOSTILE),
  '<', '>', '&', '"', "'", '|', '`', '\\', '\n', '\r', '\r\n', '=', '+', '-', '@', '\t', ',', '[', ']', '*', '_',
  '&amp;', '\u0000', '\u000c', '\u2028', '\u202e', '\ud800', '\udfff', '🍪',
];

export const text = fc.string({
  unit: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  maxLength: 8,
});

const time = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1e20, 1e20) },
);
const count = fc.oneof({ weight: 4, arbitrary: fc.nat(1000) }, { weight: 1, arbitrary: fc.constantFrom(-1, 0.5, Number.NaN) });

const FORMATS: SessionFormat[] = ['flask', 'starlette', 'django-signed', 'jwt', 'opaque-id', 'json'];

const session: fc.Arbitrary<DecodedSession> = fc.record({
  format: fc.constantFrom(...FORMATS),
  payload: fc.oneof(fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), fc.jsonValue({ maxDepth: 2 })),
  compressed: fc.boolean(),
  issuedAt: fc.option(text, { nil: null }),
  signature: fc.record(
    {
      status: fc.constantFrom('valid', 'invalid', 'unverified'),
      secret: text,
      knownSecret: fc.record({ source: text }),
    },
    { requiredKeys: ['status'] },
  ),
  attribution: fc.array(fc.record({ key: text, library: text, meaning: text }), { maxLength: 2 }),
  sensitive: fc.array(fc.record({ key: text, kind: text }), { maxLength: 2 }),
  warnings: fc.array(text, { maxLength: 2 }),
});

const cookie: fc.Arbitrary<CookieSummary> = fc.record({
  name: text,
  domain: text,
  path: text,
  hostOnly: fc.boolean(),
  setCount: count,
  valueChanges: count,
  payloadChanges: count,
  deletions: count,
  firstParty: fc.boolean(),
  live: fc.boolean(),
  source: fc.constantFrom('header', 'script', 'jar'),
  lastLine: text,
  session: fc.option(session, { nil: null }),
  timeline: fc.array(time, { maxLength: 5 }),
  eligibleResponses: count,
});

const finding = (site: string): fc.Arbitrary<Finding> =>
  fc.record({
    ruleId: fc.oneof(fc.constantFrom(...RULES.map((rule) => rule.id)), text.filter((id) => id !== '')),
    severity: fc.constantFrom(...SEVERITIES),
    cookie: fc.option(fc.record({ name: text, domain: text, path: text }), { nil: null }),
    site: fc.constant(site),
    thirdParty: fc.boolean(),
    message: text,
    evidence: text,
    fix: text,
  });

const siteAudit: fc.Arbitrary<SiteAudit> = text.chain((site) =>
  fc.record({
    site: fc.constant(site),
    responses: count,
    firstSeen: time,
    lastSeen: time,
    cookies: fc.array(cookie, { maxLength: 3 }),
    findings: fc.array(finding(site), { maxLength: 5 }),
    summary: fc.record({
      counts: fc.record({ critical: count, high: count, medium: count, low: count, info: count }),
      score: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(Number.NaN)),
      grade: fc.constantFrom('A+', 'A', 'B', 'C', 'D', 'F'),
    }),
  }),
);

export const auditResult: fc.Arbitrary<AuditResult> = fc.record({
  generatedAt: time,
  sites: fc.array(siteAudit, { maxLength: 2 }),
});
