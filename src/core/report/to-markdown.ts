/** A readable Markdown report: per site a summary line, the findings and the cookies. */
import type { AuditReport, ReportSite } from './report-types';
import { mdTable, mdText } from './markdown-escape';
import { countsText, generatedText, partyText, sessionText, setsText } from './report-text';

export function toMarkdown(report: AuditReport): string {
  const lines = ['# Cookie audit', '', mdText(generatedText(report)) + '.'];
  if (report.sites.length === 0) lines.push('', 'No sites observed.');
  for (const site of report.sites) lines.push('', ...siteSection(site));
  return `${lines.join('\n')}\n`;
}

function siteSection(site: ReportSite): string[] {
  const { grade, score, counts } = site.summary;
  const summary = `Grade ${grade} (score ${score}) · ${site.responses} responses · ${countsText(counts)}`;
  return [
    `## ${mdText(site.site)}`,
    '',
    mdText(summary),
    '',
    '### Findings',
    '',
    ...findingsTable(site),
    '',
    '### Cookies',
    '',
    ...cookiesTable(site),
  ];
}

function findingsTable(site: ReportSite): string[] {
  if (site.findings.length === 0) return ['No findings.'];
  const rows = site.findings.map((finding) => [
    finding.severity,
    finding.ruleId,
    finding.cookie === null ? '(site)' : finding.cookie.name,
    finding.cookie === null ? '' : `${finding.cookie.domain}${finding.cookie.path}`,
    finding.thirdParty ? 'yes' : 'no',
    finding.message,
    finding.evidence,
    finding.fix,
  ]);
  return mdTable(['Severity', 'Rule', 'Cookie', 'Scope', 'Third-party', 'Message', 'Evidence', 'Fix'], rows);
}

function cookiesTable(site: ReportSite): string[] {
  if (site.cookies.length === 0) return ['No cookies.'];
  const rows = site.cookies.map((cookie) => [
    cookie.name,
    cookie.domain,
    cookie.path,
    setsText(cookie),
    String(cookie.valueChanges),
    partyText(cookie),
    sessionText(cookie.session),
  ]);
  return mdTable(['Cookie', 'Domain', 'Path', 'Sets (of responses)', 'Value changes', 'Party', 'Session'], rows);
}
