import { useState } from 'preact/hooks';
import { REPORT_FORMATS, type ReportFormat } from '../core/report';
import { t } from './i18n';
import { formatLabel } from './labels';

/** One button per report format; the caller builds and saves the file, this says how it went. */
export function ExportControls({ idPrefix, onExport }: { idPrefix: string; onExport(format: ReportFormat): Promise<string> }) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const run = (format: ReportFormat) => {
    setStatus({ text: t('exporting'), error: false });
    onExport(format).then(
      (fileName) => setStatus({ text: t('exported', [fileName]), error: false }),
      (error: unknown) => setStatus({ text: t('exportFailed', [error instanceof Error ? error.message : String(error)]), error: true }),
    );
  };
  return (
    <div class="export">
      <div class="button-group" role="group" aria-labelledby={`${idPrefix}-export-label`}>
        <span id={`${idPrefix}-export-label`} class="group-label">
          {t('exportAs')}
        </span>
        {REPORT_FORMATS.map((f) => (
          <button key={f} type="button" data-format={f} onClick={() => run(f)}>
            {formatLabel(f)}
          </button>
        ))}
      </div>
      <p class={`export-status${status?.error ? ' is-error' : ''}`} role="status">
        {status?.text ?? ''}
      </p>
    </div>
  );
}
