import { SEVERITIES, type Severity } from '../core/audit/types';
import { COOKIE_PAGE, GROUP_PAGE, type PageQuery } from '../core/view/page-query';
import type { SitePage } from '../core/view/site-page';
import { CookieList } from './cookie-list';
import { FilterBar } from './filter-bar';
import { FindingsList } from './findings-list';
import { Heading } from './heading';
import { t } from './i18n';

export interface SiteViewProps {
  page: SitePage;
  /** The query `page` answers; a change asks the background for the matching screenful. */
  query: PageQuery;
  onQuery(next: PageQuery): void;
  idPrefix: string;
  headingLevel: number;
}

/** One site's findings (worst first, grouped by cookie) and cookies, with the filters over both. */
export function SiteView({ page, query, onQuery, idPrefix, headingLevel }: SiteViewProps) {
  const span = { start: page.firstSeen, end: page.lastSeen };
  // A new filter starts again from the first screenful.
  const filter = (patch: Partial<PageQuery>) => onQuery({ ...query, ...patch, groups: GROUP_PAGE, cookies: COOKIE_PAGE });
  const severities = new Set<Severity>(query.severities);
  return (
    <div class="site-view">
      <FilterBar
        idPrefix={idPrefix}
        counts={page.summary.counts}
        severities={severities}
        onSeverities={(next) => filter({ severities: SEVERITIES.filter((s) => next.has(s)) })}
        query={query.query}
        onQuery={(text) => filter({ query: text })}
      />
      <section class="findings-section" aria-labelledby={`${idPrefix}-findings`}>
        <Heading level={headingLevel} id={`${idPrefix}-findings`} class="section-heading">
          {t('findingsHeading')} <span class="heading-count">{countText(page.findings)}</span>
        </Heading>
        {page.findings.total === 0 ? (
          <p class="empty">{t('noFindings')}</p>
        ) : page.groups.length === 0 ? (
          <p class="empty">{t('noMatchingFindings')}</p>
        ) : (
          <FindingsList groups={page.groups} more={page.moreGroups} onMore={() => onQuery({ ...query, groups: query.groups + GROUP_PAGE })} headingLevel={headingLevel + 1} />
        )}
      </section>
      <section class="cookies-section" aria-labelledby={`${idPrefix}-cookies`}>
        <Heading level={headingLevel} id={`${idPrefix}-cookies`} class="section-heading">
          {t('cookiesHeading')} <span class="heading-count">{countText(page.cookieCount)}</span>
        </Heading>
        {page.cookieCount.total === 0 ? (
          <p class="empty">{t('noCookies')}</p>
        ) : page.cookies.length === 0 ? (
          <p class="empty">{t('noMatchingCookies', [query.query])}</p>
        ) : (
          <CookieList
            cookies={page.cookies}
            more={page.moreCookies}
            onMore={() => onQuery({ ...query, cookies: query.cookies + COOKIE_PAGE })}
            span={span}
            headingLevel={headingLevel + 1}
          />
        )}
      </section>
    </div>
  );
}

function countText({ total, matching }: { total: number; matching: number }): string {
  return matching === total ? String(total) : t('countOf', [matching, total]);
}
