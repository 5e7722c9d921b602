import { useState } from 'preact/hooks';
import { GradeBadge } from '../ui/grade-badge';
import { t } from '../ui/i18n';
import { formatTime, isoTime } from '../ui/labels';
import { SeverityCounts } from '../ui/severity-counts';
import { SiteView } from '../ui/site-view';
import type { ReportSite } from './report-sites';

const COLUMNS = 6;

/** All recorded sites, one row each; a row opens to the same findings and cookies as the popup. */
export function SitesTable({ sites }: { sites: ReportSite[] }) {
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
        <SiteRows key={s.model.site} site={s} index={i} expanded={open.has(s.model.site)} onToggle={() => toggle(s.model.site)} />
      ))}
    </table>
  );
}

function SiteRows({ site, index, expanded, onToggle }: { site: ReportSite; index: number; expanded: boolean; onToggle(): void }) {
  const { audit, cookies } = site.model;
  const detailId = `site-${index}-detail`;
  return (
    <tbody class={expanded ? 'site-rows is-open' : 'site-rows'}>
      <tr data-site={audit.site}>
        <th scope="row" class="site-cell">
          <button type="button" class="expander" aria-expanded={expanded} aria-controls={detailId} onClick={onToggle}>
            <span class="chevron" aria-hidden="true" />
            <span class="site-origin">{audit.site}</span>
          </button>
          {site.private && <span class="badge">{t('privateBadge')}</span>}
        </th>
        <td>
          <GradeBadge grade={audit.summary.grade} score={audit.summary.score} />
        </td>
        <td>
          <SeverityCounts counts={audit.summary.counts} />
        </td>
        <td class="num">{audit.responses}</td>
        <td class="num">{cookies.length}</td>
        <td>
          <time dateTime={isoTime(audit.lastSeen)}>{formatTime(audit.lastSeen)}</time>
        </td>
      </tr>
      <tr id={detailId} class="site-detail" hidden={!expanded}>
        <td colSpan={COLUMNS}>{expanded && <SiteView model={site.model} idPrefix={`site-${index}`} headingLevel={3} />}</td>
      </tr>
    </tbody>
  );
}
