/**
 * Concise observations for the audit tests: a page visit, a sub-resource, recorded through the real
 * ledger at one-second steps ending before the fixed NOW, then audited.
 */
import { audit } from '../../../src/core/audit';
import type { AuditOptions, Finding, SiteAudit } from '../../../src/core/audit/types';
import { createLedger, recordObservation } from '../../../src/core/ledger';
import type { Ledger } from '../../../src/core/ledger/types';
import type { Observation } from '../../../src/core/observation';

/** 2026-11-23T18:00:00Z, the day the conformance session cookies were generated. */
export const NOW = Date.UTC(2026, 10, 23, 18, 0, 0);

type Extra = Partial<Omit<Observation, 'url' | 'setCookies'>>;

/** A top-level page response. */
export function page(url: string, setCookies: string[] = [], extra: Extra = {}): Observation {
  return { tabId: 1, topUrl: url, url, type: 'main_frame', status: 200, fromCache: false, time: 0, setCookies, ...extra };
}

/** A sub-resource of the page `top`. */
export function sub(top: string, url: string, setCookies: string[] = [], extra: Extra = {}): Observation {
  return page(url, setCookies, { topUrl: top, type: 'other', ...extra });
}

/** Records the observations one second apart, the last one second before NOW (unless they carry a time). */
export function ledgerOf(observations: readonly Observation[]): Ledger {
  const ledger = createLedger();
  observations.forEach((obs, i) => {
    const time = obs.time !== 0 ? obs.time : NOW - (observations.length - i) * 1000;
    recordObservation(ledger, { ...obs, time });
  });
  return ledger;
}

/** The audit of one site (the first, or the one named). */
export function auditOf(observations: readonly Observation[], options: Partial<AuditOptions> = {}, site?: string): SiteAudit {
  const result = audit(ledgerOf(observations), { now: NOW, ...options });
  const found = site === undefined ? result.sites[0] : result.sites.find((s) => s.site === site);
  if (!found) throw new Error(`no audit for ${site ?? 'any site'}`);
  return found;
}

/** Rule ids of the findings about the cookie `name`, sorted. */
export function rulesFor(site: SiteAudit, name: string): string[] {
  return site.findings.filter((f) => f.cookie?.name === name).map((f) => f.ruleId).sort();
}

export function findingFor(site: SiteAudit, name: string, ruleId: string): Finding | undefined {
  return site.findings.find((f) => f.cookie?.name === name && f.ruleId === ruleId);
}

/** `count` items made from their index, e.g. a user clicking around a site. */
export function repeat<T>(count: number, make: (i: number) => T): T[] {
  return Array.from({ length: count }, (_, i) => make(i));
}
