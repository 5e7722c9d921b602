import { SEVERITIES, type Severity } from '../core/audit/types';
import { t } from './i18n';
import { severityLabel } from './labels';

/** "2 critical · 5 high · …": one chip per severity, the empty ones dimmed. */
export function SeverityCounts({ counts }: { counts: Record<Severity, number> }) {
  return (
    <ul class="severity-counts" aria-label={t('findingsBySeverity')}>
      {SEVERITIES.map((s) => (
        <li key={s} class={`count-chip sev-${s}${counts[s] === 0 ? ' is-zero' : ''}`}>
          <span class="count-number">{counts[s]}</span> {severityLabel(s)}
        </li>
      ))}
    </ul>
  );
}

export function SeverityTag({ severity }: { severity: Severity }) {
  return <span class={`sev-tag sev-${severity}`}>{severityLabel(severity)}</span>;
}
