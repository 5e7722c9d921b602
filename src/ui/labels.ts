/**
 * Text for enumerations (severities, export formats, signature verdicts). Each key is written out
 * in full so a scan of the sources finds every key the UI uses in messages.json.
 */
import type { Severity } from '../core/audit/types';
import type { ReportFormat } from '../core/report';
import { t } from './i18n';

const SEVERITY: Record<Severity, () => string> = {
  critical: () => t('severityCritical'),
  high: () => t('severityHigh'),
  medium: () => t('severityMedium'),
  low: () => t('severityLow'),
  info: () => t('severityInfo'),
};

export function severityLabel(severity: Severity): string {
  return SEVERITY[severity]();
}

const FORMAT: Record<ReportFormat, () => string> = {
  json: () => t('formatJson'),
  csv: () => t('formatCsv'),
  md: () => t('formatMarkdown'),
  html: () => t('formatHtml'),
  sarif: () => t('formatSarif'),
};

export function formatLabel(format: ReportFormat): string {
  return FORMAT[format]();
}

/** A time as the user's locale writes it; '' for a time that is not one. */
export function formatTime(ms: number): string {
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toLocaleString() : '';
}

/** The machine-readable form for a <time> element; '' for a time that is not one. */
export function isoTime(ms: number): string {
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString() : '';
}
