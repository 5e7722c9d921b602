import { domainKey } from '../ledger/domain-key';
import type { CookieRecord, SiteRecord } from '../ledger/types';

/** Responses that could have carried the cookie (their host domain-matches it) since it was first set. */
export function eligibleResponses(site: SiteRecord, record: CookieRecord): number {
  const total = site.domainResponses[domainKey(record.domain, record.hostOnly)] ?? 0;
  return Math.max(0, total - record.responseBaseline);
}
