import { describe, expect, it } from 'vitest';
import type { Cookies } from '../../src/platform/browser';
import { createCookieChangeHandler, type Clock } from '../../src/background/cookie-change-handler';
import { MAX_MS, QUIET_MS, STORM_CHANGES, type ChangeListener } from '../../src/background/cookie-storm';
import { createLedger, recordObservation, recordScriptChange, type Ledger, type ScriptChange } from '../../src/core/ledger';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/messages';
import { response, T0 } from '../core/ledger/observations';
import { browserCookie } from '../platform/browser-cookie';

const SITE = 'http://127.0.0.1:5000';

/** A clock whose timers run when the test says so, and whose runs can be awaited. */
class ManualClock implements Clock {
  time = T0;
  timers = 0;
  private due: { at: number; run: () => Promise<void> }[] = [];

  now(): number {
    return this.time;
  }

  after(ms: number, run: () => Promise<void>): void {
    this.timers += 1;
    this.due.push({ at: this.time + ms, run });
  }

  /** Moves the time on by `ms` and runs, to the end, every timer that came due. */
  async advance(ms: number): Promise<void> {
    this.time += ms;
    const ready = this.due.filter((t) => t.at <= this.time);
    this.due = this.due.filter((t) => t.at > this.time);
    await Promise.all(ready.map((t) => t.run()));
  }
}

/** The ledger store's two ledgers, recording script changes the way the real store does. */
function fakeStore() {
  const store = {
    ledger: createLedger(),
    incognito: createLedger(),
    recorded: [] as { change: ScriptChange; incognito: boolean }[],
    recordScript(change: ScriptChange, incognito: boolean): void {
      store.recorded.push({ change, incognito });
      recordScriptChange(incognito ? store.incognito : store.ledger, change);
    },
    siteKeys: (incognito: boolean): string[] => Object.keys((incognito ? store.incognito : store.ledger).sites),
  };
  return store;
}

const cookie = browserCookie;

const changed = (c: Cookies.Cookie, removed = false): Cookies.OnChangedChangeInfoType => ({ removed, cookie: c, cause: 'explicit' });

/** A `ready` promise the test resolves: the stores still reading storage. */
function loading() {
  let load: () => void = () => undefined;
  const ready = new Promise<void>((done) => (load = done));
  return { ready, load };
}

/** A handler wired to fakes, on a ledger that has already seen a response of the site. */
function setUp(settings: Settings = DEFAULT_SETTINGS, ready: Promise<unknown> = Promise.resolve()) {
  const store = fakeStore();
  const clock = new ManualClock();
  for (const ledger of [store.ledger, store.incognito]) recordObservation(ledger, response(`${SITE}/`, [], { type: 'main_frame', topUrl: null }));
  const current = { current: settings };
  const handle = createCookieChangeHandler({ store, settings: current, ready, clock }).onChanged;
  return { store, clock, current, handle };
}

const cookieNamed = (ledger: Ledger, name: string) => Object.values(ledger.sites[SITE]?.cookies ?? {}).find((c) => c.name === name);

describe('the cookie change handler', () => {
  it('records a cookie a page script set, once the grace period for its header is over', async () => {
    const { store, clock, handle } = setUp();
    handle(changed(cookie()));
    await clock.advance(999);
    expect(store.recorded).toEqual([]);
    await clock.advance(1);
    expect(cookieNamed(store.ledger, 'theme')).toMatchObject({ setCount: 0, scriptChanges: 1, lastValue: 'dark', live: true, firstSeen: T0 });
  });

  it('leaves alone a cookie whose Set-Cookie header was recorded with the same value', async () => {
    const { store, clock, handle } = setUp();
    recordObservation(store.ledger, response(`${SITE}/api`, ['sid=abc; Path=/; HttpOnly']));
    handle(changed(cookie({ name: 'sid', value: 'abc', httpOnly: true })));
    await clock.advance(1000);
    expect(cookieNamed(store.ledger, 'sid')).toMatchObject({ setCount: 1, scriptChanges: 0 });
  });

  it('takes a burst of changes behind one timer, each once its own grace period is over', async () => {
    const { store, clock, handle } = setUp();
    for (let i = 0; i < 200; i++) {
      handle(changed(cookie({ name: `c${i}`, value: String(i) })));
      clock.time += 2;
    }
    expect(clock.timers).toBe(1);
    // 400 ms of changes are over; the first is due at T0 + 1000, the last at T0 + 1398.
    await clock.advance(600);
    expect(store.recorded.map((r) => r.change.name)).toEqual(['c0']);
    await clock.advance(200);
    expect(store.recorded.map((r) => r.change.name)).toEqual(Array.from({ length: 101 }, (_, i) => `c${i}`));
    await clock.advance(300);
    expect(store.recorded).toHaveLength(200);
    expect(clock.timers).toBe(3);
  });

  it('ignores a cookie being removed', async () => {
    const { store, clock, handle } = setUp();
    handle(changed(cookie(), true));
    await clock.advance(1000);
    expect(store.recorded).toEqual([]);
  });

  it("keeps a private window's cookie in the private ledger only", async () => {
    const { store, clock, handle } = setUp();
    handle(changed(cookie({ storeId: '1', value: 'private' })));
    await clock.advance(1000);
    expect(cookieNamed(store.incognito, 'theme')?.lastValue).toBe('private');
    expect(cookieNamed(store.ledger, 'theme')).toBeUndefined();
  });

  it('waits for the stored ledger to be loaded before recording', async () => {
    const { ready, load } = loading();
    const { store, clock, handle } = setUp(DEFAULT_SETTINGS, ready);
    handle(changed(cookie()));
    const fired = clock.advance(1000);
    await Promise.resolve();
    expect(store.recorded).toEqual([]);
    load();
    await fired;
    expect(store.recorded).toHaveLength(1);
  });

  describe('while recording is paused', () => {
    it("records nothing: no new cookie, no value, no script change on a header's cookie", async () => {
      const { store, clock, handle } = setUp({ ...DEFAULT_SETTINGS, paused: true });
      recordObservation(store.ledger, response(`${SITE}/api`, ['sid=abc; Path=/; HttpOnly']));
      handle(changed(cookie()));
      handle(changed(cookie({ name: 'sid', value: 'changed-by-the-server', httpOnly: true })));
      await clock.advance(1000);
      expect(store.recorded).toEqual([]);
      expect(cookieNamed(store.ledger, 'theme')).toBeUndefined();
      expect(cookieNamed(store.ledger, 'sid')).toMatchObject({ scriptChanges: 0, lastValue: 'abc' });
    });

    it('obeys a pause that is known only once the stored settings are loaded (a woken worker)', async () => {
      const { ready, load } = loading();
      const { store, clock, current, handle } = setUp(DEFAULT_SETTINGS, ready);
      handle(changed(cookie()));
      const fired = clock.advance(1000);
      current.current = { ...DEFAULT_SETTINGS, paused: true };
      load();
      await fired;
      expect(store.recorded).toEqual([]);
    });

    it('records nothing of a change made while paused, even when recording resumes before it comes due', async () => {
      const { store, clock, current, handle } = setUp({ ...DEFAULT_SETTINGS, paused: true });
      handle(changed(cookie()));
      await clock.advance(500);
      current.current = DEFAULT_SETTINGS;
      await clock.advance(500);
      expect(store.recorded).toEqual([]);
    });

    it('records nothing of a change that comes due after recording was paused', async () => {
      const { store, clock, current, handle } = setUp();
      handle(changed(cookie()));
      await clock.advance(500);
      current.current = { ...DEFAULT_SETTINGS, paused: true };
      await clock.advance(500);
      expect(store.recorded).toEqual([]);
    });

    it('records again once recording is resumed', async () => {
      const { store, clock, current, handle } = setUp({ ...DEFAULT_SETTINGS, paused: true });
      handle(changed(cookie({ value: 'while-paused' })));
      await clock.advance(1000);
      current.current = DEFAULT_SETTINGS;
      handle(changed(cookie({ value: 'after' })));
      await clock.advance(1000);
      expect(store.recorded.map((r) => r.change.value)).toEqual(['after']);
    });
  });
});

/** cookies.onChanged, whose listeners the test fires, and the jar the browser would report. */
function fakeBrowser() {
  const listeners = new Set<ChangeListener>();
  const browser = {
    jar: [] as Cookies.Cookie[],
    reads: 0,
    removals: 0,
    event: {
      addListener: (l: ChangeListener) => void listeners.add(l),
      removeListener: (l: ChangeListener) => {
        browser.removals += 1;
        listeners.delete(l);
      },
    },
    listening: () => listeners.size > 0,
    async read(site: string, storeId: string): Promise<Cookies.Cookie[]> {
      browser.reads += 1;
      return site === SITE ? browser.jar.filter((c) => c.storeId === storeId).map((c) => ({ ...c })) : [];
    },
    /** The browser sets a cookie: in the jar, then reported to whoever listens. */
    set(c: Cookies.Cookie): void {
      browser.jar = [...browser.jar.filter((o) => o.name !== c.name || o.storeId !== c.storeId), c];
      for (const l of listeners) l(changed(c));
    },
  };
  return browser;
}

function setUpStorm(settings: Settings = DEFAULT_SETTINGS) {
  const store = fakeStore();
  const clock = new ManualClock();
  recordObservation(store.ledger, response(`${SITE}/`, [], { type: 'main_frame', topUrl: null }));
  const browser = fakeBrowser();
  const current = { current: settings };
  const handler = createCookieChangeHandler({ store, settings: current, ready: Promise.resolve(), clock, storm: { event: browser.event, jar: browser.read } });
  browser.event.addListener(handler.onChanged);
  /** A response that sets cookie `name`, recorded, then applied to the jar, `ms` after the last. */
  const header = (name: string, ms = 5) => {
    clock.time += ms;
    recordObservation(store.ledger, response(`${SITE}/${name}`, [`${name}=v; Path=/`], { time: clock.time }));
    handler.noteResponse();
    browser.set(cookie({ name, value: 'v' }));
  };
  return { store, clock, browser, current, handler, header };
}

describe('the cookie change handler in a storm of changes', () => {
  it('keeps listening through the few changes of a usual page', async () => {
    const { browser, header } = setUpStorm();
    for (let i = 0; i < STORM_CHANGES; i++) header(`c${i}`);
    expect(browser.removals).toBe(0);
    expect(browser.listening()).toBe(true);
  });

  it('steps aside in a storm, and finds the cookie a script set in it by comparing the jar', async () => {
    const { store, clock, browser, header } = setUpStorm();
    for (let i = 0; i <= STORM_CHANGES; i++) header(`c${i}`);
    expect(browser.listening()).toBe(false);
    for (let i = STORM_CHANGES + 1; i < 200; i++) {
      header(`c${i}`);
      if (i === 100) browser.set(cookie({ name: 'theme', value: 'dark' }));
    }
    await clock.advance(QUIET_MS);
    expect(browser.listening()).toBe(true);
    await clock.advance(1000);
    expect(cookieNamed(store.ledger, 'theme')).toMatchObject({ scriptChanges: 1, lastValue: 'dark', setCount: 0 });
    const scripted = Object.values(store.ledger.sites[SITE]?.cookies ?? {}).filter((c) => c.scriptChanges > 0);
    expect(scripted.map((c) => c.name)).toEqual(['theme']);
    expect(browser.reads).toBe(2);
  });

  it('judges the changes reported before the storm only once it is over, in their order', async () => {
    const { store, clock, browser, header } = setUpStorm();
    browser.set(cookie({ name: 'theme', value: 'dark' }));
    for (let i = 0; i <= STORM_CHANGES; i++) header(`c${i}`);
    for (let i = 0; i < 60; i++) {
      header(`later${i}`, 50);
      await clock.advance(0);
    }
    // 3 s into the storm: every change before it is long past its grace period, and waits.
    expect(browser.listening()).toBe(false);
    expect(store.recorded).toEqual([]);
    await clock.advance(QUIET_MS);
    await clock.advance(0);
    expect(browser.listening()).toBe(true);
    expect(store.recorded.slice(0, 2).map((r) => r.change.name)).toEqual(['theme', 'c0']);
    expect(cookieNamed(store.ledger, 'theme')).toMatchObject({ scriptChanges: 1, lastValue: 'dark' });
    expect(cookieNamed(store.ledger, 'c0')).toMatchObject({ scriptChanges: 0, setCount: 1 });
  });

  it('stays aside while responses keep coming, but no longer than its longest storm', async () => {
    const { clock, browser, header } = setUpStorm();
    for (let i = 0; i <= STORM_CHANGES; i++) header(`c${i}`);
    for (let i = 0; clock.time < T0 + MAX_MS - 300; i++) {
      header(`later${i}`, 300);
      await clock.advance(0);
      expect(browser.listening(), `${clock.time - T0} ms into the storm`).toBe(false);
    }
    header('last', 300);
    await clock.advance(QUIET_MS);
    expect(browser.listening()).toBe(true);
  });

  it('records nothing a script changed in a storm while recording was paused', async () => {
    const { store, clock, browser, current, header } = setUpStorm({ ...DEFAULT_SETTINGS, paused: true });
    await Promise.resolve(); // the settings are loaded: the pause is known
    for (let i = 0; i <= STORM_CHANGES; i++) header(`c${i}`);
    browser.set(cookie({ name: 'theme', value: 'dark' }));
    current.current = DEFAULT_SETTINGS;
    await clock.advance(QUIET_MS + 1000);
    expect(cookieNamed(store.ledger, 'theme')).toBeUndefined();
  });

  it('listens to the changes after the storm one by one again', async () => {
    const { store, clock, browser, header } = setUpStorm();
    for (let i = 0; i <= STORM_CHANGES; i++) header(`c${i}`);
    await clock.advance(QUIET_MS);
    clock.time += 5000;
    browser.set(cookie({ name: 'theme', value: 'light' }));
    await clock.advance(1000);
    expect(cookieNamed(store.ledger, 'theme')).toMatchObject({ scriptChanges: 1, lastValue: 'light' });
    expect(browser.removals).toBe(1);
  });
});
