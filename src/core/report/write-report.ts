/** The five export formats, their media types, and the writer of each. */
import type { AuditReport } from './report-types';
import { toCsv } from './to-csv';
import { toHtml } from './to-html';
import { toJson } from './to-json';
import { toMarkdown } from './to-markdown';
import { toSarif } from './to-sarif';

export const REPORT_FORMATS = ['json', 'md', 'html', 'csv', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Media types for downloads and HTTP responses. */
export const REPORT_MEDIA_TYPES: Readonly<Record<ReportFormat, string>> = {
  json: 'application/json',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  sarif: 'application/sarif+json',
};

const WRITERS: Readonly<Record<ReportFormat, (report: AuditReport) => string>> = {
  json: toJson,
  md: toMarkdown,
  html: toHtml,
  csv: toCsv,
  sarif: toSarif,
};

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

export function writeReport(report: AuditReport, format: ReportFormat): string {
  return WRITERS[format](report);
}
