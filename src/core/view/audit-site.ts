/** Runs the pure audit for what the extension pages show: one tab's site, or every recorded site. */
import { auditSite } from '../core/audit';
import type { SiteAudit } from '../core/audit/types';
import { createSite } from '../core/ledger';
import type { Ledger } from '../core/ledger/types';
import type { TabView } from '../core/messages';

export interface AuditInput {
  now: number;
  /** The user's wordlist, tried after the built-in known secrets. */
  secrets: (string | Uint8Array)[];
  includeValues: boolean;
}

/** The tab's site with the jar snapshot; a site only the jar knows is audited from the jar alone. */
export function auditTabView(view: TabView, input: AuditInput): SiteAudit | null {
  if (view.site === null) return null;
  if (view.record === null && view.jar.length === 0) return null;
  const record = view.record ?? createSite(view.site, input.now);
  return auditSite(record, { ...input, jar: { [view.site]: view.jar } });
}

/** Every site of the ledgers, most recently seen first. */
export function auditLedgers(ledgers: readonly Ledger[], input: AuditInput): SiteAudit[] {
  return ledgers
    .flatMap((ledger) => Object.values(ledger.sites))
    .sort((a, b) => b.lastSeen - a.lastSeen)
    .map((site) => auditSite(site, input));
}
