/**
 * A self-contained HTML report: no script, inline CSS and SVG only, and a CSP that forbids
 * everything else, so even a mistake in escaping could not run code or fetch anything.
 * Every string from the report goes through escapeHtml; SVG holds only computed numbers and
 * fixed labels, plus an escaped <title>.
 */
import { cookiesHtml, sessionsHtml } from './html-cookies';
import { gradeClass } from './html-classes';
import { escapeHtml as h } from './html-escape';
import { findingsHtml } from './html-findings';
import { REPORT_CSS } from './html-styles';
import { countsText, generatedText } from './report-text';
import type { AuditReport, ReportSite } from './report-types';
import { severityChart } from './svg-severity-chart';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function toHtml(report: AuditReport): string {
  const title = report.sites.length === 1 ? `Cookie audit — ${report.sites[0]?.site ?? ''}` : 'Cookie audit';
  const sites = report.sites.map((site, index) => siteHtml(site, index, report.includeValues)).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${h(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="report"><h1>Cookie audit</h1><p class="muted">${h(generatedText(report))}</p>${siteIndex(report)}</header>
<main>
${sites || '<p class="muted">No sites observed.</p>'}
</main>
<footer><p>Cookie names, values and payloads above were written by the audited sites and are shown as text.</p></footer>
</body>
</html>
`;
}

function siteIndex(report: AuditReport): string {
  if (report.sites.length < 2) return '';
  const items = report.sites.map(
    (site, index) => `<li><a href="#site-${index}">${h(site.site)}</a> <span class="muted">grade ${h(site.summary.grade)}</span></li>`,
  );
  return `<nav><ul>${items.join('')}</ul></nav>`;
}

function siteHtml(site: ReportSite, index: number, includeValues: boolean): string {
  const { grade, score, counts } = site.summary;
  const facts = `Score ${score} · ${site.responses} responses · ${site.cookies.length} cookies · observed ${site.firstSeen} to ${site.lastSeen}`;
  const sessions = sessionsHtml(site.cookies, includeValues);
  return `<section class="site" id="site-${index}">
<div class="site-head"><div class="grade ${gradeClass(grade)}" role="img" aria-label="${h(`Grade ${grade}`)}">${h(grade)}</div>
<div class="site-title"><h2>${h(site.site)}</h2><p class="muted">${h(facts)}</p><p class="muted">${h(countsText(counts))}</p></div>
${severityChart(counts)}</div>
<h3>Findings</h3>
${findingsHtml(site.findings)}
<h3>Cookies</h3>
${cookiesHtml(site)}
${sessions === '' ? '' : `<h3>Decoded sessions</h3>\n${sessions}`}
</section>`;
}
