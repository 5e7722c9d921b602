import { useCallback, useState } from 'preact/hooks';
import type { PageQuery } from '../core/view/page-query';
import type { SitePage } from '../core/view/site-page';
import type { SiteRow } from '../core/view/site-row';
import { GradeBadge } from '../ui/grade-badge';
import { t } from '../ui/i18n';
import { formatTime, isoTime } from '../ui/labels';
import { SeverityCounts } from '../ui/severity-counts';
import { SiteDetail } from './site-detail';

const COLUMNS = 6;

export interface LoadSite {
  (row: Pick<SiteRow, 'site' | 'private'>, query: PageQuery): Promise<SitePage | null>;
}

interface TableProps {
  sites: SiteRow[];
  loadSite: LoadSite;
  /** Whether opened sites are audited with the user's wordlist too. */
  wordlist: boolean;
}

/** All recorded sites, one row each; a row opens to the same findings and cookies as the popup. */
export function SitesTable({ sites, loadSite, wordlist }: TableProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (site: string) => {
    const next = new Set(open);
    if (next.has(site)) next.delete(site);
    else next.add(site);
    setOpen(next);
  };
  return (
    <table class="sites-table">
      <thead>
        <tr>
          <th scope="col">{t('columnSite')}</th>
          <th scope="col">{t('columnGrade')}</th>
          <th scope="col">{t('columnFindings')}</th>
          <th scope="col" class="num">
            {t('columnResponses')}
          </th>
          <th scope="col" class="num">
            {t('columnCookies')}
          </th>
          <th scope="col">{t('columnLastSeen')}</th>
        </tr>
      </thead>
      {sites.map((s, i) => (
        <SiteRows key={rowKey(s)} row={s} index={i} expanded={open.has(rowKey(s))} onToggle={() => toggle(rowKey(s))} loadSite={loadSite} wordlist={wordlist} />
      ))}
    </table>
  );
}

/** A site may be in both ledgers: a private page lists it twice, once as private windows saw it. */
function rowKey(row: SiteRow): string {
  return `${row.private ? 'private' : 'normal'} ${row.site}`;
}

interface RowProps {
  row: SiteRow;
  index: number;
  expanded: boolean;
  onToggle(): void;
  loadSite: LoadSite;
  wordlist: boolean;
}

function SiteRows({ row, index, expanded, onToggle, loadSite, wordlist }: RowProps) {
  const detailId = `site-${index}-detail`;
  // One function per site for as long as the row lives: a new one would ask the background again.
  const load = useCallback((query: PageQuery) => loadSite(row, query), [loadSite, row.site, row.private]);
  return (
    <tbody class={expanded ? 'site-rows is-open' : 'site-rows'}>
      <tr data-site={row.site}>
        <th scope="row" class="site-cell">
          <button type="button" class="expander" aria-expanded={expanded} aria-controls={detailId} onClick={onToggle}>
            <span class="chevron" aria-hidden="true" />
            <span class="site-origin">{row.site}</span>
          </button>
          {row.private && <span class="badge">{t('privateBadge')}</span>}
        </th>
        <td>
          <GradeBadge grade={row.summary.grade} score={row.summary.score} />
        </td>
        <td>
          <SeverityCounts counts={row.summary.counts} />
        </td>
        <td class="num">{row.responses}</td>
        <td class="num">{row.cookies}</td>
        <td>
          <time dateTime={isoTime(row.lastSeen)}>{formatTime(row.lastSeen)}</time>
        </td>
      </tr>
      <tr id={detailId} class="site-detail" hidden={!expanded}>
        <td colSpan={COLUMNS}>{expanded && <SiteDetail load={load} wordlist={wordlist} idPrefix={`site-${index}`} />}</td>
      </tr>
    </tbody>
  );
}
