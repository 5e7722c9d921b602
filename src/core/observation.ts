/**
 * One HTTP response as the background worker (webRequest) or the CLI (a HAR entry) saw it.
 * Everything here is untrusted text from the network.
 */
export type ResourceType =
  | 'main_frame'
  | 'sub_frame'
  | 'stylesheet'
  | 'script'
  | 'image'
  | 'font'
  | 'object'
  | 'xmlhttprequest'
  | 'fetch'
  | 'ping'
  | 'csp_report'
  | 'media'
  | 'websocket'
  | 'other';

export interface Observation {
  /** Browser tab id; -1 when the response belongs to no tab (CLI, service workers). */
  tabId: number;
  /** URL of the tab's top-level document when the response arrived; null when unknown. */
  topUrl: string | null;
  /** URL of the response. */
  url: string;
  type: ResourceType;
  status: number;
  fromCache: boolean;
  /** Milliseconds since the Unix epoch. */
  time: number;
  /** Every Set-Cookie header value, one entry per header line, in order. */
  setCookies: string[];
  cacheControl?: string;
  contentType?: string;
  vary?: string;
  /** Strict-Transport-Security header value, if any. */
  hsts?: string;
  /** True for private / incognito windows: never persisted. */
  incognito?: boolean;
}
