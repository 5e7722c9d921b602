/** Runs the pure audit for what the extension pages show: one site, with the browser's jar for it. */
import { auditSite } from '../audit';
import type { JarCookie, SiteAudit } from '../audit/types';
import { createSite } from '../ledger';
import type { SiteRecord } from '../ledger/types';

export interface AuditInput {
  now: number;
  /** The user's wordlist, tried after the built-in known secrets. */
  wordlist: readonly (string | Uint8Array)[];
  includeValues: boolean;
}

/**
 * The site's record audited with the jar snapshot; a site only the jar knows is audited from the
 * jar alone, and a site neither knows has nothing to audit (null).
 */
export function auditSiteWithJar(site: string, record: SiteRecord | null, jar: readonly JarCookie[], input: AuditInput): SiteAudit | null {
  if (record === null && jar.length === 0) return null;
  return auditSite(record ?? createSite(site, input.now), { ...input, wordlist: [...input.wordlist], jar: { [site]: [...jar] } });
}
