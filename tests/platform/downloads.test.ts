import { afterEach, describe, expect, it, vi } from 'vitest';
import { canCreateBlobUrls, downloadText, REVOKE_AFTER_MS } from '../../src/platform/downloads';

type Listener = (delta: { id: number; state?: { current?: string } }) => void;

/** A downloads API that records its calls and lets the test say when a download settles. */
function fakeDownloads(result: number | Error = 7) {
  const listeners = new Set<Listener>();
  return {
    listeners,
    download: vi.fn(async (_: { url: string; filename: string }) => {
      if (result instanceof Error) throw result;
      return result;
    }),
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
      hasListener: (l: Listener) => listeners.has(l),
    },
    settle(id: number, state: string) {
      for (const l of [...listeners]) l({ id, state: { current: state } });
    },
  };
}

const FILE = { fileName: 'cookie-audit-example.com-2026-11-23.json', mediaType: 'application/json', text: '{"a":"é"}' };

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('downloadText', () => {
  it('saves the text from a blob: URL under the file name, without a dialog', async () => {
    const api = fakeDownloads();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:test/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    expect(await downloadText(api as never, FILE)).toBe(7);
    expect(api.download).toHaveBeenCalledWith({ url: 'blob:test/1', filename: FILE.fileName, saveAs: false, conflictAction: 'uniquify' });
    expect(await created[0]?.text()).toBe(FILE.text);
    expect(created[0]?.type).toBe('application/json');
  });

  it.each(['complete', 'interrupted'])('revokes the URL once its download is %s, not before', async (state) => {
    const api = fakeDownloads();
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/2');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await downloadText(api as never, FILE);
    api.settle(8, state);
    api.settle(7, 'in_progress');
    expect(revoke).not.toHaveBeenCalled();
    api.settle(7, state);
    expect(revoke).toHaveBeenCalledWith('blob:test/2');
    expect(api.listeners.size).toBe(0);
  });

  it('revokes the URL after a generous delay when no end is reported', async () => {
    vi.useFakeTimers();
    const api = fakeDownloads();
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/3');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await downloadText(api as never, FILE);
    vi.advanceTimersByTime(REVOKE_AFTER_MS - 1);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(revoke).toHaveBeenCalledWith('blob:test/3');
  });

  it('revokes the URL at once when the download is refused', async () => {
    const api = fakeDownloads(new Error('Invalid filename'));
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/4');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await expect(downloadText(api as never, FILE)).rejects.toThrow('Invalid filename');
    expect(revoke).toHaveBeenCalledWith('blob:test/4');
  });
});

describe('canCreateBlobUrls', () => {
  it('is true where URL.createObjectURL exists, false in a context without it', () => {
    expect(canCreateBlobUrls()).toBe(true);
    const original = URL.createObjectURL;
    Object.defineProperty(URL, 'createObjectURL', { value: undefined, configurable: true, writable: true });
    try {
      expect(canCreateBlobUrls()).toBe(false);
    } finally {
      Object.defineProperty(URL, 'createObjectURL', { value: original, configurable: true, writable: true });
    }
  });
});
