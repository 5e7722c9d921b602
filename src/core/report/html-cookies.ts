/** The HTML cookie table (with set timelines) and the decoded-session cards. */
import { escapeHtml as h, preHtml } from './html-escape';
import { partyText, setsText, signatureText } from './report-text';
import type { ReportCookie, ReportSession, ReportSite } from './report-types';
import { siteWindow, timelineSparkline, type TimeWindow } from './svg-timeline';

export function cookiesHtml(site: ReportSite): string {
  if (site.cookies.length === 0) return '<p class="muted">No cookies.</p>';
  const window = siteWindow(site.firstSeen, site.lastSeen);
  const head =
    '<tr><th>Cookie</th><th>Domain · path</th><th>Party</th><th>Sets (of responses)</th>' +
    '<th>Value changes</th><th>Set timeline</th><th>Session</th></tr>';
  const rows = site.cookies.map((cookie) => cookieRow(cookie, window)).join('');
  return `<div class="table-wrap"><table><thead>${head}</thead><tbody>${rows}</tbody></table></div>`;
}

function cookieRow(cookie: ReportCookie, window: TimeWindow): string {
  const session = cookie.session === null ? '' : h(`${cookie.session.format}, ${cookie.session.signature.status}`);
  return (
    `<tr><td><code>${h(cookie.name)}</code></td>` +
    `<td class="mono">${h(cookie.domain)}${h(cookie.path)}</td>` +
    `<td>${h(partyText(cookie))}</td>` +
    `<td class="num">${h(setsText(cookie))}</td>` +
    `<td class="num">${h(String(cookie.valueChanges))}</td>` +
    `<td>${timelineSparkline(cookie, window)}</td>` +
    `<td>${session}</td></tr>`
  );
}

export function sessionsHtml(cookies: readonly ReportCookie[], includeValues: boolean): string {
  return cookies
    .flatMap((cookie) => (cookie.session === null ? [] : [sessionCard(cookie, cookie.session, includeValues)]))
    .join('\n');
}

function sessionCard(cookie: ReportCookie, session: ReportSession, includeValues: boolean): string {
  const compressed = session.compressed ? ' <span class="tag">compressed</span>' : '';
  const rows = [
    row('Signature', h(signatureText(session.signature))),
    session.issuedAt === null ? '' : row('Issued', h(session.issuedAt)),
    session.keys.length === 0 ? '' : row('Keys', session.keys.map((key) => `<code>${h(key)}</code>`).join(' ')),
    list('Written by', session.attribution.map((a) => `<code>${h(a.key)}</code> — ${h(a.library)}: ${h(a.meaning)}`)),
    list('Looks secret', session.sensitive.map((s) => `<span class="sensitive"><code>${h(s.key)}</code> (${h(s.kind)})</span>`)),
    list('Warnings', session.warnings.map(h)),
    session.entropyBits === undefined ? '' : row('Entropy', h(`${session.entropyBits} bits`)),
    row('Payload', payloadHtml(session, includeValues)),
  ];
  return (
    `<div class="session"><h4><code>${h(cookie.name)}</code> <span class="tag">${h(session.format)}</span>${compressed}</h4>` +
    `<dl>${rows.join('')}</dl></div>`
  );
}

function payloadHtml(session: ReportSession, includeValues: boolean): string {
  if (session.payload !== undefined) return preHtml(JSON.stringify(session.payload, null, 2));
  return includeValues ? '<span class="muted">Not readable.</span>' : '<span class="muted">Hidden: values are redacted in this report.</span>';
}

function row(label: string, html: string): string {
  return `<dt>${label}</dt><dd>${html}</dd>`;
}

function list(label: string, items: readonly string[]): string {
  return items.length === 0 ? '' : row(label, `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`);
}
