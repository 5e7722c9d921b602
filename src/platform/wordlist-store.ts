/**
 * The user's wordlist for the known-secret check, kept in storage.local: the file's text as the
 * user picked it, parsed once into secrets for as long as it stays the same.
 */
import type { StoredWordlist } from '../core/messages';
import { parseWordlist } from '../core/session';
import type { StorageArea } from './storage-area';

const KEY = 'wordlist';

export class WordlistStore {
  readonly ready: Promise<void>;
  current: StoredWordlist | null = null;
  /** Changes whenever the wordlist does: part of the key of a cached audit. */
  revision = 0;
  private parsed: (string | Uint8Array)[] | null = null;

  constructor(private readonly area: StorageArea) {
    this.ready = area
      .get([KEY])
      .then((stored) => this.use(storedWordlist(stored[KEY])))
      .catch(() => undefined);
  }

  /** The secrets to try, parsed on first use. */
  secrets(): (string | Uint8Array)[] {
    if (this.parsed === null) this.parsed = this.current ? parseWordlist(this.current.text).secrets : [];
    return this.parsed;
  }

  /** Stores a picked file; `null` removes the wordlist. */
  async set(file: { name: string; text: string } | null): Promise<StoredWordlist | null> {
    await this.ready;
    if (file === null) {
      await this.area.remove([KEY]);
      this.use(null);
      return null;
    }
    const next = storedWordlist(file);
    if (!next) throw new Error('a wordlist needs a name and a text');
    await this.area.set({ [KEY]: next });
    this.use(next);
    return next;
  }

  private use(wordlist: StoredWordlist | null): void {
    this.current = wordlist;
    this.parsed = null;
    this.revision += 1;
  }
}

/** A wordlist from storage or a message, counted afresh: neither source is trusted to have counted it. */
function storedWordlist(raw: unknown): StoredWordlist | null {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (typeof r.name !== 'string' || typeof r.text !== 'string') return null;
  const { secrets, skipped } = parseWordlist(r.text);
  return { name: r.name, text: r.text, count: secrets.length, skipped };
}
