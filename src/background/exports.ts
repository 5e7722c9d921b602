/**
 * Exports are built where the audits are: in the background, from the same audits the pages show
 * (with the user's wordlist, and with values only when the setting says so). Where the background
 * can save a file (Firefox's background page) it saves it, so a popup closing does not cancel the
 * download; Chrome's worker cannot create the blob: URL a download needs, so it hands the file back.
 */
import type { SiteAudit } from '../core/audit/types';
import type { MessageMap } from '../core/messages';
import { exportFile, type ReportFormat } from '../core/report';
import type { DownloadRequest } from '../core/messages';
import type { LedgerStore } from '../platform/ledger-store';
import type { SettingsStore } from '../platform/settings-store';
import type { WordlistStore } from '../platform/wordlist-store';
import type { SiteAudits } from './site-audits';

interface Deps {
  audits: SiteAudits;
  store: LedgerStore;
  settings: SettingsStore;
  wordlist: WordlistStore;
  toolVersion: string;
  now(): number;
  /** Saves the file, or says it cannot (null) so the page saves it itself. */
  save: ((file: DownloadRequest, options: { incognito: boolean }) => Promise<void>) | null;
}

type Result = MessageMap['export-report']['response'];

export function createExports(deps: Deps) {
  const { audits, settings } = deps;

  async function deliver(audited: (SiteAudit | null)[], site: string | null, format: ReportFormat, incognito: boolean): Promise<Result> {
    const includeValues = settings.current.includeValues;
    const sites = audited.filter((a): a is SiteAudit => a !== null).sort((a, b) => b.lastSeen - a.lastSeen);
    const file = exportFile(sites, { site, format, includeValues, now: deps.now(), toolVersion: deps.toolVersion });
    if (!deps.save) return { fileName: file.fileName, file };
    await deps.save(file, { incognito });
    return { fileName: file.fileName, file: null };
  }

  const wordlist = () => deps.wordlist.current !== null;

  return {
    /** One tab's site. */
    async site(ref: { site: string; incognito: boolean; tabId: number }, format: ReportFormat): Promise<Result> {
      const audit = await audits.forExport({ ...ref, wordlist: wordlist() }, settings.current.includeValues);
      return deliver([audit], ref.site, format, ref.incognito);
    },

    /**
     * One site or every site (`site` null) the page may see: normal windows' sites, and private
     * windows' too when the page is itself in a private window.
     */
    async all(site: string | null, fromPrivate: boolean, format: ReportFormat): Promise<Result> {
      const kinds = fromPrivate ? [false, true] : [false];
      const refs = kinds.flatMap((incognito) => {
        const known = Object.keys((incognito ? deps.store.incognito : deps.store.ledger).sites);
        return (site === null ? known : known.filter((s) => s === site)).map((s) => ({ site: s, incognito }));
      });
      const includeValues = settings.current.includeValues;
      const audited = await Promise.all(refs.map((ref) => audits.forExport({ ...ref, tabId: null, wordlist: wordlist() }, includeValues)));
      return deliver(audited, site, format, fromPrivate);
    },
  };
}

export type Exports = ReturnType<typeof createExports>;
