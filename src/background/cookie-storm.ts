/*
 * A page that sets hundreds of cookies makes the browser report each one as its own
 * cookies.onChanged event. On the bench's page of 200 cookie-setting responses that dispatch alone
 * slowed the page load by 2–8 % in different runs: as much as recording, auditing and storing every
 * response (BENCHMARKS.md). So in a storm of changes the listener steps aside, and the jar is compared:
 *
 *   listening ──(more than STORM_CHANGES changes within STORM_MS)──► aside: listener removed,
 *       ▲                                                             the stormy sites' jars read
 *       └──(no response for QUIET_MS, or MAX_MS in all)── jars read again, listener back:
 *                                                         every cookie that differs is a change
 *
 * What differs is then judged like any reported change: a Set-Cookie header explains it, or a
 * script made it. The changes reported before the storm wait for its end as well (`active`):
 * judging them would apply the page's responses to the ledger in the middle of its load. A storm
 * cannot see a cookie a script set and removed again within it, nor changes to sites other than the
 * stormy ones (those cookies are still audited from the jar, as "already in the jar"), nor count
 * two script writes of one cookie as two.
 */
import type { Cookies } from '../platform/browser';
import { jarChanges } from '../platform/cookie-changes';
import type { Clock } from './clock';

export type ChangeListener = (change: Cookies.OnChangedChangeInfoType) => void;

/** The browser's cookies.onChanged, or a test's stand-in. */
export interface ChangeEvent {
  addListener(listener: ChangeListener): void;
  removeListener(listener: ChangeListener): void;
}

/** A site's cookies in one cookie store (normal and private windows have their own). */
export interface SiteJar {
  site: string;
  storeId: string;
}

export interface StormDeps {
  event: ChangeEvent;
  /** Every cookie the browser holds for the site, in that cookie store. */
  jar: (site: string, storeId: string) => Promise<Cookies.Cookie[]>;
}

interface Wiring extends StormDeps {
  listener: ChangeListener;
  clock: Clock;
  paused: () => boolean;
  /** The storm is over: the cookies the jar changed during it, and whether recording was paused at either end of it. */
  ended: (cookies: Cookies.Cookie[], paused: boolean) => void;
}

interface Storm {
  started: number;
  sites: SiteJar[];
  before: Promise<Cookies.Cookie[][]>;
  pausedAtStart: boolean;
}

/** More changes than this within STORM_MS is a storm: far more than a page's scripts make. */
export const STORM_CHANGES = 30;
const STORM_MS = 1000;
/** The storm is over once no response has come for this long... */
export const QUIET_MS = 500;
/** ...or after this long in all, so that a page that never goes quiet is still watched. */
export const MAX_MS = 10_000;

export function createCookieStorm({ event, jar, listener, clock, paused, ended }: Wiring) {
  let windowStart = Number.NEGATIVE_INFINITY;
  let changes = 0;
  let lastResponse = Number.NEGATIVE_INFINITY;
  let storm: Storm | null = null;

  const readJars = (sites: SiteJar[]) => Promise.all(sites.map((s) => jar(s.site, s.storeId).catch(() => [])));

  function begin(sites: SiteJar[]): void {
    event.removeListener(listener);
    storm = { started: clock.now(), sites, before: readJars(sites), pausedAtStart: paused() };
    clock.after(QUIET_MS, check);
  }

  async function check(): Promise<void> {
    const current = storm;
    if (current === null) return;
    const now = clock.now();
    const quietFor = now - Math.max(lastResponse, current.started);
    if (quietFor < QUIET_MS && now - current.started < MAX_MS) {
      clock.after(QUIET_MS - quietFor, check);
      return;
    }
    const [before, after] = await Promise.all([current.before, readJars(current.sites)]);
    storm = null;
    changes = 0;
    windowStart = clock.now();
    event.addListener(listener);
    const changed = current.sites.flatMap((_, k) => jarChanges(before[k] ?? [], after[k] ?? []));
    ended(changed, current.pausedAtStart || paused());
  }

  return {
    /** Counts a reported change; the sites are asked for only when it starts a storm. */
    noteChange(stormySites: () => SiteJar[]): void {
      const now = clock.now();
      if (now - windowStart > STORM_MS) {
        windowStart = now;
        changes = 0;
      }
      changes += 1;
      if (changes > STORM_CHANGES && storm === null) begin(stormySites());
    },
    /** Whether a storm is under way (the listener aside). */
    active(): boolean {
      return storm !== null;
    },
    /** A response was recorded: the storm is not over yet. */
    noteResponse(): void {
      if (storm !== null) lastResponse = clock.now();
    },
  };
}
