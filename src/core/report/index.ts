/** The report writers shared by the extension and the CLI. */
export type * from './report-types';
export { buildReport, REDACTED } from './report-model';
export { reportFileName } from './file-name';
export { toCsv, CSV_COLUMNS } from './to-csv';
export { toHtml, REPORT_CSP } from './to-html';
export { toJson } from './to-json';
export { toMarkdown } from './to-markdown';
export { toSarif, sarifLevel, SARIF_SCHEMA, FINGERPRINT_KEY } from './to-sarif';

export { REPORT_FORMATS, REPORT_MEDIA_TYPES, isReportFormat, writeReport, type ReportFormat } from './write-report';
export { exportFile, type ExportOptions } from './export-file';
