/**
 * The only code that touches the downloads API. An export is a string made in an extension page;
 * it is saved through the browser's download flow from a blob: URL created in that same context.
 *
 * A blob: URL dies with the document that created it. Firefox closes the popup when a download
 * starts, which cancels a download whose blob lived in the popup, so the popup hands its file to
 * the background page instead (Firefox's MV3 background is a page that can create blob: URLs;
 * Chrome's service worker cannot, and Chrome fetches the blob before the popup goes away).
 */
import type { DownloadRequest } from '../core/messages';
import type { Downloads } from './browser';

type DownloadsApi = Pick<Downloads.Static, 'download' | 'onChanged'>;

/** Long enough for any local file write; the URL is revoked earlier once the download settles. */
export const REVOKE_AFTER_MS = 5 * 60_000;

/** Whether this context can create blob: URLs (pages and Firefox's background, not a service worker). */
export function canCreateBlobUrls(): boolean {
  return typeof URL.createObjectURL === 'function';
}

/**
 * Saves `text` as a file named `fileName` in the download folder; resolves with the download id.
 * `incognito` keeps an export of a private window's site out of the normal download history
 * (Firefox; Chrome has no such option, and its pages only ever save with `incognito` false).
 */
export async function downloadText(api: DownloadsApi, file: DownloadRequest, { incognito = false } = {}): Promise<number> {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mediaType }));
  let id: number;
  try {
    id = await api.download({ url, filename: file.fileName, saveAs: false, conflictAction: 'uniquify', ...(incognito ? { incognito } : {}) });
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
  revokeWhenSettled(api, id, url);
  return id;
}

function revokeWhenSettled(api: DownloadsApi, id: number, url: string): void {
  const revoke = () => {
    clearTimeout(timer);
    api.onChanged.removeListener(listener);
    URL.revokeObjectURL(url);
  };
  const listener = (delta: Downloads.OnChangedDownloadDeltaType) => {
    const state = delta.state?.current;
    if (delta.id === id && (state === 'complete' || state === 'interrupted')) revoke();
  };
  const timer = setTimeout(revoke, REVOKE_AFTER_MS);
  api.onChanged.addListener(listener);
}
