/**
 * The cookie-date algorithm of RFC 6265bis §5.1.1. Browsers do not use Date.parse for Expires: they
 * split the text on delimiters and pick the first time, day-of-month, month and year tokens in
 * whatever order they come, so "Thu Apr 18 2007 GMT 22:50:12" is as good as an IMF-fixdate.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface DateParts {
  /** hour * 10000 + minute * 100 + second, or -1 until a time token is found. */
  time: number;
  day: number;
  month: number;
  year: number;
}

/** ms since the epoch (UTC), or null when the text is not a cookie-date. */
export function parseCookieDate(text: string): number | null {
  const fixed = readFixdate(text);
  if (fixed !== null) return fixed;
  const parts: DateParts = { time: -1, day: -1, month: -1, year: -1 };
  const len = text.length;
  let i = 0;
  while (i < len) {
    while (i < len && isDelimiter(text.charCodeAt(i))) i++;
    const start = i;
    while (i < len && !isDelimiter(text.charCodeAt(i))) i++;
    if (i > start) readToken(text, start, i, parts);
  }
  return toEpoch(parts);
}

/**
 * Nearly every server writes "Thu, 24 Dec 2026 17:59:53 GMT" (or the same with '-' between day,
 * month and year). Read at fixed offsets, it yields exactly what the token algorithm would: the
 * weekday is not a month, day, month, year and time are the first four tokens, and whatever follows
 * the time cannot change a production already found. Anything else goes to the full algorithm.
 */
function readFixdate(text: string): number | null {
  if (text.length < 25 || text.charCodeAt(3) !== 0x2c || text.charCodeAt(4) !== 0x20) return null;
  const sep = text.charCodeAt(7);
  if ((sep !== 0x20 && sep !== 0x2d) || text.charCodeAt(11) !== sep || text.charCodeAt(16) !== 0x20) return null;
  if (text.charCodeAt(19) !== 0x3a || text.charCodeAt(22) !== 0x3a) return null;
  if (text.length > 25 && isDigit(text.charCodeAt(25))) return null;
  if (!isLetter(text.charCodeAt(0)) || !isLetter(text.charCodeAt(1)) || !isLetter(text.charCodeAt(2))) return null;
  if (readMonth(text, 0, 3) >= 0) return null;
  const month = readMonth(text, 8, 11);
  const day = twoDigits(text, 5);
  const year = twoDigits(text, 12) * 100 + twoDigits(text, 14);
  const hour = twoDigits(text, 17);
  const minute = twoDigits(text, 20);
  const second = twoDigits(text, 23);
  if (month < 0 || day < 0 || year < 0 || hour < 0 || minute < 0 || second < 0) return null;
  return toEpoch({ time: hour * 10000 + minute * 100 + second, day, month, year });
}

/** The first matching production wins, in the order the RFC lists them. */
function readToken(text: string, start: number, end: number, parts: DateParts): void {
  if (parts.time < 0) {
    const time = readTime(text, start, end);
    if (time >= 0) {
      parts.time = time;
      return;
    }
  }
  const digits = countDigits(text, start, end);
  if (parts.day < 0 && digits >= 1 && digits <= 2) {
    parts.day = readNumber(text, start, start + digits);
    return;
  }
  if (parts.month < 0 && digits === 0) {
    const month = readMonth(text, start, end);
    if (month >= 0) {
      parts.month = month;
      return;
    }
  }
  if (parts.year < 0 && digits >= 2 && digits <= 4) {
    parts.year = readNumber(text, start, start + digits);
  }
}

/** hms-time = 1*2DIGIT ":" 1*2DIGIT ":" 1*2DIGIT, then a non-digit or the end. */
function readTime(text: string, start: number, end: number): number {
  let at = start;
  let packed = 0;
  for (let field = 0; field < 3; field++) {
    const digits = countDigits(text, at, end);
    if (digits < 1 || digits > 2) return -1;
    packed = packed * 100 + readNumber(text, at, at + digits);
    at += digits;
    if (field < 2) {
      if (at >= end || text.charCodeAt(at) !== 0x3a) return -1;
      at++;
    }
  }
  return packed;
}

/** month = ( "jan" / "feb" / ... ) *OCTET, case-insensitive; a switch on the three letters packed. */
function readMonth(text: string, start: number, end: number): number {
  if (end - start < 3) return -1;
  const a = lower(text.charCodeAt(start));
  const b = lower(text.charCodeAt(start + 1));
  const c = lower(text.charCodeAt(start + 2));
  if ((a | b | c) > 0x7f) return -1;
  switch ((a << 16) | (b << 8) | c) {
    case 0x6a616e: return 0; // jan
    case 0x666562: return 1; // feb
    case 0x6d6172: return 2; // mar
    case 0x617072: return 3; // apr
    case 0x6d6179: return 4; // may
    case 0x6a756e: return 5; // jun
    case 0x6a756c: return 6; // jul
    case 0x617567: return 7; // aug
    case 0x736570: return 8; // sep
    case 0x6f6374: return 9; // oct
    case 0x6e6f76: return 10; // nov
    case 0x646563: return 11; // dec
    default: return -1;
  }
}

function toEpoch(parts: DateParts): number | null {
  const { time, day, month } = parts;
  let { year } = parts;
  if (time < 0 || day < 0 || month < 0 || year < 0) return null;
  if (year >= 70 && year <= 99) year += 1900;
  else if (year <= 69) year += 2000;
  const hour = Math.floor(time / 10000);
  const minute = Math.floor(time / 100) % 100;
  const second = time % 100;
  if (day < 1 || day > daysIn(month, year) || year < 1601 || hour > 23 || minute > 59 || second > 59) {
    return null;
  }
  return Date.UTC(year, month, day, hour, minute, second);
}

function daysIn(month: number, year: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 1 && leap ? 29 : (DAYS_IN_MONTH[month] ?? 0);
}

/** delimiter = %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E */
function isDelimiter(c: number): boolean {
  return (
    c === 0x09 ||
    (c >= 0x20 && c <= 0x2f) ||
    (c >= 0x3b && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7e)
  );
}

function countDigits(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i - start;
}

/** Two ASCII digits at `at` as a number, or -1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 0x30;
  const ones = text.charCodeAt(at + 1) - 0x30;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

function isLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

function readNumber(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + (text.charCodeAt(i) - 0x30);
  return n;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function lower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}
