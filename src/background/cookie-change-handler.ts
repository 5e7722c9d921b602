import type { Cookies } from '../platform/browser';
import { changesFor, isPrivateStore } from '../platform/cookie-changes';
import type { LedgerStore } from '../platform/ledger-store';
import type { SettingsStore } from '../platform/settings-store';

/** How long a jar change waits for the Set-Cookie header that may explain it to be recorded first. */
const HEADER_GRACE_MS = 1000;

/** The time and the timer; a test passes its own instead of patching the globals. */
export interface Clock {
  now(): number;
  after(ms: number, run: () => Promise<void>): void;
}

const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  after: (ms, run) => void setTimeout(() => void run(), ms),
};

interface Deps {
  store: Pick<LedgerStore, 'ledger' | 'incognito' | 'recordScript'>;
  settings: Pick<SettingsStore, 'current'>;
  ready: Promise<unknown>;
  clock?: Clock;
}

export function createCookieChangeHandler({ store, settings, ready, clock = SYSTEM_CLOCK }: Deps) {
  return (change: Cookies.OnChangedChangeInfoType): void => {
    if (change.removed) return;
    const time = clock.now();
    // Paused means nothing is recorded, from headers or from the jar: not a change made while
    // paused, nor one that comes due after a pause. Read once the stored settings are loaded: a
    // worker woken by this very change starts with the defaults.
    const pausedThen = ready.then(() => settings.current.paused);
    clock.after(HEADER_GRACE_MS, async () => {
      if ((await pausedThen) || settings.current.paused) return;
      const incognito = isPrivateStore(change.cookie.storeId);
      const ledger = incognito ? store.incognito : store.ledger;
      for (const c of changesFor(ledger, change.cookie, time)) store.recordScript(c, incognito);
    });
  };
}
