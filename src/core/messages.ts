/**
 * The one message map between the extension pages (popup, report) and the background worker.
 * Each request names its response type; the background has one handler per message.
 */
import type { JarCookie } from './audit/types';
import type { Ledger, SiteRecord } from './ledger/types';

export interface Settings {
  /** Recording is paused: responses are not recorded. */
  paused: boolean;
  /** Exports include cookie values and decoded payload values. */
  includeValues: boolean;
  /** Set-Cookie lines kept per cookie. */
  historyPerCookie: number;
}

export const DEFAULT_SETTINGS: Settings = { paused: false, includeValues: false, historyPerCookie: 20 };

export interface TabView {
  tabId: number;
  url: string | null;
  /** The http(s) origin the tab shows, or null for browser-internal pages. */
  site: string | null;
  incognito: boolean;
  record: SiteRecord | null;
  jar: JarCookie[];
  settings: Settings;
  /** A notice for the user (storage full, sites evicted), or null. */
  notice: string | null;
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

export interface MessageMap {
  'get-tab-view': { request: { tabId: number | null }; response: TabView };
  'get-ledger': { request: Record<string, never>; response: { ledger: Ledger; incognito: Ledger; settings: Settings; notice: string | null } };
  'clear-site': { request: { site: string }; response: { ok: true } };
  'clear-all': { request: Record<string, never>; response: { ok: true } };
  'set-settings': { request: { settings: Partial<Settings> }; response: { settings: Settings } };
  'get-wordlist': { request: Record<string, never>; response: { wordlist: StoredWordlist | null } };
  /** `null` removes the stored wordlist. */
  'set-wordlist': { request: { wordlist: { name: string; text: string } | null }; response: { wordlist: StoredWordlist | null } };
  /** `started: false` when the background cannot create blob: URLs (Chrome's service worker): the page downloads itself. */
  'download-file': { request: DownloadRequest; response: { started: boolean } };
}

export type MessageType = keyof MessageMap;

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: MessageMap[T]['request'];
}

export type Reply<T extends MessageType> = { ok: true; data: MessageMap[T]['response'] } | { ok: false; error: string };

const TYPES: readonly MessageType[] = [
  'get-tab-view',
  'get-ledger',
  'clear-site',
  'clear-all',
  'set-settings',
  'get-wordlist',
  'set-wordlist',
  'download-file',
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
