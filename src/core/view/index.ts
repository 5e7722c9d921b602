/** View models: what the extension pages show, cut from the audit by the background. */
export { auditSiteWithJar, type AuditInput } from './audit-site';
export { cookieKey } from './cookie-key';
export { ALL_SEVERITIES, groupFindings, matchesQuery, type FindingFilter, type FindingGroup } from './finding-groups';
export { COOKIE_PAGE, FIRST_PAGE, GROUP_PAGE, normalisePageQuery, type PageQuery } from './page-query';
export { sessionEntries, type SessionEntry } from './session-entries';
export { rank, siteModel, type CookieModel, type SiteModel } from './site-model';
export { sitePage, type PageCookie, type SitePage } from './site-page';
export { siteRow, type SiteRow } from './site-row';
