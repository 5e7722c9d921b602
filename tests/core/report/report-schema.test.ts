import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report/report-model';
import type { AuditReport } from '../../../src/core/report/report-types';
import { META, sampleAudit } from './sample-audit';
import { schemaErrors } from './validate-report';

type Path = readonly (string | number)[];

const report = (includeValues = false): AuditReport => buildReport(sampleAudit(), { ...META, includeValues });

/** The sample report as plain JSON with the property at `path` deleted, or set to `value`. */
function changed(path: Path, value?: unknown): unknown {
  const json: unknown = JSON.parse(JSON.stringify(report()));
  let parent = json as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) ?? '';
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return json;
}

const COOKIE: Path = ['sites', 0, 'cookies', 0];
const FINDING: Path = ['sites', 0, 'findings', 0];

describe('docs/report.schema.json', () => {
  it.each([false, true])('accepts the sample report (includeValues %s)', (includeValues) => {
    expect(schemaErrors(report(includeValues))).toBe('');
  });

  it('accepts a report with no sites', () => {
    expect(schemaErrors(buildReport({ generatedAt: 0, sites: [] }, META))).toBe('');
  });

  it.each<[Path]>([
    [['schemaVersion']],
    [['tool', 'version']],
    [['generatedAt']],
    [['includeValues']],
    [['sites', 0, 'summary']],
    [['sites', 0, 'summary', 'counts', 'info']],
    [[...COOKIE, 'session']],
    [[...COOKIE, 'lastLine']],
    [[...COOKIE, 'session', 'signature']],
    [[...FINDING, 'severity']],
    [[...FINDING, 'cookie']],
    [[...FINDING, 'fix']],
  ])('rejects a report missing %j', (path) => {
    expect(schemaErrors(changed(path))).toMatch(/must have required property/);
  });

  it.each<[string, Path, unknown]>([
    ['an unknown severity', [...FINDING, 'severity'], 'severe'],
    ['an unknown grade', ['sites', 0, 'summary', 'grade'], 'E'],
    ['an unknown session format', [...COOKIE, 'session', 'format'], 'php'],
    ['schema version 2', ['schemaVersion'], 2],
    ['a negative count', ['sites', 0, 'summary', 'counts', 'low'], -1],
    ['a fractional setCount', [...COOKIE, 'setCount'], 1.5],
    ['a local time', ['generatedAt'], '2025-03-14 10:01'],
    ['a cookie value property', [...COOKIE, 'value'], 'abc'],
    ['a finding that names its site', [...FINDING, 'site'], 'x'],
    ['a payload while values are redacted', [...COOKIE, 'session', 'payload'], {}],
  ])('rejects %s', (_case, path, value) => {
    expect(schemaErrors(changed(path, value))).not.toBe('');
  });
});
