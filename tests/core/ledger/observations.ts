import type { Observation } from '../../../src/core/observation';

export const T0 = Date.UTC(2026, 10, 1, 12, 0, 0);

/** A response as the background would record it; every field can be overridden. */
export function response(url: string, setCookies: string[] = [], extra: Partial<Observation> = {}): Observation {
  return { tabId: 1, topUrl: 'http://127.0.0.1:5000/', url, type: 'xmlhttprequest', status: 200, fromCache: false, time: T0, setCookies, ...extra };
}

/** A Flask session value: payload . timestamp . signature (the signature need not verify here). */
export function flaskValue(payload: string, ts: string, sig = 'c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWc'): string {
  return `${payload}.${ts}.${sig}`;
}
