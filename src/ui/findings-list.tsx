import type { Finding } from '../core/audit/types';
import type { FindingGroup } from '../core/view/finding-groups';
import { GROUP_PAGE } from '../core/view/page-query';
import { Heading } from './heading';
import { localise, t } from './i18n';
import { SeverityTag } from './severity-counts';

/** The groups sent; a site with thousands of findings shows them a screenful at a time (`more` left). */
export function FindingsList({ groups, more, onMore, headingLevel }: { groups: FindingGroup[]; more: number; onMore(): void; headingLevel: number }) {
  return (
    <>
      {groups.map((g) => (
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
      {more > 0 && (
        <button type="button" class="more-button" onClick={onMore}>
          {t('showMoreGroups', [Math.min(more, GROUP_PAGE), more])}
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
        <span class="finding-message">{localise(f.text?.message, f.message)}</span>
      </div>
      <div class="finding-meta">
        <code class="rule-id">{f.ruleId}</code>
        {f.thirdParty && <span class="badge" title={t('thirdPartyHint')}>{t('thirdParty')}</span>}
      </div>
      <p class="finding-fix">
        <span class="fix-label">{t('fix')}</span> {localise(f.text?.fix, f.fix)}
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
