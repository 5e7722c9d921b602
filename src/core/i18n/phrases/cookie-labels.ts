/** How a finding names its cookie, mid-sentence and at the start of one ($1: the name, quoted). */
export const COOKIE_LABELS = {
  labelCookie: 'the cookie $1',
  labelSessionCookie: 'the session cookie $1',
  labelNamelessCookie: 'the nameless cookie',
  labelNamelessSessionCookie: 'the nameless session cookie',
  labelCookieStart: 'The cookie $1',
  labelSessionCookieStart: 'The session cookie $1',
  labelNamelessCookieStart: 'The nameless cookie',
  labelNamelessSessionCookieStart: 'The nameless session cookie',
} as const;
