import { redactSetCookie } from '../core/cookie/redact';
import type { SetEvent } from '../core/ledger/types';
import { Heading } from './heading';
import { t } from './i18n';
import { formatTime, isoTime } from './labels';
import type { Attribute, AttributeChange } from './set-cookie-attributes';

/** The attribute changes between consecutive Set-Cookie lines of one cookie. */
export function Changes({ changes, sets, level }: { changes: AttributeChange[]; sets: number; level: number }) {
  return (
    <section>
      <Heading level={level} class="detail-heading">{t('attributeChanges')}</Heading>
      {changes.length === 0 ? (
        <p class="muted">{t('attributesUnchanged', [sets])}</p>
      ) : (
        <ol class="changes">
          {changes.map((c, i) => (
            <li key={i}>
              <time dateTime={isoTime(c.time)}>{formatTime(c.time)}</time>{' '}
              {c.deletion && <span class="badge">{t('deletion')}</span>}
              {c.added.map((a) => (
                <span key={`+${a.name}`} class="change change-added">
                  {t('changeAdded', [written(a)])}
                </span>
              ))}
              {c.removed.map((a) => (
                <span key={`-${a.name}`} class="change change-removed">
                  {t('changeRemoved', [written(a)])}
                </span>
              ))}
              {c.changed.map((a) => (
                <span key={`~${a.name}`} class="change">
                  {t('changeChanged', [a.name, a.from, a.to])}
                </span>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function written(a: Attribute): string {
  return a.value === '' ? a.name : `${a.name}=${a.value}`;
}

/** The raw Set-Cookie lines, newest first, values redacted unless revealed. */
export function History({ history, revealed, level }: { history: SetEvent[]; revealed: boolean; level: number }) {
  const newestFirst = [...history].reverse();
  return (
    <section>
      <Heading level={level} class="detail-heading">{t('setCookieLines', [history.length])}</Heading>
      <ol class="history">
        {newestFirst.map((e, i) => (
          <li key={i}>
            <div class="history-meta">
              <time dateTime={isoTime(e.time)}>{formatTime(e.time)}</time>
              <span>{e.status}</span>
              <span>{e.type}</span>
              {e.fromCache && <span>{t('fromCache')}</span>}
              {e.deletion && <span class="badge">{t('deletion')}</span>}
              <span class="history-url">{e.url}</span>
            </div>
            <code class="history-line">{revealed ? e.line : redactSetCookie(e.line)}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}
