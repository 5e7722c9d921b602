/** One line of the report page's table of sites: what a row shows before it is opened. */
import type { SiteSummary } from '../audit/types';
import type { SiteModel } from './site-model';

export interface SiteRow {
  site: string;
  /** Recorded in a private window: kept in memory and storage.session only. */
  private: boolean;
  summary: SiteSummary;
  responses: number;
  cookies: number;
  lastSeen: number;
}

export function siteRow(model: SiteModel, isPrivate: boolean): SiteRow {
  const { audit } = model;
  return { site: audit.site, private: isPrivate, summary: audit.summary, responses: audit.responses, cookies: model.cookies.length, lastSeen: audit.lastSeen };
}
