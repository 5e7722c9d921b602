/**
 * What an extension page asks the background to show of a site: the filters the user set and how
 * much of each list is on screen. The background holds the audit; a page gets one screenful.
 */
import { SEVERITIES, type Severity } from '../audit/types';

export interface PageQuery {
  /** Severities shown. */
  severities: Severity[];
  /** Case-insensitive part of a cookie name; '' shows everything. */
  query: string;
  /** Finding groups (one per cookie) wanted. */
  groups: number;
  /** Cookie rows wanted. */
  cookies: number;
  /** Try the user's wordlist too (slow with a large one: asked for after the first paint). */
  wordlist: boolean;
}

/** One popup-full: enough to fill the screen, small enough to arrive and render at once. */
export const GROUP_PAGE = 40;
export const COOKIE_PAGE = 50;
const MAX_ROWS = 100_000;
const MAX_QUERY = 200;

export const FIRST_PAGE: PageQuery = { severities: [...SEVERITIES], query: '', groups: GROUP_PAGE, cookies: COOKIE_PAGE, wordlist: false };

/** A query from a message, with defaults for anything missing or wrong. */
export function normalisePageQuery(raw: unknown): PageQuery {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const severities = Array.isArray(r.severities) ? SEVERITIES.filter((s) => (r.severities as unknown[]).includes(s)) : FIRST_PAGE.severities;
  return {
    severities,
    query: typeof r.query === 'string' ? r.query.slice(0, MAX_QUERY) : '',
    groups: count(r.groups, GROUP_PAGE),
    cookies: count(r.cookies, COOKIE_PAGE),
    wordlist: r.wordlist === true,
  };
}

function count(raw: unknown, fallback: number): number {
  return typeof raw === 'number' && Number.isInteger(raw) && raw > 0 ? Math.min(raw, MAX_ROWS) : fallback;
}
