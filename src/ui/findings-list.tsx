import { useState } from 'preact/hooks';
import type { Finding } from '../core/audit/types';
import type { FindingGroup } from './finding-groups';
import { Heading } from './heading';
import { t } from './i18n';
import { SeverityTag } from './severity-counts';

/** Cookie groups rendered at once; a site with thousands of findings shows them a page at a time. */
export const GROUP_PAGE = 60;

export function FindingsList({ groups, headingLevel }: { groups: FindingGroup[]; headingLevel: number }) {
  const [limit, setLimit] = useState(GROUP_PAGE);
  const shown = groups.slice(0, limit);
  const rest = groups.length - shown.length;
  return (
    <>
      {shown.map((g) => (
        <section key={g.key} class={`finding-group sev-border-${g.worst}`}>
          <Heading level={headingLevel} class="group-heading">
            {g.cookie ? (
              <>
                <code class="cookie-name">{g.cookie.name === '' ? t('nameless') : g.cookie.name}</code>
                <span class="cookie-scope">
                  {g.cookie.domain}
                  {g.cookie.path}
                </span>
              </>
            ) : (
              t('siteWide')
            )}
          </Heading>
          <ul class="findings">
            {g.findings.map((f, i) => (
              <FindingItem key={`${f.ruleId}-${i}`} finding={f} />
            ))}
          </ul>
        </section>
      ))}
      {rest > 0 && (
        <button type="button" class="more-button" onClick={() => setLimit(limit + GROUP_PAGE)}>
          {t('showMoreGroups', [Math.min(rest, GROUP_PAGE), rest])}
        </button>
      )}
    </>
  );
}

function FindingItem({ finding: f }: { finding: Finding }) {
  return (
    <li class="finding" data-rule={f.ruleId} data-severity={f.severity} data-cookie-name={f.cookie?.name ?? ''}>
      <div class="finding-head">
        <SeverityTag severity={f.severity} />
        <span class="finding-message">{f.message}</span>
      </div>
      <div class="finding-meta">
        <code class="rule-id">{f.ruleId}</code>
        {f.thirdParty && <span class="badge" title={t('thirdPartyHint')}>{t('thirdParty')}</span>}
      </div>
      <p class="finding-fix">
        <span class="fix-label">{t('fix')}</span> {f.fix}
      </p>
      {f.evidence !== '' && (
        <details class="evidence">
          <summary>{t('evidence')}</summary>
          <code class="evidence-text">{f.evidence}</code>
        </details>
      )}
    </li>
  );
}
