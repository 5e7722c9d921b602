import type { JarCookie } from '../core/audit/types';
import type { CookieRecord, SiteRecord } from '../core/ledger/types';
import { domainKey } from '../core/ledger/domain-key';

/** One line of the popup's cookie list: the ledger's view merged with the browser's jar. */
export interface CookieRow {
  key: string;
  name: string;
  domain: string;
  path: string;
  source: 'header' | 'script' | 'jar';
  record: CookieRecord | null;
  jar: JarCookie | null;
  /** Responses that could have carried the cookie since it was first set. */
  eligible: number;
}

export function cookieRows(record: SiteRecord | null, jar: readonly JarCookie[]): CookieRow[] {
  const rows = new Map<string, CookieRow>();
  for (const c of Object.values(record?.cookies ?? {})) {
    const key = `${c.name}\u0000${c.domain}\u0000${c.path}`;
    const eligible = (record?.domainResponses[domainKey(c.domain, c.hostOnly)] ?? 0) - c.responseBaseline;
    const source = c.setCount + c.deletions + c.rejections > 0 ? 'header' : 'script';
    rows.set(key, { key, name: c.name, domain: c.domain, path: c.path, source, record: c, jar: null, eligible });
  }
  for (const j of jar) {
    const key = `${j.name}\u0000${j.domain}\u0000${j.path}`;
    const row = rows.get(key);
    if (row) row.jar = j;
    else rows.set(key, { key, name: j.name, domain: j.domain, path: j.path, source: 'jar', record: null, jar: j, eligible: 0 });
  }
  return [...rows.values()].sort((a, b) => (b.record?.setCount ?? 0) - (a.record?.setCount ?? 0) || a.name.localeCompare(b.name));
}
