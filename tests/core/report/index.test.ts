import { describe, expect, it } from 'vitest';
import {
  buildReport,
  isReportFormat,
  REPORT_FORMATS,
  REPORT_MEDIA_TYPES,
  toCsv,
  toHtml,
  toJson,
  toMarkdown,
  toSarif,
  writeReport,
} from '../../../src/core/report';
import { META, sampleAudit } from './sample-audit';

const report = buildReport(sampleAudit(), META);

describe('writeReport', () => {
  it.each([
    ['json', toJson],
    ['md', toMarkdown],
    ['html', toHtml],
    ['csv', toCsv],
    ['sarif', toSarif],
  ] as const)('writes the %s format with its writer', (format, writer) => {
    expect(writeReport(report, format)).toBe(writer(report));
  });

  it('offers exactly the five formats, each with a media type', () => {
    expect(REPORT_FORMATS).toEqual(['json', 'md', 'html', 'csv', 'sarif']);
    expect(Object.keys(REPORT_MEDIA_TYPES).sort()).toEqual([...REPORT_FORMATS].sort());
  });

  it.each([
    ['json', true],
    ['sarif', true],
    ['markdown', false],
    ['JSON', false],
    ['toString', false],
  ])('recognises %j as a format: %s', (value, expected) => {
    expect(isReportFormat(value)).toBe(expected);
  });
});
