import { describe, expect, it } from 'vitest';
import { createLedger, recordObservation } from '../../../src/core/ledger';
import { auditSite, badgeCount } from '../../../src/core/audit';
import { response, T0 } from '../ledger/observations';

describe('badgeCount', () => {
  it("counts the site's own high and critical findings", () => {
    const ledger = createLedger();
    const top = 'https://shop.example/';
    recordObservation(ledger, response(top, ['sessionid=abc123; Path=/; SameSite=Lax'], { topUrl: top, type: 'main_frame', time: T0 }));
    recordObservation(ledger, response('https://shop.example/x', ['__Host-id=1; Path=/; Domain=shop.example; Secure'], { topUrl: top, time: T0 + 1 }));
    const site = ledger.sites['https://shop.example'];
    // sessionid: cookie-without-secure (high) and cookie-without-httponly (high); __Host-id: prefix-violation (high).
    expect(site && badgeCount(auditSite(site, { now: T0 + 2 }).findings)).toBe(3);
  });

  it('leaves third-party findings out, as the grade does', () => {
    const ledger = createLedger();
    const top = 'https://shop.example/';
    recordObservation(ledger, response('https://tracker.example/p.gif', ['uid=1; Path=/; SameSite=None'], { topUrl: top, type: 'image', time: T0 }));
    const site = ledger.sites['https://shop.example'];
    expect(site && badgeCount(auditSite(site, { now: T0 + 1 }).findings)).toBe(0);
  });
});
