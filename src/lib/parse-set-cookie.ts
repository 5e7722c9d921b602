/** The library's parseSetCookie: the parse, and with a URL also what the browser would store. */
import { parseSetCookie as parseLine } from '../core/cookie/parse-set-cookie';
import { decideStorage } from '../core/cookie/storage-model';
import type { ParseResult, StorageDecision } from '../core/cookie/types';

export interface ParseSetCookieOptions {
  /** The URL of the response that sent the line: adds `storage`, the browser's decision. */
  url?: string;
  /** ms since the epoch (default now): caps Expires at 400 days and decides deletions. */
  now?: number;
}

export interface ParseSetCookieResult extends ParseResult {
  storage?: StorageDecision;
}

export function parseSetCookie(value: string, options: ParseSetCookieOptions = {}): ParseSetCookieResult {
  const now = options.now ?? Date.now();
  const result: ParseSetCookieResult = parseLine(value, { now });
  if (options.url !== undefined) result.storage = decideStorage(value, { url: options.url, now });
  return result;
}
