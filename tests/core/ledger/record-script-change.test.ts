import { describe, expect, it } from 'vitest';
import { createLedger, recordObservation, recordScriptChange, type ScriptChange } from '../../../src/core/ledger';
import { response, T0 } from './observations';

const SITE = 'http://127.0.0.1:5000';
const change = (value: string, time: number): ScriptChange => ({ site: SITE, name: 'session', value, domain: '127.0.0.1', hostOnly: true, path: '/', secure: false, time });
const cookie = (ledger: ReturnType<typeof createLedger>) => Object.values(ledger.sites[SITE]?.cookies ?? {})[0];

describe('recordScriptChange', () => {
  it('recognises the jar change a Set-Cookie header made', () => {
    const ledger = createLedger();
    recordObservation(ledger, response(`${SITE}/`, ['session=v1; Path=/'], { time: T0 }));
    expect(recordScriptChange(ledger, change('v1', T0 + 5))).toBe(false);
    expect(cookie(ledger)?.scriptChanges).toBe(0);
  });

  it('recognises it too when the header re-set the cookie again before the change was reported', () => {
    const ledger = createLedger();
    // Flask's refreshed session: a new value on every response, the jar events a second behind.
    for (let i = 0; i < 5; i++) recordObservation(ledger, response(`${SITE}/p${i}`, [`session=v${i}; HttpOnly; Path=/`], { time: T0 + i * 100 }));
    for (let i = 0; i < 5; i++) expect(recordScriptChange(ledger, change(`v${i}`, T0 + i * 100 + 5))).toBe(false);
    expect(cookie(ledger)?.scriptChanges).toBe(0);
  });

  it('counts a value no header ever set as a script change', () => {
    const ledger = createLedger();
    recordObservation(ledger, response(`${SITE}/`, ['session=v1; Path=/'], { time: T0 }));
    expect(recordScriptChange(ledger, change('set-by-js', T0 + 5))).toBe(true);
    expect(cookie(ledger)?.scriptChanges).toBe(1);
  });

  it('counts a script setting a value back after a header deleted the cookie', () => {
    const ledger = createLedger();
    recordObservation(ledger, response(`${SITE}/`, ['session=v1; Path=/'], { time: T0 }));
    recordObservation(ledger, response(`${SITE}/logout`, ['session=; Max-Age=0; Path=/'], { time: T0 + 10 }));
    expect(recordScriptChange(ledger, change('', T0 + 20))).toBe(true);
  });

  it('creates the record of a cookie only a script set', () => {
    const ledger = createLedger();
    expect(recordScriptChange(ledger, change('js', T0))).toBe(true);
    expect(cookie(ledger)).toMatchObject({ name: 'session', lastValue: 'js', scriptChanges: 1, setCount: 0, live: true });
  });
});
