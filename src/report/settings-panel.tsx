import type { Settings } from '../core/messages';
import { t } from '../ui/i18n';
import { RecordSwitch } from '../ui/record-switch';

/** The settings the background keeps: values in exports, history length, recording. */
export function SettingsPanel({ settings, onChange }: { settings: Settings; onChange(patch: Partial<Settings>): void }) {
  const history = (input: HTMLInputElement) => {
    const n = Number(input.value);
    if (Number.isInteger(n) && n >= 1 && n <= 200 && n !== settings.historyPerCookie) onChange({ historyPerCookie: n });
  };
  return (
    <section class="card" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      <div class="setting">
        <input
          id="include-values"
          type="checkbox"
          checked={settings.includeValues}
          onChange={(e) => onChange({ includeValues: (e.currentTarget as HTMLInputElement).checked })}
        />
        <label for="include-values">{t('includeValues')}</label>
        <p class="muted setting-help">{t('includeValuesHelp')}</p>
      </div>
      <div class="setting">
        <label for="history-length">{t('historyLength')}</label>
        <input
          id="history-length"
          type="number"
          min={1}
          max={200}
          value={settings.historyPerCookie}
          onChange={(e) => history(e.currentTarget as HTMLInputElement)}
        />
        <p class="muted setting-help">{t('historyLengthHelp')}</p>
      </div>
      <div class="setting">
        <RecordSwitch paused={settings.paused} onChange={(paused) => onChange({ paused })} />
        <p class="muted setting-help">{settings.paused ? t('paused') : t('recordingHelp')}</p>
      </div>
    </section>
  );
}
