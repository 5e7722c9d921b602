import { useMemo, useState } from 'preact/hooks';
import type { Severity } from '../core/audit/types';
import { CookieList } from './cookie-list';
import { FilterBar } from './filter-bar';
import { ALL_SEVERITIES, groupFindings, matchesQuery } from './finding-groups';
import { FindingsList } from './findings-list';
import { Heading } from './heading';
import { t } from './i18n';
import type { SiteModel } from './site-model';

/** One site's findings (worst first, grouped by cookie) and cookies, with the filters over both. */
export function SiteView({ model, idPrefix, headingLevel }: { model: SiteModel; idPrefix: string; headingLevel: number }) {
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(ALL_SEVERITIES);
  const [query, setQuery] = useState('');
  const { audit } = model;
  const groups = useMemo(() => groupFindings(audit.findings, { severities, query }), [audit, severities, query]);
  const cookies = useMemo(() => model.cookies.filter((c) => matchesQuery(c.summary.name, query)), [model, query]);
  const shownFindings = groups.reduce((n, g) => n + g.findings.length, 0);
  const span = { start: audit.firstSeen, end: audit.lastSeen };
  return (
    <div class="site-view">
      <FilterBar
        idPrefix={idPrefix}
        counts={audit.summary.counts}
        severities={severities}
        onSeverities={setSeverities}
        query={query}
        onQuery={setQuery}
      />
      <section class="findings-section" aria-labelledby={`${idPrefix}-findings`}>
        <Heading level={headingLevel} id={`${idPrefix}-findings`} class="section-heading">
          {t('findingsHeading')} <span class="heading-count">{shownFindings === audit.findings.length ? audit.findings.length : t('countOf', [shownFindings, audit.findings.length])}</span>
        </Heading>
        {audit.findings.length === 0 ? (
          <p class="empty">{t('noFindings')}</p>
        ) : groups.length === 0 ? (
          <p class="empty">{t('noMatchingFindings')}</p>
        ) : (
          <FindingsList groups={groups} headingLevel={headingLevel + 1} />
        )}
      </section>
      <section class="cookies-section" aria-labelledby={`${idPrefix}-cookies`}>
        <Heading level={headingLevel} id={`${idPrefix}-cookies`} class="section-heading">
          {t('cookiesHeading')} <span class="heading-count">{cookies.length === model.cookies.length ? model.cookies.length : t('countOf', [cookies.length, model.cookies.length])}</span>
        </Heading>
        {model.cookies.length === 0 ? (
          <p class="empty">{t('noCookies')}</p>
        ) : cookies.length === 0 ? (
          <p class="empty">{t('noMatchingCookies', [query])}</p>
        ) : (
          <CookieList cookies={cookies} span={span} headingLevel={headingLevel + 1} />
        )}
      </section>
    </div>
  );
}
