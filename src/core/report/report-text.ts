/** Plain-text phrases shared by the Markdown and HTML writers (escaped by each writer). */
import { SEVERITIES } from '../audit/types';
import type { AuditReport, ReportCookie, ReportSession, ReportSite } from './report-types';

export function countsText(counts: ReportSite['summary']['counts']): string {
  return SEVERITIES.map((severity) => `${counts[severity]} ${severity}`).join(' · ');
}

export function generatedText(report: AuditReport): string {
  const values = report.includeValues ? 'values included' : 'values redacted';
  return `Generated ${report.generatedAt} by ${report.tool.name} ${report.tool.version} · ${values}`;
}

export function setsText(cookie: ReportCookie): string {
  const of = cookie.eligibleResponses > 0 ? ` of ${cookie.eligibleResponses}` : '';
  return `${cookie.setCount}${of}`;
}

export function partyText(cookie: { firstParty: boolean }): string {
  return cookie.firstParty ? 'first-party' : 'third-party';
}

export function signatureText(signature: ReportSession['signature']): string {
  return signature.secret === undefined ? signature.status : `${signature.status} (secret: ${signature.secret})`;
}

export function sessionText(session: ReportSession | null): string {
  if (session === null) return '';
  const keys = session.keys.length > 0 ? `; keys: ${session.keys.join(', ')}` : '';
  return `${session.format}, signature ${signatureText(session.signature)}${keys}`;
}
