/** SARIF 2.1.0 for code-scanning dashboards: one run, the rule catalogue, one result per finding. */
import { RULES } from '../audit/rule-catalogue';
import type { Severity } from '../audit/types';
import { findingFingerprint } from './finding-fingerprint';
import type { AuditReport, ReportFinding } from './report-types';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const FINGERPRINT_KEY = 'cookieAuditFinding/v1';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

// GitHub code scanning ranks alerts by this score: ≥ 9 critical, 7–8.9 high, 4–6.9 medium, < 4 low.
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { severity: Severity; 'security-severity': string; tags: string[] };
}

export function sarifLevel(severity: Severity): SarifLevel {
  return LEVEL[severity];
}

export function toSarif(report: AuditReport): string {
  const rules = RULES.map((rule) => sarifRule(rule.id, rule.title, rule.help, rule.severity));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = report.sites.flatMap((site) =>
    site.findings.map((finding) => {
      let index = ruleIndex.get(finding.ruleId);
      if (index === undefined) {
        // A rule newer than the catalogue still gets a descriptor, so ruleIndex always resolves.
        index = rules.push(sarifRule(finding.ruleId, finding.ruleId, finding.fix, finding.severity)) - 1;
        ruleIndex.set(finding.ruleId, index);
      }
      return sarifResult(site.site, finding, index);
    }),
  );
  const run = {
    tool: { driver: { name: report.tool.name, version: report.tool.version, rules } },
    invocations: [{ executionSuccessful: true, endTimeUtc: report.generatedAt }],
    results,
  };
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`;
}

function sarifRule(id: string, title: string, help: string, severity: Severity): SarifRule {
  return {
    id,
    shortDescription: { text: title },
    help: { text: help },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { severity, 'security-severity': SECURITY_SEVERITY[severity], tags: ['security', 'cookies'] },
  };
}

function sarifResult(site: string, finding: ReportFinding, ruleIndex: number): object {
  const { cookie } = finding;
  const physicalLocation = { artifactLocation: { uri: site } };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [cookie === null ? { physicalLocation } : { physicalLocation, logicalLocations: [cookieLocation(cookie)] }],
    partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(site, finding) },
    properties: {
      severity: finding.severity,
      thirdParty: finding.thirdParty,
      cookie,
      evidence: finding.evidence,
      fix: finding.fix,
    },
  };
}

function cookieLocation(cookie: NonNullable<ReportFinding['cookie']>): object {
  return {
    name: cookie.name,
    fullyQualifiedName: `${cookie.name}; Domain=${cookie.domain}; Path=${cookie.path}`,
    kind: 'resource',
  };
}
