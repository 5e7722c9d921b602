import { useState } from 'preact/hooks';
import type { StoredWordlist } from '../core/messages';
import { t } from '../ui/i18n';

interface Props {
  wordlist: StoredWordlist | null;
  onPick(file: { name: string; text: string }): Promise<void>;
  onRemove(): Promise<void>;
}

/** The user's own list of secrets for the known-secret check: one file, read here, kept in extension storage. */
export function WordlistPicker({ wordlist, onPick, onRemove }: Props) {
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(t('wordlistFailed', [e instanceof Error ? e.message : String(e)]));
  const pick = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    file
      .text()
      .then((text) => onPick({ name: file.name, text }))
      .then(() => (input.value = ''), fail);
  };
  return (
    <section class="card" aria-labelledby="wordlist-heading">
      <h2 id="wordlist-heading">{t('wordlistHeading')}</h2>
      <p class="muted">{t('wordlistHelp')}</p>
      {wordlist ? (
        <div class="wordlist-current">
          <p role="status">
            <span class="wordlist-name">{wordlist.name}</span>{' '}
            <span class="wordlist-count">{t('wordlistCount', [wordlist.count])}</span>
            {wordlist.skipped > 0 && <span class="muted"> {t('wordlistSkipped', [wordlist.skipped])}</span>}
          </p>
          <button type="button" class="wordlist-remove" onClick={() => void onRemove().catch(fail)}>
            {t('wordlistRemove')}
          </button>
        </div>
      ) : (
        <p class="muted" role="status">
          {t('wordlistNone')}
        </p>
      )}
      <label class="file-label" for="wordlist-file">
        {wordlist ? t('wordlistReplace') : t('wordlistChoose')}
      </label>
      <input id="wordlist-file" type="file" accept=".txt,text/plain" onChange={(e) => pick(e.currentTarget as HTMLInputElement)} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
