import { SEVERITIES, type Severity } from '../core/audit/types';
import { t } from './i18n';
import { severityLabel } from './labels';

interface Props {
  idPrefix: string;
  counts: Record<Severity, number>;
  severities: ReadonlySet<Severity>;
  onSeverities(next: Set<Severity>): void;
  query: string;
  onQuery(query: string): void;
}

/** The cookie-name search and one toggle per severity. */
export function FilterBar({ idPrefix, counts, severities, onSeverities, query, onQuery }: Props) {
  const toggle = (s: Severity) => {
    const next = new Set(severities);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    onSeverities(next);
  };
  return (
    <div class="filter-bar">
      <label class="visually-hidden" for={`${idPrefix}-search`}>
        {t('searchLabel')}
      </label>
      <input
        id={`${idPrefix}-search`}
        class="search"
        type="search"
        placeholder={t('searchPlaceholder')}
        value={query}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <div class="severity-filter" role="group" aria-labelledby={`${idPrefix}-filter-label`}>
        <span id={`${idPrefix}-filter-label`} class="group-label">
          {t('filterBySeverity')}
        </span>
        {SEVERITIES.map((s) => (
          <button key={s} type="button" class={`toggle sev-${s}`} data-filter={s} aria-pressed={severities.has(s)} onClick={() => toggle(s)}>
            {severityLabel(s)}
            <span class="toggle-count">{counts[s]}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
