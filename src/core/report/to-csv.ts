/** One CSV row per finding (RFC 4180: CRLF line ends, quoted where needed), with a header row. */
import { csvRow } from './csv-cell';
import type { AuditReport } from './report-types';

export const CSV_COLUMNS = [
  'site', 'severity', 'ruleId', 'cookie', 'domain', 'path', 'thirdParty', 'message', 'evidence', 'fix',
] as const;

export function toCsv(report: AuditReport): string {
  const rows = [csvRow(CSV_COLUMNS)];
  for (const site of report.sites) {
    for (const finding of site.findings) {
      rows.push(
        csvRow([
          site.site,
          finding.severity,
          finding.ruleId,
          finding.cookie?.name ?? '',
          finding.cookie?.domain ?? '',
          finding.cookie?.path ?? '',
          String(finding.thirdParty),
          finding.message,
          finding.evidence,
          finding.fix,
        ]),
      );
    }
  }
  return rows.map((row) => `${row}\r\n`).join('');
}
