import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDate } from 'tough-cookie';
import { describe, expect, it } from 'vitest';
import { parseCookieDate, parseCookieDateIn } from '../../../src/core/cookie/cookie-date';

const DATES = path.resolve(__dirname, '../../../../shared/conformance/http-state/dates');

interface DateCase {
  test: string;
  expected: string | null;
}

/** bsd-examples.json opens with a // licence header, which JSON does not allow. */
function readDateCases(file: string): DateCase[] {
  const text = readFileSync(path.join(DATES, file), 'utf8');
  return JSON.parse(text.replace(/^\/\/.*$/gm, '')) as DateCase[];
}

describe('parseCookieDate on the http-state date corpus', () => {
  for (const file of ['examples.json', 'bsd-examples.json']) {
    const cases = readDateCases(file);

    it(`agrees with every expectation in ${file}`, () => {
      const failures = cases.filter(
        (c) => parseCookieDate(c.test) !== (c.expected === null ? null : Date.parse(c.expected)),
      );
      console.log(`cookie-date ${file}: ${cases.length - failures.length}/${cases.length} pass`);
      expect(failures).toEqual([]);
      expect(cases.length).toBeGreaterThan(10);
    });
  }
});

describe('parseCookieDate', () => {
  it.each([
    ['the IMF-fixdate Flask writes', 'Thu, 24 Dec 2026 17:59:53 GMT', Date.UTC(2026, 11, 24, 17, 59, 53)],
    ['the dashed RFC 850 form Django used', 'Mon, 07-Dec-2026 18:00:35 GMT', Date.UTC(2026, 11, 7, 18, 0, 35)],
    ['asctime order', 'Sun Nov  6 08:49:37 1994', Date.UTC(1994, 10, 6, 8, 49, 37)],
    ['a two-digit year of 70 as 1970', '01 Jan 70 00:00:00', Date.UTC(1970, 0, 1)],
    ['a two-digit year of 99 as 1999', '31 Dec 99 23:59:59', Date.UTC(1999, 11, 31, 23, 59, 59)],
    ['a two-digit year of 0 as 2000', '01 Jan 00 00:00:00', Date.UTC(2000, 0, 1)],
    ['a two-digit year of 69 as 2069', '01 Jan 69 00:00:00', Date.UTC(2069, 0, 1)],
    ['29 February of a leap year', '29 Feb 2024 12:00:00', Date.UTC(2024, 1, 29, 12)],
    ['the earliest year allowed, 1601', '01 Jan 1601 00:00:00', Date.UTC(1601, 0, 1)],
    ['a month written out in full and in capitals', '1 DECEMBER 2030 1:2:3', Date.UTC(2030, 11, 1, 1, 2, 3)],
  ])('reads %s', (_label, text, expected) => {
    expect(parseCookieDate(text)).toBe(expected);
  });

  it.each([
    ['29 February of a common year', '29 Feb 2023 12:00:00'],
    ['31 April', '31 Apr 2030 00:00:00'],
    ['day 0', '0 Jan 2030 00:00:00'],
    ['hour 24', '1 Jan 2030 24:00:00'],
    ['minute 60', '1 Jan 2030 23:60:00'],
    ['second 60', '1 Jan 2030 23:59:60'],
    ['a year before 1601', '1 Jan 1600 00:00:00'],
    ['a five-digit year', '1 Jan 20300 00:00:00'],
    ['a missing time', 'Thu, 24 Dec 2026'],
    ['a missing month', 'Thu, 24 2026 10:00:00'],
    ['a time field of three digits', '1 Jan 2030 10:00:000'],
    ['an empty string', ''],
    ['only delimiters', ' ,;-/ '],
  ])('rejects %s', (_label, text) => {
    expect(parseCookieDate(text)).toBeNull();
  });

  it('takes the first time token and ignores later ones', () => {
    expect(parseCookieDate('1 Jan 2030 10:11:12 23:59:59')).toBe(Date.UTC(2030, 0, 1, 10, 11, 12));
  });
});

describe('parseCookieDate against tough-cookie, which implements the same §5.1.1 algorithm', () => {
  const token = fc.oneof(
    fc.constantFrom('Thu', 'Dec', 'dec', 'DECEMBER', 'Mar', 'Sun', 'GMT', 'UTC', '+0000', 'x'),
    fc.integer({ min: 0, max: 99999 }).map(String),
    fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(
      ([h, m, s]) => `${h}:${m}:${String(s).padStart(2, '0')}`,
    ),
  );
  const delimiter = fc.constantFrom(' ', ', ', '-', '/', '\t', '  ');
  const soup = fc.array(fc.tuple(token, delimiter), { maxLength: 8 }).map((parts) => parts.flat().join(''));
  // Fixed-layout dates, valid and slightly off, to pin the fast path to the full algorithm.
  const fixdate = fc
    .tuple(
      fc.constantFrom('Thu', 'Mon', 'Dec', 'Jan', 'X1y'),
      fc.constantFrom(' ', '-'),
      fc.integer({ min: 0, max: 39 }),
      fc.constantFrom('Jan', 'Feb', 'Apr', 'Dec', 'Foo', 'sep'),
      fc.integer({ min: 1500, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.constantFrom(' GMT', '', ' 5', '9', 'Z', ' 12:00:00'),
    )
    .map(
      ([weekday, sep, day, month, year, n, tail]) =>
        `${weekday}, ${String(day).padStart(2, '0')}${sep}${month}${sep}${year} ${String(n % 24).padStart(2, '0')}:${String(n).padStart(2, '0')}:${String(59 - (n % 60)).padStart(2, '0')}${tail}`,
    );

  const two = (n: number) => String(n).padStart(2, '0');
  const clock = fc
    .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
    .map(([n, m]) => `${two(n % 30)}:${two(m)}:${two(59 - (n % 60))}`);
  const tail = fc.constantFrom('', ' GMT', ' GMT+0000 (Coordinated Universal Time)', '7', 'Z', ':12', ' 1999');
  const year = fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 99 }).map(two), weight: 1 },
    { arbitrary: fc.integer({ min: 1590, max: 2100 }).map(String), weight: 3 },
    { arbitrary: fc.integer({ min: 100, max: 99999 }).map(String), weight: 1 },
  );
  // RFC 850 ("Thursday, 24-Dec-26 …"), with long and odd weekdays, valid and slightly off.
  const rfc850 = fc
    .tuple(
      fc.constantFrom('Thursday', 'Monday', 'Mayday', 'Sun', 'Decimal', 'Wed1'),
      fc.integer({ min: 0, max: 39 }),
      fc.constantFrom('-', ' ', '/'),
      fc.constantFrom('Dec', 'Jan', 'Feb', 'Foo', 'Sept'),
      year,
      clock,
      tail,
    )
    .map(([weekday, day, sep, month, y, time, end]) => `${weekday}, ${two(day)}${sep}${month}${sep}${y} ${time}${end}`);
  // asctime ("Thu Dec 24 17:59:53 2026", the day space-padded) and JavaScript's Date#toString order.
  const asctime = fc
    .tuple(
      fc.constantFrom('Thu', 'Sun', 'Jan', 'Thursday', 'X1y'),
      fc.constantFrom('Dec', 'Feb', 'Foo', 'Sept'),
      fc.integer({ min: 0, max: 39 }).map((d) => (d < 10 ? fc.constantFrom(` ${d}`, String(d), `0${d}`) : fc.constant(String(d)))),
      year,
      clock,
      fc.boolean(),
      tail,
    )
    .chain(([weekday, month, day, y, time, js, end]) =>
      day.map((d) => (js ? `${weekday} ${month} ${d} ${y} ${time}${end}` : `${weekday} ${month} ${d} ${time} ${y}${end}`)),
    );

  // A fixed-layout date with one character replaced or inserted, to pin every check of the fast path.
  const mutated = fc
    .oneof(fixdate, rfc850, asctime)
    .chain((text) =>
      fc.tuple(fc.constant(text), fc.nat(text.length - 1), fc.constantFrom('0', '7', ' ', '-', ':', ',', 'x', 'J'), fc.boolean()),
    )
    .map(([text, i, c, insert]) => text.slice(0, i) + c + text.slice(insert ? i : i + 1));

  it('agrees on token soup and on fixed-layout dates', () => {
    fc.assert(
      fc.property(fc.oneof(soup, fixdate, rfc850, asctime), (text) => {
        expect(parseCookieDate(text)).toBe(parseDate(text)?.getTime() ?? null);
      }),
      { seed: 511, numRuns: 6000 },
    );
  });

  it('agrees on fixed-layout dates with one character changed', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        expect(parseCookieDate(text)).toBe(parseDate(text)?.getTime() ?? null);
      }),
      { seed: 511, numRuns: 30_000 },
    );
  });

  it.each([
    ['asctime cut inside the year', 'Sun Nov 16 08:49:37 199', '9'],
    ['IMF-fixdate cut inside the seconds', 'Thu, 24 Dec 2026 17:59:5', '3'],
    ['IMF-fixdate cut inside the year', 'Thu, 24 Dec 20', '26 17:59:53 GMT'],
    ["JavaScript's order cut inside the seconds", 'Thu Dec 24 2026 17:59:5', '3 GMT'],
  ])('reads %s no further than the cut', (_label, text, rest) => {
    expect(parseCookieDateIn(text + rest, 0, text.length)).toBe(parseCookieDate(text));
  });

  it('reads a date, or the start of one, inside a line as it reads it alone, whatever follows', () => {
    const around = fc.constantFrom('', ' ', ';', '1', '12', ':', 'a', '-', ' GMT', ' 1999', '1999 GMT', 'Expires=');
    const dateOrStart = fc
      .oneof(soup, fixdate, rfc850, asctime)
      .chain((text) => fc.oneof(fc.constant(text), fc.nat(text.length).map((n) => text.slice(0, n))));
    fc.assert(
      fc.property(dateOrStart, around, around, (text, before, after) => {
        const line = `${before}${text}${after}`;
        expect(parseCookieDateIn(line, before.length, before.length + text.length)).toBe(parseCookieDate(text));
      }),
      { seed: 511, numRuns: 6000 },
    );
  });
});

describe('parseCookieDate counts days by arithmetic, as Date.UTC does', () => {
  it.each([
    ['the first day allowed', 'Mon, 01 Jan 1601 00:00:00 GMT'],
    ['the day before a March in a century that is not a leap year', 'Sun, 28 Feb 1700 23:59:59 GMT'],
    ['the first March of that century', 'Mon, 01 Mar 1700 00:00:00 GMT'],
    ['29 February of a year divisible by 400', 'Tue, 29 Feb 2000 12:00:00 GMT'],
    ['the last second of 1969', 'Wed, 31 Dec 1969 23:59:59 GMT'],
    ['the epoch', 'Thu, 01 Jan 1970 00:00:00 GMT'],
    ['the last second a four-digit year can name', 'Fri, 31 Dec 9999 23:59:59 GMT'],
  ])('on %s', (_label, text) => {
    expect(parseCookieDate(text)).toBe(Date.parse(text));
  });

  it('on any second from 1601 to 9999', () => {
    const range = { min: new Date(Date.UTC(1601, 0, 1)), max: new Date(Date.UTC(9999, 11, 31, 23, 59, 59)), noInvalidDate: true };
    fc.assert(
      fc.property(fc.date(range), (date) => {
        expect(parseCookieDate(date.toUTCString())).toBe(Math.floor(date.getTime() / 1000) * 1000);
      }),
      { seed: 6265, numRuns: 20_000 },
    );
  });
});
