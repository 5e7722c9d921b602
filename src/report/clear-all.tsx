import { useState } from 'preact/hooks';
import { t } from '../ui/i18n';

/** "Clear all data", asked twice: it erases every recorded site. */
export function ClearAll({ onClear }: { onClear(): void }) {
  const [asking, setAsking] = useState(false);
  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p class="muted">{t('dataHelp')}</p>
      {asking ? (
        <div class="confirm" role="group" aria-label={t('clearAllConfirm')}>
          <p>{t('clearAllConfirm')}</p>
          <button
            type="button"
            class="danger clear-all-confirm"
            onClick={() => {
              setAsking(false);
              onClear();
            }}
          >
            {t('clearAllYes')}
          </button>{' '}
          <button type="button" onClick={() => setAsking(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="danger clear-all" onClick={() => setAsking(true)}>
          {t('clearAll')}
        </button>
      )}
    </section>
  );
}
