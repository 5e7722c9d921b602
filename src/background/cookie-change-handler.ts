import type { Cookies } from '../platform/browser';
import { changesFor, isPrivateStore } from '../platform/cookie-changes';
import type { LedgerStore } from '../platform/ledger-store';
import type { SettingsStore } from '../platform/settings-store';
import { SYSTEM_CLOCK, type Clock } from './clock';
import { createCookieStorm, type SiteJar, type StormDeps } from './cookie-storm';

export type { Clock } from './clock';

/** How long a jar change waits for the Set-Cookie header that may explain it to be recorded first. */
const HEADER_GRACE_MS = 1000;

interface Deps {
  store: Pick<LedgerStore, 'ledger' | 'incognito' | 'recordScript' | 'siteKeys'>;
  settings: Pick<SettingsStore, 'current'>;
  ready: Promise<unknown>;
  clock?: Clock;
  /** Where the listener is registered and the jar read, to step aside in a storm of changes (cookie-storm.ts). */
  storm?: StormDeps;
}

interface Pending {
  cookie: Cookies.Cookie;
  time: number;
  /** Whether recording was paused when the change was made (known once the settings are loaded). */
  pausedThen: boolean | Promise<boolean>;
}

/**
 * A page load sets hundreds of cookies, each reported as its own event: they wait in one queue
 * behind one timer, rather than a timer and a task each, and are taken in arrival order once
 * their header's grace period is over.
 */
export function createCookieChangeHandler({ store, settings, ready, clock = SYSTEM_CLOCK, storm }: Deps) {
  let loaded = false;
  void ready.then(() => (loaded = true));
  let queue: Pending[] = [];
  let armed = false;

  async function drain(): Promise<void> {
    armed = false;
    // In a storm everything waits for its end, which arms the timer again (cookie-storm.ts).
    if (watch?.active()) return;
    const due = clock.now() - HEADER_GRACE_MS;
    const cut = queue.findIndex((p) => p.time > due);
    const batch = cut < 0 ? queue : queue.slice(0, cut);
    queue = cut < 0 ? [] : queue.slice(cut);
    arm();
    for (const p of batch) {
      // Paused means nothing is recorded, from headers or from the jar: not a change made while
      // paused, nor one that comes due after a pause.
      if ((await p.pausedThen) || settings.current.paused) continue;
      const incognito = isPrivateStore(p.cookie.storeId);
      const ledger = incognito ? store.incognito : store.ledger;
      for (const c of changesFor(Object.keys(ledger.sites), p.cookie, p.time)) store.recordScript(c, incognito);
    }
  }

  function arm(): void {
    const first = queue[0];
    if (armed || !first) return;
    armed = true;
    clock.after(Math.max(0, first.time + HEADER_GRACE_MS - clock.now()), drain);
  }

  /** The sites the queued changes belong to: whose jars a storm compares. Read without applying the responses that wait. */
  function stormySites(): SiteJar[] {
    const sites = new Map<string, SiteJar>();
    const normal = store.siteKeys(false);
    const incognito = store.siteKeys(true);
    for (const p of queue) {
      const { storeId } = p.cookie;
      for (const c of changesFor(isPrivateStore(storeId) ? incognito : normal, p.cookie, p.time)) sites.set(`${storeId}\u0000${c.site}`, { site: c.site, storeId });
    }
    return [...sites.values()];
  }

  function onChanged(change: Cookies.OnChangedChangeInfoType): void {
    watch?.noteChange(stormySites);
    if (change.removed) return;
    // A worker woken by this very change starts with the default settings: read them once loaded.
    const pausedThen = loaded ? settings.current.paused : ready.then(() => settings.current.paused);
    queue.push({ cookie: change.cookie, time: clock.now(), pausedThen });
    arm();
  }

  const watch = storm
    ? createCookieStorm({
        ...storm,
        listener: onChanged,
        clock,
        paused: () => settings.current.paused,
        ended(cookies, paused) {
          const time = clock.now();
          for (const cookie of cookies) queue.push({ cookie, time, pausedThen: paused });
          arm();
        },
      })
    : null;

  return {
    onChanged,
    /** A response was recorded (a storm of changes lasts as long as responses keep coming). */
    noteResponse(): void {
      watch?.noteResponse();
    },
  };
}
