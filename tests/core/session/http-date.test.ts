import { describe, expect, it } from 'vitest';
import { parseHttpDate } from '../../../src/core/session/http-date';

describe('parseHttpDate', () => {
  it.each([
    ['Wed, 21 Oct 2015 07:28:00 GMT', '2015-10-21T07:28:00.000Z'],
    ['21 Oct 2015 07:28:00 GMT', '2015-10-21T07:28:00.000Z'],
    ['Wed, 21 Oct 2015 07:28:00', '2015-10-21T07:28:00.000Z'],
    ['Wed, 21 Oct 2015 09:28:00 +0200', '2015-10-21T07:28:00.000Z'],
    ['Thu, 01 Jan 1970 00:00:00 GMT', '1970-01-01T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(new Date(parseHttpDate(text)!).toISOString()).toBe(iso);
  });

  it.each(['yesterday', 'Wed, 31 Feb 2015 07:28:00 GMT', 'Wed, 21 Foo 2015 07:28:00 GMT', 'Wed, 21 Oct 2015 25:00:00 GMT', ''])('rejects %s', (text) => {
    expect(parseHttpDate(text)).toBeNull();
  });
});
