/**
 * The Set-Cookie parser of RFC 6265bis §5.6, as browsers run it. The audit parses every Set-Cookie
 * line of every response, so the line is never split and nothing is allocated for attributes that
 * are absent. Finding the ';' and '=' that cut it up, and the characters that void it, is left to
 * the engine's native string search (indexOf, and one regular-expression test for nearly every
 * line): profiled in `npm run bench` (BENCHMARKS.md), a character loop in JavaScript was the
 * largest single cost of parsing, most of all on the long values of session cookies. Only the
 * short words it must recognise (attribute names, SameSite values, dates) are read by hand.
 */
import { ATTRIBUTE_LABEL, AttributeKind, attributeBit, classifyAttribute, packLower } from './attribute-name';
import { parseCookieDateIn } from './cookie-date';
import * as diag from './parse-diagnostics';
import type { Diagnostic, ParsedCookie, ParseResult, SameSite } from './types';
import { exceedsUtf8, utf8Length } from './utf8-length';

export interface ParseOptions {
  /** ms since epoch; needed to cap Expires at 400 days. Without it Expires is kept as written. */
  now?: number;
}

/** §5.5: browsers cap a cookie's lifetime at 400 days. */
export const MAX_AGE_CAP_SECONDS = 400 * 24 * 60 * 60;
const MAX_NAME_VALUE_BYTES = 4096;
const MAX_ATTRIBUTE_BYTES = 1024;

/** Everything an attribute may set, kept apart from the result so absent ones cost nothing. */
interface ParseState {
  readonly line: string;
  /** No character outside printable ASCII and HTAB: every UTF-8 length is a length. */
  readonly ascii: boolean;
  readonly attributes: { name: string; value: string }[];
  readonly diagnostics: Diagnostic[];
  seen: number;
  duplicated: number;
  expires: number | undefined;
  maxAge: number | undefined;
  domain: string | undefined;
  path: string | undefined;
  sameSite: SameSite | undefined;
  sameSiteRaw: string | undefined;
  secure: boolean;
  httpOnly: boolean;
  partitioned: boolean;
}

/**
 * Only printable ASCII, as nearly every line is, which one test settles. Anchored and matched
 * whole, it tests 1.2× faster side by side than searching for a character outside the set, and
 * one range 1.25× faster than two (with HTAB, which lines seldom have and which PLAIN_TEXT allows).
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const PLAIN_TEXT = /^[\t\x20-\x7e]*$/;
/** §5.6 step 1: any of these (CTL except HTAB) makes the browser ignore the whole line. */
const CONTROL = /[^\t\x20-\x7e\x80-\uffff]/;

export function parseSetCookie(line: string, options?: ParseOptions): ParseResult {
  const ascii = PRINTABLE_ASCII.test(line) || PLAIN_TEXT.test(line);
  if (!ascii && CONTROL.test(line)) return controlRejected(line, line.search(CONTROL));
  const len = line.length;
  const nvEnd = segmentEnd(line, 0);
  // The first '=' at or after the segment being read; found again only once it falls behind, so
  // the whole line is searched once however many attributes it has.
  let nextEq = line.indexOf('=');
  const eq = nextEq < nvEnd ? nextEq : -1;
  const state = newState(line, ascii);
  let i = nvEnd;
  while (i < len) {
    const start = i + 1;
    i = segmentEnd(line, start);
    if (nextEq >= 0 && nextEq < start) nextEq = line.indexOf('=', start);
    readAttribute(state, start, nextEq >= 0 && nextEq < i ? nextEq : -1, i);
  }
  return finish(state, eq, nvEnd, options?.now);
}

/** The ';' that ends the segment starting at `start`, or the end of the line. */
function segmentEnd(line: string, start: number): number {
  const semicolon = line.indexOf(';', start);
  return semicolon < 0 ? line.length : semicolon;
}

function controlRejected(line: string, at: number): ParseResult {
  return { cookie: null, diagnostics: [diag.controlCharacter(line.charCodeAt(at), at)] };
}

/** Max-Age wins over Expires (§5.7), so a deletion is decided by Max-Age whenever it is present. */
export function isDeletion(parsed: ParsedCookie, now: number): boolean {
  if (parsed.maxAge !== undefined) return parsed.maxAge <= 0;
  return parsed.expires !== undefined && parsed.expires <= now;
}

function newState(line: string, ascii: boolean): ParseState {
  return {
    line,
    ascii,
    attributes: [],
    diagnostics: [],
    seen: 0,
    duplicated: 0,
    expires: undefined,
    maxAge: undefined,
    domain: undefined,
    path: undefined,
    sameSite: undefined,
    sameSiteRaw: undefined,
    secure: false,
    httpOnly: false,
    partitioned: false,
  };
}

function finish(state: ParseState, eq: number, nvEnd: number, now: number | undefined): ParseResult {
  const { line, diagnostics } = state;
  // No '=' (6265bis): the name is empty and the whole pair is the value.
  const nameStart = skipWsp(line, 0, eq < 0 ? 0 : eq);
  const nameEnd = trimEndWsp(line, nameStart, eq < 0 ? 0 : eq);
  const valueStart = skipWsp(line, eq < 0 ? 0 : eq + 1, nvEnd);
  const valueEnd = trimEndWsp(line, valueStart, nvEnd);
  if (nameStart === nameEnd && valueStart === valueEnd) {
    return { cookie: null, diagnostics: [...diagnostics, diag.emptyNameAndValue()] };
  }
  if (eq < 0) diagnostics.push(diag.noEquals());
  const cookie = buildCookie(state, line.slice(nameStart, nameEnd), line.slice(valueStart, valueEnd), now);
  const units = nameEnd - nameStart + (valueEnd - valueStart);
  if (units * 3 > MAX_NAME_VALUE_BYTES) {
    const bytes = state.ascii ? units : utf8Length(line, nameStart, nameEnd) + utf8Length(line, valueStart, valueEnd);
    if (bytes > MAX_NAME_VALUE_BYTES) {
      return { cookie: null, rejectedCookie: cookie, diagnostics: [...diagnostics, diag.nameValueTooLong(bytes)] };
    }
  }
  return { cookie, diagnostics };
}

function buildCookie(state: ParseState, name: string, value: string, now: number | undefined): ParsedCookie {
  const cookie: ParsedCookie = {
    name,
    value,
    secure: state.secure,
    httpOnly: state.httpOnly,
    partitioned: state.partitioned,
    attributes: state.attributes,
  };
  if (state.maxAge !== undefined) {
    cookie.maxAge = state.maxAge;
    if (state.maxAge > MAX_AGE_CAP_SECONDS) state.diagnostics.push(diag.expiryCapped('max-age'));
  }
  if (state.expires !== undefined) {
    cookie.expires = state.expires;
    if (now !== undefined && state.expires > now + MAX_AGE_CAP_SECONDS * 1000) {
      cookie.expires = now + MAX_AGE_CAP_SECONDS * 1000;
      // Only worth saying when Expires is what governs the lifetime.
      if (state.maxAge === undefined) state.diagnostics.push(diag.expiryCapped('expires'));
    }
  }
  if (state.domain !== undefined) cookie.domain = state.domain;
  if (state.path !== undefined) cookie.path = state.path;
  if (state.sameSite !== undefined) cookie.sameSite = state.sameSite;
  if (state.sameSiteRaw !== undefined) cookie.sameSiteRaw = state.sameSiteRaw;
  return cookie;
}

/** One cookie-av: `line[start, end)` with its first '=' at `eq` (or -1). */
function readAttribute(state: ParseState, start: number, eq: number, end: number): void {
  const { line } = state;
  const nameStart = skipWsp(line, start, eq < 0 ? end : eq);
  const nameEnd = trimEndWsp(line, nameStart, eq < 0 ? end : eq);
  const valueStart = eq < 0 ? end : skipWsp(line, eq + 1, end);
  const valueEnd = trimEndWsp(line, valueStart, end);
  // Empty segments (";;", a trailing ';') are common and meaningless.
  if (nameStart === nameEnd && valueStart === valueEnd) return;
  const name = line.slice(nameStart, nameEnd);
  const value = line.slice(valueStart, valueEnd);
  state.attributes.push({ name, value });
  const kind = classifyAttribute(line, nameStart, nameEnd);
  if (exceedsUtf8(line, valueStart, valueEnd, MAX_ATTRIBUTE_BYTES)) {
    const label = ATTRIBUTE_LABEL[kind] || name;
    state.diagnostics.push(diag.attributeTooLong(label, utf8Length(line, valueStart, valueEnd)));
    return;
  }
  noteDuplicate(state, kind);
  applyAttribute(state, kind, name, value, valueStart, valueEnd);
}

function noteDuplicate(state: ParseState, kind: AttributeKind): void {
  const bit = attributeBit(kind);
  if (bit === 0) return;
  if ((state.seen & bit) !== 0 && (state.duplicated & bit) === 0) {
    state.duplicated |= bit;
    state.diagnostics.push(diag.duplicateAttribute(ATTRIBUTE_LABEL[kind] ?? ''));
  }
  state.seen |= bit;
}

function applyAttribute(
  state: ParseState,
  kind: AttributeKind,
  name: string,
  value: string,
  valueStart: number,
  valueEnd: number,
): void {
  switch (kind) {
    case AttributeKind.Expires:
      return applyExpires(state, value, valueStart, valueEnd);
    case AttributeKind.MaxAge:
      return applyMaxAge(state, value, valueStart, valueEnd);
    case AttributeKind.Domain:
      return applyDomain(state, value);
    case AttributeKind.Path:
      return applyPath(state, value);
    case AttributeKind.SameSite:
      return applySameSite(state, value, valueStart, valueEnd);
    case AttributeKind.Secure:
      state.secure = true;
      return noteFlagValue(state, kind, value);
    case AttributeKind.HttpOnly:
      state.httpOnly = true;
      return noteFlagValue(state, kind, value);
    case AttributeKind.Partitioned:
      state.partitioned = true;
      return noteFlagValue(state, kind, value);
    case AttributeKind.Nonstandard:
      return;
    case AttributeKind.Legacy:
      state.diagnostics.push(diag.legacyAttribute(name));
      return;
    default:
      state.diagnostics.push(diag.unknownAttribute(name));
  }
}

function applyExpires(state: ParseState, value: string, start: number, end: number): void {
  const time = parseCookieDateIn(state.line, start, end);
  if (time === null) state.diagnostics.push(diag.invalidExpires(value));
  else state.expires = time;
}

function applyMaxAge(state: ParseState, value: string, start: number, end: number): void {
  const seconds = parseMaxAge(state.line, start, end);
  if (seconds === null) state.diagnostics.push(diag.invalidMaxAge(value));
  else state.maxAge = seconds;
}

function applyDomain(state: ParseState, value: string): void {
  const dotted = value.charCodeAt(0) === 0x2e;
  if (value.length === (dotted ? 1 : 0)) {
    state.diagnostics.push(diag.emptyDomain());
    return;
  }
  if (dotted) state.diagnostics.push(diag.leadingDotDomain());
  state.domain = (dotted ? value.slice(1) : value).toLowerCase();
}

/** An invalid Path is not skipped like other attributes: it resets the path to the default (§5.6.4). */
function applyPath(state: ParseState, value: string): void {
  if (value.charCodeAt(0) === 0x2f) {
    state.path = value;
  } else {
    state.path = undefined;
    state.diagnostics.push(diag.invalidPath(value));
  }
}

/** Like Path, an invalid SameSite overrides an earlier valid one: the enforcement becomes "Default". */
function applySameSite(state: ParseState, value: string, start: number, end: number): void {
  state.sameSiteRaw = value;
  state.sameSite = sameSiteOf(state.line, start, end);
  if (state.sameSite === undefined && value.length > 0) state.diagnostics.push(diag.invalidSameSite(value));
}

/** Packed like attribute names (the line has no control characters by now). */
function sameSiteOf(line: string, start: number, end: number): SameSite | undefined {
  switch (end - start) {
    case 3:
      return packLower(line, start, 3) === 0x6c6178 ? 'lax' : undefined;
    case 4:
      return packLower(line, start, 4) === 0x6e6f6e65 ? 'none' : undefined;
    case 6:
      return packLower(line, start, 4) === 0x73747269 && packLower(line, start + 4, 2) === 0x6374 ? 'strict' : undefined;
    default:
      return undefined;
  }
}

function noteFlagValue(state: ParseState, kind: AttributeKind, value: string): void {
  if (value.length > 0) state.diagnostics.push(diag.flagWithValue(ATTRIBUTE_LABEL[kind] ?? '', value));
}

/** `-?[0-9]+`, saturating at ±MAX_SAFE_INTEGER so that absurd lengths stay finite numbers. */
function parseMaxAge(line: string, start: number, end: number): number | null {
  let i = start;
  const negative = i < end && line.charCodeAt(i) === 0x2d;
  if (negative) i++;
  if (i === end) return null;
  let n = 0;
  for (; i < end; i++) {
    const d = line.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return null;
    if (n < Number.MAX_SAFE_INTEGER) n = Math.min(n * 10 + d, Number.MAX_SAFE_INTEGER);
  }
  return negative && n !== 0 ? -n : n;
}

function isWsp(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function skipWsp(line: string, start: number, end: number): number {
  let i = start;
  while (i < end && isWsp(line.charCodeAt(i))) i++;
  return i;
}

function trimEndWsp(line: string, start: number, end: number): number {
  let i = end;
  while (i > start && isWsp(line.charCodeAt(i - 1))) i--;
  return i;
}
