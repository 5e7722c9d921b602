/** What a user should know about a HAR before trusting its audit, one sentence each. */
import type { HarSummary } from './har-converter';

export interface HarNote {
  code: 'no-cookie-headers' | 'rebuilt-from-cookies' | 'no-entries' | 'no-responses';
  message: string;
}

/**
 * Chrome's default "Export HAR (sanitized)" drops Cookie and Set-Cookie, so a HAR of a site that
 * certainly uses cookies arrives with none; say how to export one that keeps them.
 */
export const EXPORT_WITH_COOKIES =
  'Chrome: DevTools → Network → settings (gear) → tick "Allow to generate HAR with sensitive data", then "Export HAR (with sensitive data)…"; Firefox: Network → "Save All As HAR" keeps cookies.';

export function harNotes(summary: HarSummary): HarNote[] {
  const notes: HarNote[] = [];
  if (summary.entries === 0) {
    notes.push({ code: 'no-entries', message: 'the HAR has no entries: nothing was recorded.' });
  } else if (summary.responses === 0) {
    notes.push({ code: 'no-responses', message: `none of its ${summary.entries} entries has an http(s) response (blocked, failed or not http).` });
  } else if (summary.setCookieLines === 0 && summary.requestsWithCookies === 0) {
    notes.push({
      code: 'no-cookie-headers',
      message: `none of its ${summary.responses} responses carries a cookie header, so it was probably exported without sensitive data. To export one with cookies: ${EXPORT_WITH_COOKIES}`,
    });
  }
  if (summary.rebuiltResponses > 0) {
    const n = summary.rebuiltResponses;
    notes.push({
      code: 'rebuilt-from-cookies',
      message: `${n} ${n === 1 ? 'response has' : 'responses have'} no Set-Cookie header but list cookies in response.cookies[]; their Set-Cookie lines were rebuilt from those fields, without what the HAR did not keep (Max-Age, unknown attributes, attribute order).`,
    });
  }
  return notes;
}
