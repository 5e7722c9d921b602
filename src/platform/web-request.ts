import type { Observation, ResourceType } from '../core/observation';

/**
 * Chrome hides Set-Cookie from webRequest unless 'extraHeaders' is requested; Firefox shows it
 * always and throws on the unknown value. So ask for it only where the browser offers it.
 */
export function headersReceivedOptions(webRequest: { OnHeadersReceivedOptions?: Record<string, string> }): string[] {
  const options = ['responseHeaders'];
  if (webRequest.OnHeadersReceivedOptions?.EXTRA_HEADERS) options.push('extraHeaders');
  return options;
}

export interface HeadersReceivedDetails {
  tabId: number;
  url: string;
  type: string;
  statusCode: number;
  fromCache?: boolean;
  timeStamp: number;
  responseHeaders?: { name: string; value?: string; binaryValue?: number[] }[];
  incognito?: boolean;
  documentUrl?: string;
  frameAncestors?: { url: string; frameId: number }[];
}

const TYPES = new Set<ResourceType>(['main_frame', 'sub_frame', 'stylesheet', 'script', 'image', 'font', 'object', 'xmlhttprequest', 'ping', 'csp_report', 'media', 'websocket', 'other']);

/** Firefox reports some types under other names; everything unknown is 'other'. */
function resourceType(type: string): ResourceType {
  if (type === 'imageset') return 'image';
  if (type === 'beacon') return 'ping';
  return TYPES.has(type as ResourceType) ? (type as ResourceType) : 'other';
}

/** Turns a webRequest event into an Observation; the platform supplies the tab's top-level URL. */
export function observationFrom(details: HeadersReceivedDetails, topUrl: string | null, incognito: boolean): Observation {
  const obs: Observation = {
    tabId: details.tabId,
    topUrl,
    url: details.url,
    type: resourceType(details.type),
    status: details.statusCode,
    fromCache: details.fromCache === true,
    time: Math.round(details.timeStamp),
    setCookies: [],
  };
  if (incognito) obs.incognito = true;
  for (const header of details.responseHeaders ?? []) {
    const value = header.value ?? (header.binaryValue ? header.binaryValue.map((c) => String.fromCharCode(c)).join('') : '');
    switch (header.name.toLowerCase()) {
      case 'set-cookie':
        // Firefox joins several Set-Cookie headers with newlines; Chrome sends one entry each.
        for (const line of value.split('\n')) if (line.length > 0) obs.setCookies.push(line);
        break;
      case 'cache-control':
        obs.cacheControl = obs.cacheControl === undefined ? value : `${obs.cacheControl}, ${value}`;
        break;
      case 'content-type':
        obs.contentType = value;
        break;
      case 'vary':
        obs.vary = value;
        break;
      case 'strict-transport-security':
        obs.hsts = value;
        break;
    }
  }
  return obs;
}
