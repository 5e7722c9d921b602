/**
 * Parses the HTTP date Flask's `" d"` tag carries (`Wed, 21 Oct 2015 07:28:00 GMT`, what
 * werkzeug's `http_date` writes), also accepting a numeric zone (`+0000`) as `parse_date` does.
 * Written out instead of `Date.parse`, whose handling of non-ISO text is implementation-defined.
 */

const HTTP_DATE = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})[ -]([A-Za-z]{3})[ -](\d{4}) (\d{2}):(\d{2}):(\d{2})(?: (GMT|UTC|UT|Z|[+-]\d{4}))?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Milliseconds since the Unix epoch, or null when the text is not such a date. */
export function parseHttpDate(text: string): number | null {
  const match = HTTP_DATE.exec(text.trim());
  if (!match) return null;
  const [, day, monthName, year, hour, minute, second, zone] = match;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase());
  if (month < 0 || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60) return null;
  const utc = Date.UTC(Number(year), month, Number(day), Number(hour), Number(minute), Number(second));
  const date = new Date(utc);
  if (date.getUTCDate() !== Number(day)) return null;
  return utc - zoneOffsetMs(zone);
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || !/^[+-]/.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(3, 5));
  return sign * (hours * 60 + minutes) * 60_000;
}
