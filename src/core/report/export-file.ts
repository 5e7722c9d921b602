/** An export ready to download: the report in one format, named by reportFileName. */
import type { SiteAudit } from '../audit/types';
import type { DownloadRequest } from '../messages';
import { reportFileName } from './file-name';
import { buildReport } from './report-model';
import { REPORT_MEDIA_TYPES, writeReport, type ReportFormat } from './write-report';

export interface ExportOptions {
  /** The one site exported, or null for all sites. */
  site: string | null;
  format: ReportFormat;
  includeValues: boolean;
  now: number;
  toolVersion: string;
}

export function exportFile(sites: readonly SiteAudit[], options: ExportOptions): DownloadRequest {
  const report = buildReport(
    { generatedAt: options.now, sites: [...sites] },
    { toolName: 'cookie-audit', toolVersion: options.toolVersion, includeValues: options.includeValues },
  );
  return {
    fileName: reportFileName(options.site, options.now, options.format),
    mediaType: REPORT_MEDIA_TYPES[options.format],
    text: writeReport(report, options.format),
  };
}
