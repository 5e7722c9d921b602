/**
 * The background is the one place a site is audited: the popup, the report page, the badge and
 * the exports all show the same audit, made with the browser's jar for the site. An audit is kept
 * until the site's record, its jar or the wordlist changes (or it is a minute old: expiry moves
 * with the clock), so opening the popup right after a page loaded costs no audit at all.
 */
import type { JarCookie, SiteAudit } from '../core/audit/types';
import { auditSiteWithJar, siteModel, siteRow, type SiteModel, type SiteRow } from '../core/view';
import type { LedgerStore } from '../platform/ledger-store';
import type { WordlistStore } from '../platform/wordlist-store';

export interface Deps {
  store: LedgerStore;
  wordlist: WordlistStore;
  /** The browser's cookies for the site, in the store of that tab or of that kind of window. */
  jar(site: string, incognito: boolean, tabId: number | null): Promise<JarCookie[]>;
  now(): number;
}

export interface SiteRef {
  site: string;
  incognito: boolean;
  /** The tab the site is shown in, whose cookie store holds its jar; null for the report page. */
  tabId: number | null;
  /** Try the user's wordlist too. */
  wordlist: boolean;
}

interface Made<T> {
  revision: number;
  jarPrint: string;
  wordlistRevision: number;
  at: number;
  value: T;
}

/** Site models are big (a 2,000-cookie site is megabytes): only the recently shown are kept. */
const MAX_MODELS = 16;
const MAX_AGE_MS = 60_000;

export function createSiteAudits(deps: Deps) {
  const models = new Map<string, Made<SiteModel | null>>();
  const rows = new Map<string, Made<SiteRow | null>>();

  async function current(ref: SiteRef) {
    const jar = await deps.jar(ref.site, ref.incognito, ref.tabId);
    // Read after the await: from here to the audit nothing else runs, so the revision is the record's.
    return {
      jar,
      key: `${ref.incognito ? 'private' : 'normal'} ${ref.wordlist ? 'wordlist' : 'built-in'} ${ref.site}`,
      stamp: { revision: deps.store.revision(ref.site, ref.incognito), jarPrint: JSON.stringify(jar), wordlistRevision: ref.wordlist ? deps.wordlist.revision : 0 },
    };
  }

  function fresh<T>(made: Made<T> | undefined, stamp: Omit<Made<T>, 'at' | 'value'>, now: number): made is Made<T> {
    return made !== undefined && made.revision === stamp.revision && made.jarPrint === stamp.jarPrint && made.wordlistRevision === stamp.wordlistRevision && now - made.at < MAX_AGE_MS;
  }

  function audit(ref: SiteRef, jar: JarCookie[], includeValues: boolean): SiteModel | null {
    const record = (ref.incognito ? deps.store.incognito : deps.store.ledger).sites[ref.site] ?? null;
    const wordlist = ref.wordlist ? deps.wordlist.secrets() : [];
    const result = auditSiteWithJar(ref.site, record, jar, { now: deps.now(), wordlist, includeValues });
    return result && siteModel(result, record, jar);
  }

  /** The cached model when still fresh for this state of the site, else a new audit, kept. */
  function modelFor(ref: SiteRef, { jar, key, stamp }: Awaited<ReturnType<typeof current>>): SiteModel | null {
    const now = deps.now();
    const made = models.get(key);
    if (fresh(made, stamp, now)) {
      models.delete(key);
      models.set(key, made);
      return made.value;
    }
    const value = audit(ref, jar, false);
    models.set(key, { ...stamp, at: now, value });
    for (const old of models.keys()) if (models.size > MAX_MODELS) models.delete(old);
    rows.set(key, { ...stamp, at: now, value: value && siteRow(value, ref.incognito) });
    return value;
  }

  return {
    /** The site audited, joined with its records and jar; null when nothing of it is known. */
    async model(ref: SiteRef): Promise<SiteModel | null> {
      return modelFor(ref, await current(ref));
    },

    /** The report page's row for the site: kept for every site, since rows are small. */
    async row(ref: SiteRef): Promise<SiteRow | null> {
      const state = await current(ref);
      const made = rows.get(state.key);
      if (fresh(made, state.stamp, deps.now())) return made.value;
      const model = modelFor(ref, state);
      return model && siteRow(model, ref.incognito);
    },

    /** An audit for an export: with values when the user asked for them, so never the cached one. */
    async forExport(ref: SiteRef, includeValues: boolean): Promise<SiteAudit | null> {
      if (!includeValues) return (await this.model(ref))?.audit ?? null;
      return audit(ref, await deps.jar(ref.site, ref.incognito, ref.tabId), true)?.audit ?? null;
    },

    forgetAll(): void {
      models.clear();
      rows.clear();
    },
  };
}

export type SiteAudits = ReturnType<typeof createSiteAudits>;
