/**
 * One screenful of a site for the popup or the report page, cut from the audited site by the
 * page's query. A site with 2,000 cookies has thousands of findings: only what is on screen
 * crosses to the page, so opening it costs the same for a big site as for a small one.
 */
import type { SiteSummary } from '../audit/types';
import { decodeSession } from '../session';
import { groupFindings, matchesQuery, type FindingGroup } from './finding-groups';
import type { PageQuery } from './page-query';
import type { CookieModel, SiteModel } from './site-model';

export interface PageCookie extends CookieModel {
  /** The decoded session's payload with its values (the audit's copy is redacted), or null. */
  payload: unknown;
}

export interface SitePage {
  site: string;
  responses: number;
  firstSeen: number;
  lastSeen: number;
  summary: SiteSummary;
  findings: { total: number; matching: number };
  groups: FindingGroup[];
  /** Groups that match the query beyond those sent. */
  moreGroups: number;
  cookieCount: { total: number; matching: number };
  cookies: PageCookie[];
  moreCookies: number;
}

export function sitePage(model: SiteModel, query: PageQuery): SitePage {
  const { audit } = model;
  const groups = groupFindings(audit.findings, { severities: new Set(query.severities), query: query.query });
  const cookies = model.cookies.filter((c) => matchesQuery(c.summary.name, query.query));
  const shownCookies = cookies.slice(0, query.cookies);
  return {
    site: audit.site,
    responses: audit.responses,
    firstSeen: audit.firstSeen,
    lastSeen: audit.lastSeen,
    summary: audit.summary,
    findings: { total: audit.findings.length, matching: groups.reduce((n, g) => n + g.findings.length, 0) },
    groups: groups.slice(0, query.groups),
    moreGroups: Math.max(0, groups.length - query.groups),
    cookieCount: { total: model.cookies.length, matching: cookies.length },
    cookies: shownCookies.map(withPayload),
    moreCookies: cookies.length - shownCookies.length,
  };
}

/** Decoded again without the secret search: the values, for the session table's reveal buttons. */
function withPayload(cookie: CookieModel): PageCookie {
  const payload = cookie.summary.session && cookie.value !== null ? decodeSession(cookie.value, { name: cookie.summary.name, tryKnownSecrets: false }).payload : null;
  return { ...cookie, payload };
}
