/**
 * The audit as a person reads it in a terminal: worst site first, each with its grade and counts,
 * then its findings grouped by cookie (worst cookie first), each with the evidence and the fix.
 * Built from the public report, so values are redacted exactly as in every other format.
 */
import { SEVERITIES, type Grade, type Severity } from '../core/audit/types';
import { groupByCookie, type FindingGroup } from '../core/report/group-findings';
import type { AuditReport, ReportCookie, ReportFinding, ReportSite } from '../core/report/report-types';
import { count, plural, printable, type Style } from './terminal-text';

export interface SummaryContext {
  files: number;
  responses: number;
}

export function renderSummary(report: AuditReport, style: Style, context: SummaryContext): string {
  const sites = [...report.sites].sort(worstFirst);
  const head = [
    `${report.tool.name} ${report.tool.version}`,
    plural(context.files, 'HAR file'),
    plural(context.responses, 'response'),
    plural(sites.length, 'site'),
    report.includeValues ? 'values shown' : 'values redacted (--include-values shows them)',
  ].join(' · ');
  const blocks = sites.map((site) => siteBlock(site, style));
  if (sites.length === 0) blocks.push('No response belonged to an http(s) page: there is nothing to audit.');
  return [style.bold(head), ...blocks, footer(sites, style)].filter((b) => b !== '').join('\n\n') + '\n';
}

function worstFirst(a: ReportSite, b: ReportSite): number {
  return a.summary.score - b.summary.score || total(b) - total(a) || (a.site < b.site ? -1 : a.site > b.site ? 1 : 0);
}

function total(site: ReportSite): number {
  return SEVERITIES.reduce((n, s) => n + site.summary.counts[s], 0);
}

function siteBlock(site: ReportSite, style: Style): string {
  const grade = gradeStyle(site.summary.grade, style)(site.summary.grade.padEnd(2));
  const lines = [
    `${style.bold(grade)} ${style.bold(printable(site.site))}  ${style.dim(`score ${site.summary.score}/100`)}`,
    `   ${plural(site.responses, 'response')} · ${plural(site.cookies.length, 'cookie')} · ${countsText(site.summary.counts, style)}`,
  ];
  for (const group of groupByCookie(site.findings)) lines.push('', ...groupLines(group, site, style));
  return lines.join('\n');
}

function groupLines(group: FindingGroup, site: ReportSite, style: Style): string[] {
  const lines = [`   ${cookieHeading(group, site, style)}`];
  for (const finding of group.findings) lines.push(...findingLines(finding, style));
  return lines;
}

function cookieHeading(group: FindingGroup, site: ReportSite, style: Style): string {
  const ref = group.cookie;
  if (ref === null) return style.bold('site-wide');
  const cookie = site.cookies.find((c) => c.name === ref.name && c.domain === ref.domain && c.path === ref.path);
  const name = ref.name === '' ? '(nameless)' : printable(ref.name);
  const details = [`${printable(ref.domain)} ${printable(ref.path)}`, ...(cookie ? cookieFacts(cookie) : [])];
  return `${style.bold(name)}  ${style.dim(details.join(' · '))}`;
}

function cookieFacts(cookie: ReportCookie): string[] {
  const facts = [cookie.firstParty ? 'first-party' : 'third-party'];
  if (cookie.setCount > 0) {
    const of = cookie.eligibleResponses > 0 ? ` of ${count(cookie.eligibleResponses)}` : '';
    facts.push(`set on ${count(cookie.setCount)}${of} responses`);
  }
  if (cookie.session !== null && cookie.session.format !== 'opaque') facts.push(`${cookie.session.format} session`);
  return facts;
}

const LABEL_WIDTH = 9;

function findingLines(finding: ReportFinding, style: Style): string[] {
  const label = severityStyle(finding.severity, style)(finding.severity.toUpperCase().padEnd(LABEL_WIDTH));
  const pad = ' '.repeat(5 + LABEL_WIDTH);
  const party = finding.thirdParty ? style.dim(' (third-party)') : '';
  return [
    `     ${label}${style.bold(finding.ruleId)}${party}`,
    `${pad}${printable(finding.message)}`,
    `${pad}${style.dim('evidence:')} ${printable(finding.evidence)}`,
    `${pad}${style.dim('fix:')} ${printable(finding.fix)}`,
  ];
}

function countsText(counts: Record<Severity, number>, style: Style): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => severityStyle(s, style)(`${count(counts[s])} ${s}`));
  return parts.length === 0 ? style.green('no findings') : parts.join(' · ');
}

function footer(sites: readonly ReportSite[], style: Style): string {
  const worst = sites[0];
  if (worst === undefined) return '';
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, sites.reduce((n, site) => n + site.summary.counts[s], 0)])) as Record<Severity, number>;
  const findings = SEVERITIES.reduce((n, s) => n + counts[s], 0);
  return `Worst grade ${gradeStyle(worst.summary.grade, style)(worst.summary.grade)} (${printable(worst.site)}) · ${plural(findings, 'finding')}${findings > 0 ? `: ${countsText(counts, style)}` : ''}`;
}

function severityStyle(severity: Severity, style: Style): (text: string) => string {
  switch (severity) {
    case 'critical':
      return (t) => style.bold(style.red(t));
    case 'high':
      return style.red;
    case 'medium':
      return style.yellow;
    case 'low':
      return style.cyan;
    case 'info':
      return style.dim;
  }
}

function gradeStyle(grade: Grade, style: Style): (text: string) => string {
  if (grade === 'A+' || grade === 'A') return style.green;
  if (grade === 'B' || grade === 'C') return style.yellow;
  return style.red;
}
