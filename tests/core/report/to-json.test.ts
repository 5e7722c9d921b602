import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report/report-model';
import type { AuditReport } from '../../../src/core/report/report-types';
import { toJson } from '../../../src/core/report/to-json';
import { HOSTILE, META, sampleAudit } from './sample-audit';
import { schemaErrors } from './validate-report';

const report = buildReport(sampleAudit(), { ...META, includeValues: true });

/** The same data with every object's keys inserted in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversedKeys(item)]));
}

describe('toJson', () => {
  it('parses back to exactly the report, which the schema accepts', () => {
    const parsed: unknown = JSON.parse(toJson(report));
    expect(parsed).toEqual(report);
    expect(schemaErrors(parsed)).toBe('');
  });

  it('is indented with two spaces and ends with a newline', () => {
    const text = toJson(report);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "cookie-audit",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes the same text whatever order the object keys were inserted in', () => {
    expect(toJson(reversedKeys(report) as AuditReport)).toBe(toJson(report));
  });

  it('puts the contract keys in reading order', () => {
    const parsed = JSON.parse(toJson(reversedKeys(report) as AuditReport)) as AuditReport;
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'generatedAt', 'includeValues', 'sites']);
    expect(Object.keys(parsed.sites[0] ?? {})).toEqual([
      'site', 'responses', 'firstSeen', 'lastSeen', 'summary', 'cookies', 'findings',
    ]);
    expect(Object.keys(parsed.sites[0]?.findings[0] ?? {})).toEqual([
      'ruleId', 'severity', 'cookie', 'thirdParty', 'message', 'evidence', 'fix',
    ]);
  });

  it('keeps hostile names and payload keys as literal strings', () => {
    const parsed = JSON.parse(toJson(report)) as AuditReport;
    const cookie = parsed.sites[0]?.cookies[3];
    expect(cookie?.name).toBe(`${HOSTILE.img}${HOSTILE.formula}`);
    const payload = parsed.sites[0]?.cookies[0]?.session?.payload as Record<string, unknown>;
    expect(payload[HOSTILE.img]).toBe(HOSTILE.script);
    expect(Object.hasOwn(payload, '__proto__')).toBe(true);
  });
});
