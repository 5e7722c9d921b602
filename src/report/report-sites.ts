/** Every recorded site, audited, with its ledger record: normal windows' and private windows' alike. */
import type { Ledger } from '../core/ledger/types';
import { auditLedgers, type AuditInput } from '../ui/audit-sites';
import { siteModel, type SiteModel } from '../ui/site-model';

export interface ReportSite {
  model: SiteModel;
  /** Recorded in a private window: kept in memory only. */
  private: boolean;
}

export function reportSites(ledgers: { ledger: Ledger; incognito: Ledger }, input: AuditInput): ReportSite[] {
  const rows = (ledger: Ledger, isPrivate: boolean): ReportSite[] =>
    auditLedgers([ledger], input).map((audit) => ({ model: siteModel(audit, ledger.sites[audit.site] ?? null, []), private: isPrivate }));
  return [...rows(ledgers.ledger, false), ...rows(ledgers.incognito, true)].sort((a, b) => b.model.audit.lastSeen - a.model.audit.lastSeen);
}
