import type { StorageArea } from '../../src/platform/storage-area';

/** An in-memory storage area that stores structured clones, counts writes and can refuse them. */
export class FakeStorage implements StorageArea {
  data: Record<string, unknown> = {};
  writes = 0;
  /** When set, a write whose JSON size exceeds it fails like a full storage.local. */
  quotaBytes: number | null = null;

  async get(keys: string[] | null): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this.data)) if (keys === null || keys.includes(k)) out[k] = structuredClone(v);
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const next = { ...this.data, ...structuredClone(items) };
    if (this.quotaBytes !== null && JSON.stringify(next).length > this.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
    this.data = next;
    this.writes += 1;
  }

  async remove(keys: string[]): Promise<void> {
    for (const k of keys) delete this.data[k];
  }
}
