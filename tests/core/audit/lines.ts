/**
 * Real Set-Cookie lines: from the conformance corpus (/work/shared/conformance/sessions, generated
 * with Flask 2.2.2, Django 3.2, Starlette, Express) and the shapes popular sites send.
 */

/** flask-live-curl.txt: a permanent session, signed with the Flask docs key, re-sent on every request. */
export const FLASK_LIVE = [
  'session=eyJfcGVybWFuZW50Ijp0cnVlLCJ1c2VyIjoiYWxpY2UifQ.awR_GQ.pSDd28fxcXvMYHRc44OLlVzL2xY; Expires=Thu, 24 Dec 2026 17:59:53 GMT; HttpOnly; Path=/',
  'session=eyJfcGVybWFuZW50Ijp0cnVlLCJ1c2VyIjoiYWxpY2UifQ.awR_Gg.MPvHR8RZpUjbUkQHyFP8KWHiQM0; Expires=Thu, 24 Dec 2026 17:59:54 GMT; HttpOnly; Path=/',
  'session=eyJfcGVybWFuZW50Ijp0cnVlLCJ1c2VyIjoiYWxpY2UifQ.awR_Gw.AEuTVUoE_RIAG8HVGsp3nJxBELE; Expires=Thu, 24 Dec 2026 17:59:55 GMT; HttpOnly; Path=/',
  'session=eyJfcGVybWFuZW50Ijp0cnVlLCJ1c2VyIjoiYWxpY2UifQ.awR_HQ.uvcENH52iIR-ki6vWd3_WVbx6jM; Expires=Thu, 24 Dec 2026 17:59:57 GMT; HttpOnly; Path=/',
] as const;
export const FLASK_LOGOUT = 'session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/';

/** flask-cookies.json random32/plain: signed with a random 32-byte key no list holds. */
export const FLASK_RANDOM = 'session=eyJ1c2VyX2lkIjo0MiwidXNlcm5hbWUiOiJhbGljZSJ9.awR_EA.E4LqTBdN87TekV9sPjN2ienty8s; HttpOnly; Path=/';
/** flask-cookies.json random32/flashes: compressed payload holding flash messages. */
export const FLASK_RANDOM_FLASHES =
  'session=.eJyrVopPy0kszkgtVrKKrlZSKAFSSsWlycmpxcVKOkrBiWWpKYpKsbU6MLlcoERieipQriAnMTNPAcaPrY2tBQDUARmX.awR_EA.7nRCHRV1HhShvlr8RMySRE-CdZg; HttpOnly; Path=/';
/** flask-cookies.json flask_docs_bytes/plain: signed with the key printed in the Flask docs. */
export const FLASK_DOCS_KEY = 'session=eyJ1c2VyX2lkIjo0MiwidXNlcm5hbWUiOiJhbGljZSJ9.awR_EA.H0cgxN2zkvu_EfCBIJKQX8QclU4; HttpOnly; Path=/';
/** flask-cookies.json tutorial_dev/plain: SECRET_KEY='dev' from the Flask tutorial. */
export const FLASK_DEV_KEY = 'session=eyJ1c2VyX2lkIjo0MiwidXNlcm5hbWUiOiJhbGljZSJ9.awR_EA.EtVOe0ZfhHxbG6ae9QRMsV5qido; HttpOnly; Path=/';

/** other-session-cookies.json django_session_small (signed_cookies backend). */
export const DJANGO_SESSION =
  'sessionid=eyJ1c2VyX2lkIjo0Mn0:1xVYLD:1Qs-cvx1XTBwlkQ2IcOcoeCl2keASlVKZTOvTegmTX0; expires=Mon, 07 Dec 2026 18:00:35 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax';
/** Django's CSRF cookie as Django 3.2 sends it: one year, readable by scripts on purpose. */
export const DJANGO_CSRF =
  'csrftoken=nZ1c8vJ0oWJ0Cx5dTNUcR0Ybr0G4Pk6QgmJkD5zDR3oOQmN2yV5sM2NjvVQ4QxG1; expires=Tue, 23 Nov 2027 18:00:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax';
/** other-session-cookies.json starlette_session_real. */
export const STARLETTE_SESSION =
  'session=eyJ1c2VyIjogImFsaWNlIiwgIm4iOiBbMSwgMiwgM119.awR_cQ.EisMA3ZzHyi5vsL2-p1CxYNePLM; path=/; Max-Age=1209600; httponly; samesite=lax';

/** node-session-cookies.json: express-session with the README secret 'keyboard cat'. */
export const EXPRESS_SESSION = 'connect.sid=s%3AtDSLMw-GXbmFB1gsLv1hTn2JRfhB06M9.vmROYrhtm98yD9kWmaQQ3FZJKd7PMn7dKlyFh7o3Kc4; Path=/; HttpOnly';
/** node-session-cookies.json: cookie-session and its keygrip signature cookie. */
export const COOKIE_SESSION = [
  'session=eyJ1c2VyIjoiYWxpY2UiLCJ2aWV3cyI6MX0=; path=/; expires=Tue, 24 Nov 2026 18:01:15 GMT; httponly',
  'session.sig=QeAC__G2lyS_mfFfCQQ51YM_9kY; path=/; expires=Tue, 24 Nov 2026 18:01:15 GMT; httponly',
] as const;
export const COOKIE_SESSION_KEY = 'cookie-session-key-1';
/** node-session-cookies.json jwt-hs256, signed with the jwt.io default secret. */
export const JWT_HS256 =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSIsImFkbWluIjpmYWxzZSwiaWF0IjoxNzAwMDAwMDAwfQ.GkkqfAwgOINviLV10JW4Gx1v4KvE0A-Ayp25GlvnVcU';
/** The same claims with {"alg":"none"} and an empty signature. */
export const JWT_NONE = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhbGljZSIsImFkbWluIjp0cnVlfQ.';

/** Shapes real sites send. */
export const PHP_SESSION = 'PHPSESSID=3d2f1b0b7e4c6a9d8e7f6a5b4c3d2e1f; path=/';
export const JAVA_SESSION = 'JSESSIONID=8F2C1A9E0B7D6C5E4F3A2B1C0D9E8F7A; Path=/; Secure; HttpOnly';
export const CLOUDFLARE_BM =
  '__cf_bm=Hq8dWmJxZ3pN7qL0vKc2T9sRrYbUeAaFgI4oP6w1X5M-1795456800-1.0.1.1-abcdefghijklmnopqrstuvwxyz0123456789; path=/; expires=Mon, 23-Nov-26 18:30:00 GMT; domain=.example.com; HttpOnly; Secure; SameSite=None';
export const YOUTUBE_VISITOR =
  'VISITOR_INFO1_LIVE=Wk3f9ZxQbLc; Domain=.youtube.com; Expires=Sat, 22-May-2027 18:00:00 GMT; Path=/; Secure; HttpOnly; SameSite=none';
export const GA_COOKIE = '_ga=GA1.1.1234567890.1795456800; Domain=.google-analytics.com; Path=/; Expires=Fri, 24 Dec 2027 18:00:00 GMT; SameSite=None; Secure';
export const GOOD_HOST_COOKIE = '__Host-sid=7f9c2ba4e88f827d616045507605853e; Path=/; Secure; HttpOnly; SameSite=Lax';
