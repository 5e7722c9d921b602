import { describe, expect, it, vi } from 'vitest';
import { DurableLedger, LOG_WRITE_GAP_MS } from '../../src/platform/durable-ledger';
import { DEFAULT_LIMITS } from '../../src/core/ledger';
import { response, T0 } from '../core/ledger/observations';
import { FakeStorage } from './fake-storage';

const SITE = 'http://127.0.0.1:5000';
const limits = () => DEFAULT_LIMITS;

/** Makes the area store each log write at once but acknowledge it only when the test says so. */
function holdLogAcknowledgements(area: FakeStorage): { acknowledgeAll(): Promise<void> } {
  const held: (() => void)[] = [];
  const set = area.set.bind(area);
  area.set = (items) => set(items).then(() => (Object.keys(items).some((k) => k.startsWith('log:')) ? new Promise<void>((done) => held.push(done)) : undefined));
  return {
    async acknowledgeAll() {
      while (held.length > 0) {
        held.shift()?.();
        await vi.advanceTimersByTimeAsync(0);
      }
    },
  };
}

/** The number of entries in each log write, in order, whatever else the area is asked to write. */
function logWrites(area: FakeStorage): number[] {
  const sizes: number[] = [];
  const set = area.set.bind(area);
  area.set = (items) => {
    for (const [key, value] of Object.entries(items)) if (key.startsWith('log:')) sizes.push((JSON.parse(value as string) as unknown[]).length);
    return set(items);
  };
  return sizes;
}

describe('DurableLedger', () => {
  it('keeps every response recorded before the worker is stopped, once the write gap has passed, without a compaction', async () => {
    vi.useFakeTimers();
    try {
      const area = new FakeStorage();
      const before = new DurableLedger(area, limits);
      await before.ready;
      for (let i = 0; i < 120; i++) {
        before.record(response(`${SITE}/p${i}`, [`session=eyJ1Ijoi${i % 3}In0.ts${i}.sig; Path=/`], { time: T0 + i }));
        if (i % 7 === 0) await vi.advanceTimersByTimeAsync(3);
      }
      await vi.advanceTimersByTimeAsync(LOG_WRITE_GAP_MS);
      // The worker dies here: no flush, no compaction. A new one reads storage back.
      expect(Object.keys(area.data).some((k) => k.startsWith('site:'))).toBe(false);
      const after = new DurableLedger(area, limits);
      await after.ready;
      expect(after.ledger).toEqual(before.ledger);
      expect(after.ledger.sites[SITE]?.responses).toBe(120);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes a lone response at once, and the next no sooner than the gap after the last write left', async () => {
    vi.useFakeTimers();
    try {
      const area = new FakeStorage();
      const logs = logWrites(area);
      const ledger = new DurableLedger(area, limits);
      await ledger.ready;
      ledger.record(response(`${SITE}/first`, ['a=1']));
      await vi.advanceTimersByTimeAsync(0);
      expect(logs).toEqual([1]);
      await vi.advanceTimersByTimeAsync(10);
      ledger.record(response(`${SITE}/second`, ['a=1']));
      ledger.record(response(`${SITE}/third`, ['a=1']));
      await vi.advanceTimersByTimeAsync(LOG_WRITE_GAP_MS - 11);
      expect(logs).toEqual([1]);
      await vi.advanceTimersByTimeAsync(1);
      expect(logs).toEqual([1, 2]);
      // Quiet for longer than the gap: the next response goes at once again.
      await vi.advanceTimersByTimeAsync(LOG_WRITE_GAP_MS * 2);
      ledger.record(response(`${SITE}/fourth`, ['a=1']));
      await vi.advanceTimersByTimeAsync(0);
      expect(logs).toEqual([1, 2, 1]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not wait for the gap when asked to flush, as clearing a site does', async () => {
    vi.useFakeTimers();
    try {
      const area = new FakeStorage();
      const logs = logWrites(area);
      const ledger = new DurableLedger(area, limits);
      await ledger.ready;
      ledger.record(response(`${SITE}/first`, ['a=1']));
      await vi.advanceTimersByTimeAsync(10);
      ledger.record(response(`${SITE}/second`, ['a=1']));
      let flushed = false;
      void ledger.flush().then(() => (flushed = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(flushed).toBe(true);
      expect(logs).toEqual([1, 1]);
      expect((area.data[`site:${SITE}`] as { responses: number }).responses).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes what waits for the gap at once when asked to, and after the write in flight if there is one', async () => {
    vi.useFakeTimers();
    try {
      const area = new FakeStorage();
      const logs = logWrites(area);
      const ledger = new DurableLedger(area, limits);
      await ledger.ready;
      ledger.record(response(`${SITE}/first`, ['a=1']));
      await vi.advanceTimersByTimeAsync(10);
      ledger.record(response(`${SITE}/second`, ['a=1']));
      ledger.writeNow();
      await vi.advanceTimersByTimeAsync(0);
      expect(logs).toEqual([1, 1]);
      const acknowledge = holdLogAcknowledgements(area);
      ledger.record(response(`${SITE}/third`, ['a=1']));
      ledger.writeNow();
      await vi.advanceTimersByTimeAsync(0);
      ledger.record(response(`${SITE}/fourth`, ['a=1']));
      ledger.record(response(`${SITE}/fifth`, ['a=1']));
      ledger.writeNow();
      await vi.advanceTimersByTimeAsync(0);
      expect(logs).toEqual([1, 1, 1]);
      await acknowledge.acknowledgeAll();
      expect(logs).toEqual([1, 1, 1, 2]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('groups the responses recorded while a log write is on its way into the one write after it', async () => {
    vi.useFakeTimers();
    try {
      const area = new FakeStorage();
      const ledger = new DurableLedger(area, limits);
      await ledger.ready;
      const acknowledge: (() => void)[] = [];
      const set = area.set.bind(area);
      area.set = (items) => set(items).then(() => new Promise<void>((done) => acknowledge.push(done)));
      ledger.record(response(`${SITE}/first`, ['a=1']));
      await vi.advanceTimersByTimeAsync(0);
      // A slow storage: the first write is acknowledged long after the gap.
      for (let i = 0; i < 50; i++) {
        ledger.record(response(`${SITE}/p${i}`, ['a=1']));
        await vi.advanceTimersByTimeAsync(LOG_WRITE_GAP_MS / 25);
      }
      expect(area.writes).toBe(1);
      acknowledge.shift()?.();
      await vi.advanceTimersByTimeAsync(0);
      expect(area.writes).toBe(2);
      const logs = Object.entries(area.data).filter(([k]) => k.startsWith('log:'));
      expect(logs.map(([, entries]) => (JSON.parse(entries as string) as unknown[]).length)).toEqual([1, 50]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("judges a script change after the responses recorded before it, though it applies them only when read", async () => {
    const ledger = new DurableLedger(new FakeStorage(), limits);
    await ledger.ready;
    const revision = ledger.revision(SITE);
    ledger.record(response(`${SITE}/a`, ['a=1; Path=/'], { time: T0 }));
    ledger.recordScript({ site: SITE, name: 'a', value: '1', domain: '127.0.0.1', hostOnly: true, path: '/', secure: false, time: T0 + 5 });
    ledger.record(response(`${SITE}/b`, ['a=2; Path=/'], { time: T0 + 10 }));
    expect(ledger.revision(SITE)).toBeGreaterThan(revision);
    const a = Object.values(ledger.ledger.sites[SITE]?.cookies ?? {}).find((c) => c.name === 'a');
    expect(a).toMatchObject({ setCount: 2, scriptChanges: 0, lastValue: '2' });
  });

  it('lists the sites of responses it has not applied yet, and of those it has', async () => {
    const ledger = new DurableLedger(new FakeStorage(), limits);
    await ledger.ready;
    ledger.record(response(`${SITE}/`, ['a=1']));
    expect(ledger.siteKeys()).toEqual([SITE]);
    ledger.record(response('https://other.example/', [], { type: 'main_frame', topUrl: null }));
    expect(ledger.siteKeys().sort()).toEqual([SITE, 'https://other.example']);
    expect(Object.keys(ledger.ledger.sites).sort()).toEqual([SITE, 'https://other.example']);
    expect(ledger.siteKeys().sort()).toEqual([SITE, 'https://other.example']);
  });

  it('rewrites site records and drops the logs they absorbed when compacting', async () => {
    const area = new FakeStorage();
    const ledger = new DurableLedger(area, limits);
    await ledger.ready;
    for (let i = 0; i < 10; i++) ledger.record(response(`${SITE}/p${i}`, ['a=1']));
    await ledger.flush();
    expect(Object.keys(area.data).filter((k) => k.startsWith('log:'))).toEqual([]);
    expect((area.data[`site:${SITE}`] as { responses: number }).responses).toBe(10);
    const reread = new DurableLedger(area, limits);
    await reread.ready;
    expect(reread.ledger.sites[SITE]?.responses).toBe(10);
  });

  it('never counts a response twice when the worker died between a compaction and the removal of its logs', async () => {
    const area = new FakeStorage();
    const ledger = new DurableLedger(area, limits);
    await ledger.ready;
    for (let i = 0; i < 5; i++) ledger.record(response(`${SITE}/p${i}`, ['a=1']));
    await Promise.resolve();
    const logs = Object.fromEntries(Object.entries(area.data).filter(([k]) => k.startsWith('log:')));
    await ledger.flush();
    Object.assign(area.data, logs);
    const reread = new DurableLedger(area, limits);
    await reread.ready;
    expect(reread.ledger.sites[SITE]?.responses).toBe(5);
  });

  it('never counts a response twice when a compaction comes while it waits for its log write', async () => {
    vi.useFakeTimers();
    try {
      const area = new FakeStorage();
      const ledger = new DurableLedger(area, limits);
      await ledger.ready;
      const logs = holdLogAcknowledgements(area);
      ledger.record(response(`${SITE}/a`, ['a=1']));
      await vi.advanceTimersByTimeAsync(0);
      ledger.record(response(`${SITE}/b`, ['a=1']));
      ledger.record(response(`${SITE}/c`, ['a=1']));
      // Quiet long enough for the idle compaction, with b and c still behind the first write.
      await vi.advanceTimersByTimeAsync(5000);
      expect(area.data[`site:${SITE}`]).toMatchObject({ responses: 3 });
      await logs.acknowledgeAll();
      const reread = new DurableLedger(area, limits);
      await reread.ready;
      expect(reread.ledger.sites[SITE]?.responses).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never counts a response twice when a compaction is retried after storage was full', async () => {
    vi.useFakeTimers();
    try {
      const area = new FakeStorage();
      const ledger = new DurableLedger(area, limits);
      await ledger.ready;
      const logs = holdLogAcknowledgements(area);
      // The first compaction is refused when the test says.
      let refuse: ((e: Error) => void) | null = null;
      const holding = area.set.bind(area);
      area.set = (items) => ('ledger-meta' in items && refuse === null ? new Promise<void>((_, reject) => (refuse = reject)) : holding(items));
      ledger.record(response(`${SITE}/a`, ['a=1'], { time: T0 }));
      await vi.advanceTimersByTimeAsync(5000);
      expect(refuse).not.toBeNull();
      // While the compaction is on its way and the first log write unacknowledged, another site's response.
      ledger.record(response('http://other.test/x', ['b=1'], { type: 'main_frame', topUrl: null, time: T0 + 10 }));
      await vi.advanceTimersByTimeAsync(0);
      refuse!(new Error('QUOTA_BYTES quota exceeded'));
      await vi.advanceTimersByTimeAsync(0);
      // The first log write is acknowledged; the worker dies before the next quiet compaction.
      await logs.acknowledgeAll();
      const reread = new DurableLedger(area, limits);
      await reread.ready;
      expect(reread.ledger.sites['http://other.test']?.responses).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('replays script changes as well as responses', async () => {
    const area = new FakeStorage();
    const ledger = new DurableLedger(area, limits);
    await ledger.ready;
    ledger.record(response(`${SITE}/`, []));
    ledger.recordScript({ site: SITE, name: 'theme', value: 'dark', domain: '127.0.0.1', hostOnly: true, path: '/', secure: false, time: T0 }, );
    await Promise.resolve();
    const reread = new DurableLedger(area, limits);
    await reread.ready;
    expect(Object.values(reread.ledger.sites[SITE]?.cookies ?? {})[0]).toMatchObject({ name: 'theme', scriptChanges: 1, setCount: 0 });
  });

  it('ignores damaged log entries and keeps the rest', async () => {
    const area = new FakeStorage();
    area.data['log:000000000001'] = JSON.stringify([{ obs: { url: 1 } }, 'junk', { obs: response(`${SITE}/`, ['a=1']) }]);
    area.data['log:000000000002'] = '[{"obs":';
    area.data['log:000000000003'] = 42;
    const ledger = new DurableLedger(area, limits);
    await ledger.ready;
    expect(ledger.ledger.sites[SITE]?.responses).toBe(1);
  });

  it('replays a log written by an earlier build, which stored the entries as an array', async () => {
    const area = new FakeStorage();
    area.data['log:000000000001'] = [{ obs: response(`${SITE}/a`, ['a=1']) }, { obs: response(`${SITE}/b`, ['b=2']) }];
    const ledger = new DurableLedger(area, limits);
    await ledger.ready;
    expect(ledger.ledger.sites[SITE]?.responses).toBe(2);
    expect(Object.values(ledger.ledger.sites[SITE]?.cookies ?? {}).map((c) => c.name).sort()).toEqual(['a', 'b']);
  });
});
