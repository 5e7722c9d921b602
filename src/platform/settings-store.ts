import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from '../core/messages';
import type { StorageArea } from './storage-area';

const KEY = 'settings';

export class SettingsStore {
  current: Settings = DEFAULT_SETTINGS;
  readonly ready: Promise<void>;

  constructor(private readonly area: StorageArea) {
    this.ready = area
      .get([KEY])
      .then((stored) => {
        this.current = normaliseSettings(stored[KEY]);
      })
      .catch(() => undefined);
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    await this.ready;
    this.current = normaliseSettings({ ...this.current, ...patch });
    await this.area.set({ [KEY]: this.current });
    return this.current;
  }

  /** Back to the defaults, and nothing left in storage ("clear all data"). */
  async reset(): Promise<Settings> {
    await this.ready;
    this.current = DEFAULT_SETTINGS;
    await this.area.remove([KEY]);
    return this.current;
  }
}
