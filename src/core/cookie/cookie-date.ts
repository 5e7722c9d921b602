/**
 * The cookie-date algorithm of RFC 6265bis §5.1.1. Browsers do not use Date.parse for Expires: they
 * split the text on delimiters and pick the first time, day-of-month, month and year tokens in
 * whatever order they come, so "Thu Apr 18 2007 GMT 22:50:12" is as good as an IMF-fixdate.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A time token whose hour, minute or second is too large: found, so later ones are not taken, but invalid. */
const OUT_OF_RANGE_TIME = 86_400;

interface DateParts {
  /** Seconds since midnight (OUT_OF_RANGE_TIME if a field is too large), or -1 until a time token is found. */
  time: number;
  day: number;
  month: number;
  year: number;
}

/** ms since the epoch (UTC), or null when the text is not a cookie-date. */
export function parseCookieDate(text: string): number | null {
  return parseCookieDateIn(text, 0, text.length);
}

/**
 * parseCookieDate(text.slice(start, end)), read in place: the parser hands over the Expires value
 * inside its line, whose characters are read faster than those of a slice (which the engine keeps
 * as a view on the line). The whole parse measured 1.06× faster side by side.
 */
export function parseCookieDateIn(text: string, start: number, end: number): number | null {
  const fixed = readCommonForm(text, start, end);
  if (fixed !== null) return fixed;
  const parts: DateParts = { time: -1, day: -1, month: -1, year: -1 };
  let i = start;
  while (i < end) {
    while (i < end && isDelimiter(text.charCodeAt(i))) i++;
    const tokenStart = i;
    while (i < end && !isDelimiter(text.charCodeAt(i))) i++;
    if (i > tokenStart) readToken(text, tokenStart, i, parts);
  }
  return toEpoch(parts.time, parts.day, parts.month, parts.year);
}

/**
 * Nearly every server writes one of four layouts: IMF-fixdate "Thu, 24 Dec 2026 17:59:53 GMT" (or
 * with '-' between day, month and year), RFC 850 "Thursday, 24-Dec-26 17:59:53 GMT", asctime
 * "Thu Dec 24 17:59:53 2026" and JavaScript's "Thu Dec 24 2026 17:59:53 GMT+0000 (…)". Read at
 * fixed places, each yields exactly what the token algorithm would: the weekday is letters and not
 * a month, the next four tokens are the day, month, year and time in a fixed order, and whatever
 * follows the last of them cannot change a production already found. Anything else goes to the
 * full algorithm. The layouts are about a third of real Expires values that are not IMF-fixdate,
 * and the general loop costs several times more per character.
 */
function readCommonForm(text: string, start: number, end: number): number | null {
  const weekdayEnd = skipLetters(text, start, end);
  if (weekdayEnd - start < 3 || weekdayEnd === end || readMonth(text, start, weekdayEnd) >= 0) return null;
  const after = text.charCodeAt(weekdayEnd);
  if (after === 0x2c) return readCommaForm(text, weekdayEnd + 1, end);
  return weekdayEnd - start === 3 && after === 0x20 ? readAsctimeForm(text, weekdayEnd + 1, end) : null;
}

/**
 * After "Weekday,": " DD Mon YYYY HH:MM:SS", '-' allowed around the month, two-digit years too.
 * The shortest such text has 19 characters, so nothing before the time is read past `end`.
 */
function readCommaForm(text: string, at: number, end: number): number | null {
  if (end - at < 19 || text.charCodeAt(at) !== 0x20) return null;
  const day = twoDigits(text, at + 1);
  const sep = text.charCodeAt(at + 3);
  if (day < 0 || (sep !== 0x20 && sep !== 0x2d)) return null;
  const month = readMonthToken(text, at + 4);
  const century = twoDigits(text, at + 8);
  if (month < 0 || text.charCodeAt(at + 7) !== sep || century < 0) return null;
  // Two digits then the space, or four.
  const short = text.charCodeAt(at + 10) === 0x20;
  const rest = short ? 0 : twoDigits(text, at + 10);
  const yearEnd = short ? at + 10 : at + 12;
  if (rest < 0 || text.charCodeAt(yearEnd) !== 0x20) return null;
  const time = readFixedTime(text, yearEnd + 1, end);
  return time < 0 ? null : toEpoch(time, day, month, short ? century : century * 100 + rest);
}

/**
 * After "Www ": "Mon D HH:MM:SS YYYY" (asctime, the day maybe space-padded) or "Mon DD YYYY HH:MM:SS",
 * both at least 19 characters long.
 */
function readAsctimeForm(text: string, at: number, end: number): number | null {
  if (end - at < 19) return null;
  const month = readMonthToken(text, at);
  if (month < 0 || text.charCodeAt(at + 3) !== 0x20) return null;
  let dayAt = at + 4;
  if (text.charCodeAt(dayAt) === 0x20) dayAt++;
  const dayDigits = countDigits(text, dayAt, dayAt + 3);
  if (dayDigits < 1 || dayDigits > 2 || text.charCodeAt(dayAt + dayDigits) !== 0x20) return null;
  const day = readNumber(text, dayAt, dayAt + dayDigits);
  const next = dayAt + dayDigits + 1;
  const time = readFixedTime(text, next, end);
  if (time >= 0) {
    // asctime: the year closes the line, or is followed by anything but another digit.
    if (text.charCodeAt(next + 8) !== 0x20 || countDigits(text, next + 9, Math.min(next + 14, end)) !== 4) return null;
    return toEpoch(time, day, month, readNumber(text, next + 9, next + 13));
  }
  if (countDigits(text, next, next + 5) !== 4 || text.charCodeAt(next + 4) !== 0x20) return null;
  const jsTime = readFixedTime(text, next + 5, end);
  return jsTime < 0 ? null : toEpoch(jsTime, day, month, readNumber(text, next, next + 4));
}

/** "HH:MM:SS" at `at`, not followed by a digit before `end`: as DateParts.time, or -1. */
function readFixedTime(text: string, at: number, end: number): number {
  if (end - at < 8 || text.charCodeAt(at + 2) !== 0x3a || text.charCodeAt(at + 5) !== 0x3a) return -1;
  if (at + 8 < end && isDigit(text.charCodeAt(at + 8))) return -1;
  const hour = twoDigits(text, at);
  const minute = twoDigits(text, at + 3);
  const second = twoDigits(text, at + 6);
  return hour < 0 || minute < 0 || second < 0 ? -1 : secondsOfDay(hour, minute, second);
}

/** Checked when the time is read, so that toEpoch has nothing to unpack. */
function secondsOfDay(hour: number, minute: number, second: number): number {
  return hour > 23 || minute > 59 || second > 59 ? OUT_OF_RANGE_TIME : (hour * 60 + minute) * 60 + second;
}

/** Three letters naming a month, as a whole token (a delimiter follows), at `at`; or -1. */
function readMonthToken(text: string, at: number): number {
  return isDelimiter(text.charCodeAt(at + 3)) ? readMonth(text, at, at + 3) : -1;
}

function skipLetters(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isLetter(text.charCodeAt(i))) i++;
  return i;
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
  return secondsOfDay(Math.floor(packed / 10000), Math.floor(packed / 100) % 100, packed % 100);
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

/** §5.1.1 steps 3 to 5: two-digit years, then every field in range, or null. */
function toEpoch(time: number, day: number, month: number, writtenYear: number): number | null {
  if (time < 0 || day < 0 || month < 0 || writtenYear < 0) return null;
  let year = writtenYear;
  if (year >= 70 && year <= 99) year += 1900;
  else if (year <= 69) year += 2000;
  if (day < 1 || day > daysIn(month, year) || year < 1601 || time === OUT_OF_RANGE_TIME) return null;
  return (daysSinceEpoch(year, month, day) * 86_400 + time) * 1000;
}

/**
 * Date.UTC's day count for a valid date of year 1601 to 9999, by arithmetic (Howard Hinnant's
 * days_from_civil, the year starting in March so that leap days come last). With the fields passed
 * as arguments rather than an object, dates measured 1.1× faster side by side than through
 * Date.UTC, the whole parse 1.03×.
 */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month < 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month < 2 ? month + 10 : month - 2) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
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
