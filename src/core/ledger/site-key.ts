import type { Observation } from '../observation';
import { urlHost, urlOrigin } from '../parsed-url';

/**
 * The site an observation belongs to: the origin of the tab's top-level page. A top-level document
 * response is its own page. Only http(s) pages are sites; responses inside extension pages,
 * about:blank or browser-internal pages are not recorded.
 */
export function siteKeyFor(obs: Pick<Observation, 'topUrl' | 'url' | 'type'>): string | null {
  const page = obs.type === 'main_frame' ? obs.url : obs.topUrl ?? obs.url;
  return httpOrigin(page);
}

export function httpOrigin(url: string): string | null {
  if (!url.startsWith('http://') && !url.startsWith('https://')) return null;
  const origin = urlOrigin(url) ?? 'null';
  return origin === 'null' ? null : origin;
}

export function hostOf(url: string): string | null {
  return urlHost(url);
}
