/**
 * The one message map between the extension pages (popup, report) and the background worker.
 * Each request names its response type; the background has one handler per message.
 */
import type { ReportFormat } from './report/write-report';
import type { PageQuery } from './view/page-query';
import type { SitePage } from './view/site-page';
import type { SiteRow } from './view/site-row';

export interface Settings {
  /** Recording is paused: responses are not recorded. */
  paused: boolean;
  /** Exports include cookie values and decoded payload values. */
  includeValues: boolean;
  /** Set-Cookie lines kept per cookie. */
  historyPerCookie: number;
}

export const DEFAULT_SETTINGS: Settings = { paused: false, includeValues: false, historyPerCookie: 20 };

/**
 * Something the user should know about what was kept: storage filled up and the least recently
 * seen sites were removed to make room (recording went on).
 */
export interface StorageNotice {
  kind: 'storage-full';
  /** Sites removed, in all. */
  sites: number;
  /** When it last happened (ms). */
  at: number;
}

export interface TabView {
  tabId: number;
  url: string | null;
  /** The http(s) origin the tab shows, or null for browser-internal pages. */
  site: string | null;
  incognito: boolean;
  settings: Settings;
  notice: StorageNotice | null;
  /** Secrets in the user's wordlist (0 without one): the page asks for them after its first paint. */
  wordlist: number;
  /** The screenful of the site the query asked for, or null when nothing of it is known. */
  page: SitePage | null;
}

/** The report page's table: every site this page may show, most recently seen first. */
export interface SitesView {
  sites: SiteRow[];
  settings: Settings;
  notice: StorageNotice | null;
  wordlist: number;
}

/** The user's wordlist for the known-secret check, as stored: the file's text, parsed where it is used. */
export interface StoredWordlist {
  /** The file name the user picked. */
  name: string;
  text: string;
  /** Secrets parseWordlist reads from the text. */
  count: number;
  /** Lines written as Python literals that are not valid ones. */
  skipped: number;
}

/** A finished export, handed to whichever context can keep its blob: URL alive until the download ends. */
export interface DownloadRequest {
  fileName: string;
  mediaType: string;
  text: string;
}

/**
 * A page names what it wants by tab (the popup: that tab's site, private or not) or by site (the
 * report page: normal windows' sites, and private ones too when the page itself is private).
 */
export type Target = { tabId: number | null } | { site: string };

export interface MessageMap {
  'get-tab-view': { request: { tabId: number | null; query: PageQuery }; response: TabView };
  /** `private`: the site as private windows recorded it (a page in a private window only). */
  'get-site-page': { request: { site: string; private: boolean; query: PageQuery }; response: { page: SitePage | null } };
  'get-sites': { request: { wordlist: boolean }; response: SitesView };
  /**
   * Builds the report of one tab's site, or of every site the page may show (`site: null`).
   * `file` is null when the background saved it itself; otherwise the page saves it (Chrome's
   * worker cannot create the blob: URL a download needs).
   */
  'export-report': { request: { target: Target | { site: null }; format: ReportFormat }; response: { fileName: string; file: DownloadRequest | null } };
  'clear-site': { request: { site: string }; response: { ok: true } };
  'clear-all': { request: Record<string, never>; response: { ok: true } };
  'set-settings': { request: { settings: Partial<Settings> }; response: { settings: Settings } };
  'get-wordlist': { request: Record<string, never>; response: { wordlist: StoredWordlist | null } };
  /** `null` removes the stored wordlist. */
  'set-wordlist': { request: { wordlist: { name: string; text: string } | null }; response: { wordlist: StoredWordlist | null } };
}

export type MessageType = keyof MessageMap;

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: MessageMap[T]['request'];
}

export type Reply<T extends MessageType> = { ok: true; data: MessageMap[T]['response'] } | { ok: false; error: string };

const TYPES: readonly MessageType[] = [
  'get-tab-view',
  'get-site-page',
  'get-sites',
  'export-report',
  'clear-site',
  'clear-all',
  'set-settings',
  'get-wordlist',
  'set-wordlist',
];

/** Checks the shape of an incoming message; unknown types are refused. */
export function parseEnvelope(raw: unknown): Envelope | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const type = (raw as { type?: unknown }).type;
  const payload = (raw as { payload?: unknown }).payload;
  if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type)) return null;
  if (typeof payload !== 'object' || payload === null) return null;
  return { type: type as MessageType, payload: payload as Envelope['payload'] };
}

/** Settings from untrusted storage or a message, with defaults for anything missing or wrong. */
export function normaliseSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const history = typeof r.historyPerCookie === 'number' && Number.isInteger(r.historyPerCookie) ? r.historyPerCookie : base.historyPerCookie;
  return {
    paused: typeof r.paused === 'boolean' ? r.paused : base.paused,
    includeValues: typeof r.includeValues === 'boolean' ? r.includeValues : base.includeValues,
    historyPerCookie: Math.min(200, Math.max(1, history)),
  };
}
