/** The HTML findings list: one block per cookie, worst first, each finding with evidence and fix. */
import { groupByCookie, type FindingGroup } from './group-findings';
import { severityClass } from './html-classes';
import { escapeHtml as h, preHtml } from './html-escape';
import type { ReportFinding } from './report-types';

export function findingsHtml(findings: readonly ReportFinding[]): string {
  if (findings.length === 0) return '<p class="muted">No findings.</p>';
  return groupByCookie(findings).map(groupHtml).join('\n');
}

function groupHtml(group: FindingGroup): string {
  const { cookie } = group;
  const title =
    cookie === null
      ? '<span>Site-wide</span>'
      : `<code>${h(cookie.name)}</code> <span class="muted mono">${h(cookie.domain)}${h(cookie.path)}</span>`;
  const count = `${group.findings.length} finding${group.findings.length === 1 ? '' : 's'}`;
  return (
    `<article class="group"><h4>${title} <span class="muted">${count}</span></h4>` +
    `<ul>${group.findings.map(findingHtml).join('')}</ul></article>`
  );
}

function findingHtml(finding: ReportFinding): string {
  const sev = severityClass(finding.severity);
  const thirdParty = finding.thirdParty ? ' <span class="tag">third-party</span>' : '';
  const evidence = finding.evidence === '' ? '' : `<dt>Evidence</dt><dd>${preHtml(finding.evidence)}</dd>`;
  const fix = finding.fix === '' ? '' : `<dt>Fix</dt><dd>${h(finding.fix)}</dd>`;
  return (
    `<li class="finding ${sev}"><div class="finding-head">` +
    `<span class="badge ${sev}">${h(finding.severity)}</span>` +
    `<span class="message">${h(finding.message)}</span>${thirdParty}` +
    `<code class="rule">${h(finding.ruleId)}</code></div>` +
    `<dl>${evidence}${fix}</dl></li>`
  );
}
