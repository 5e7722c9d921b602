import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/audit/rule-catalogue';
import type { AuditResult, Severity } from '../../../src/core/audit/types';
import { buildReport } from '../../../src/core/report/report-model';
import { FINGERPRINT_KEY, SARIF_SCHEMA, sarifLevel, toSarif } from '../../../src/core/report/to-sarif';
import { META, SITE, sampleAudit } from './sample-audit';
import { sarifErrors } from './validate-sarif';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string } }; logicalLocations?: { name: string; fullyQualifiedName: string; kind: string }[] }[];
  partialFingerprints: Record<string, string>;
  properties: { severity: Severity; thirdParty: boolean; cookie: { name: string; domain: string; path: string } | null };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }[] } };
    results: SarifResult[];
  }[];
}

/** The log toSarif writes, after checking it against the SARIF 2.1.0 schema. */
function sarif(result: AuditResult = sampleAudit(), includeValues = false): SarifLog {
  const log = JSON.parse(toSarif(buildReport(result, { ...META, includeValues }))) as unknown;
  expect(sarifErrors(log)).toBe('');
  return log as SarifLog;
}
const run = (log: SarifLog) => log.runs[0]!;
const resultFor = (log: SarifLog, ruleId: string) => run(log).results.find((r) => r.ruleId === ruleId)!;

describe('toSarif', () => {
  it.each([false, true])('writes a log the SARIF 2.1.0 schema accepts (values included: %s)', (includeValues) => {
    expect(run(sarif(sampleAudit(), includeValues)).results.length).toBeGreaterThan(0);
  });

  it('writes a log the schema accepts for an audit with no sites', () => {
    expect(run(sarif({ generatedAt: 0, sites: [] })).results).toEqual([]);
  });

  it.each<[string, (log: SarifLog) => void]>([
    ['a level SARIF does not have', (log) => Object.assign(run(log).results[0]!, { level: 'critical' })],
    ['a result without a message', (log) => delete (run(log).results[0] as Partial<SarifResult>).message],
    ['a tool without a driver name', (log) => delete (run(log).tool.driver as { name?: string }).name],
    ['a location whose uri is not a URI reference', (log) => (run(log).results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'http://[bad')],
  ])('has a schema check that rejects %s', (_what, breakIt) => {
    const log = sarif();
    breakIt(log);
    expect(sarifErrors(log)).not.toBe('');
  });

  it('writes a SARIF 2.1.0 log with one run for the tool', () => {
    const log = sarif();
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run(log).tool.driver).toMatchObject({ name: 'cookie-audit', version: '0.1.0' });
  });

  it('describes every catalogue rule with a title, help and default level', () => {
    const rules = run(sarif()).tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    const known = rules.find((rule) => rule.id === 'session-known-secret');
    expect(known?.defaultConfiguration.level).toBe('error');
    expect(known?.shortDescription.text).toBe('Session signed with a known or weak secret');
    expect(known?.help.text).toMatch(/SECRET_KEY/);
  });

  it('has one result per finding whose ruleIndex points at its rule', () => {
    const log = sarif();
    const { results, tool } = run(log);
    expect(results).toHaveLength(8);
    for (const result of results) expect(tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it.each<[Severity, string]>([
    ['critical', 'error'],
    ['high', 'error'],
    ['medium', 'warning'],
    ['low', 'note'],
    ['info', 'note'],
  ])('maps severity %s to level %s', (severity, level) => {
    expect(sarifLevel(severity)).toBe(level);
  });

  it.each([
    ['session-known-secret', 'error'],
    ['constantly-refreshed', 'warning'],
    ['samesite-missing', 'note'],
  ])('gives the %s finding the level %s', (ruleId, level) => {
    expect(resultFor(sarif(), ruleId).level).toBe(level);
  });

  it('locates a cookie finding at the site origin and the cookie', () => {
    const result = resultFor(sarif(), 'samesite-missing');
    expect(result.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: SITE } },
        logicalLocations: [{ name: '_ga', fullyQualifiedName: '_ga; Domain=analytics.example.net; Path=/', kind: 'resource' }],
      },
    ]);
    expect(result.properties).toMatchObject({ severity: 'low', thirdParty: true, cookie: { name: '_ga', domain: 'analytics.example.net', path: '/' } });
    expect(result.message.text).toBe('_ga has no SameSite attribute.');
  });

  it('locates a site-wide finding at the origin only', () => {
    const result = resultFor(sarif(), 'cookie-header-too-large');
    expect(result.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: SITE } } }]);
    expect(result.properties.cookie).toBeNull();
  });

  it('keeps fingerprints when messages, evidence and times change between runs', () => {
    const later = sampleAudit();
    later.generatedAt += 86_400_000;
    for (const finding of later.sites[0]!.findings) {
      finding.message += ' (again)';
      finding.evidence = '13 of 13 responses';
    }
    const fingerprints = (log: SarifLog) => run(log).results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(fingerprints(sarif(later))).toEqual(fingerprints(sarif()));
    for (const print of fingerprints(sarif())) expect(print).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives different fingerprints to the same rule on different cookies or sites', () => {
    const result = sampleAudit();
    const site = result.sites[0]!;
    const finding = site.findings.find((f) => f.ruleId === 'samesite-missing')!;
    site.findings.push({ ...finding, cookie: { ...finding.cookie!, path: '/other' } });
    result.sites[1]!.findings.push({ ...finding, site: result.sites[1]!.site });
    const prints = run(sarif(result)).results.filter((r) => r.ruleId === 'samesite-missing').map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(prints).size).toBe(3);
  });

  it('adds a descriptor for a rule missing from the catalogue so its ruleIndex resolves', () => {
    const result = sampleAudit();
    const template = result.sites[0]!.findings[0]!;
    result.sites[0]!.findings.push({ ...template, ruleId: 'brand-new-rule', severity: 'info', fix: 'Do the new thing.' });
    result.sites[1]!.findings.push({ ...template, ruleId: 'brand-new-rule', severity: 'info' });
    const { tool, results } = run(sarif(result));
    const added = results.filter((r) => r.ruleId === 'brand-new-rule');
    expect(added.map((r) => r.ruleIndex)).toEqual([RULES.length, RULES.length]);
    expect(tool.driver.rules[RULES.length]).toMatchObject({ id: 'brand-new-rule', help: { text: 'Do the new thing.' }, defaultConfiguration: { level: 'note' } });
    expect(tool.driver.rules).toHaveLength(RULES.length + 1);
  });
});
