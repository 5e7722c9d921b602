import { t } from './i18n';

/** The recording switch: on while responses are recorded, off while paused. */
export function RecordSwitch({ paused, onChange }: { paused: boolean; onChange(paused: boolean): void }) {
  return (
    <button type="button" role="switch" class="switch" aria-checked={!paused} onClick={() => onChange(!paused)}>
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      <span class="switch-label">{t('recording')}</span>
    </button>
  );
}
