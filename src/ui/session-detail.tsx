import { useState } from 'preact/hooks';
import type { DecodedSession } from '../core/session/types';
import { sessionEntries, type SessionEntry } from '../core/view/session-entries';
import { Heading } from './heading';
import { localise, t } from './i18n';
import { formatTime } from './labels';

/** Formats that carry no signature of their own: a verdict would say nothing. */
const UNSIGNED = new Set(['opaque-id', 'opaque', 'json', 'base64-json', 'rails-encrypted', 'aspnet-data-protection']);

/**
 * A decoded session: its format, issue time, signature verdict, and each key with its value and
 * the library that writes it. `session` is the audit's redacted copy; `payload` holds the values
 * (null when they cannot be read), shown behind a click where they look secret.
 */
export function SessionDetail({ session, payload, headingLevel }: { session: DecodedSession; payload: unknown; headingLevel: number }) {
  const entries = sessionEntries(session, payload);
  return (
    <section class="session-detail">
      <Heading level={headingLevel} class="detail-heading">
        {t('decodedSession')}
      </Heading>
      <dl class="facts">
        <dt>{t('sessionFormat')}</dt>
        <dd>
          <code>{session.format}</code>
          {session.compressed ? ` ${t('compressed')}` : ''}
        </dd>
        {session.issuedAt !== null && (
          <>
            <dt>{t('issuedAt')}</dt>
            <dd>
              <time dateTime={session.issuedAt}>{formatTime(Date.parse(session.issuedAt))}</time>
            </dd>
          </>
        )}
        {!UNSIGNED.has(session.format) && (
          <>
            <dt>{t('signature')}</dt>
            <dd class={`signature signature-${session.signature.status}`}>{verdict(session.signature)}</dd>
          </>
        )}
        {session.entropyBits !== undefined && (
          <>
            <dt>{t('entropy')}</dt>
            <dd>{t('entropyBits', [Math.round(session.entropyBits)])}</dd>
          </>
        )}
      </dl>
      {entries.length > 0 ? <SessionTable entries={entries} /> : <p class="muted">{t('sessionNoKeys')}</p>}
      {session.warnings.length > 0 && (
        <ul class="warnings">
          {session.warnings.map((w, i) => (
            <li key={i}>{localise(session.text?.warnings[i], w)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function verdict(signature: DecodedSession['signature']): string {
  const tried = signature.tried ?? 0;
  if (signature.status === 'valid') {
    const secret = signature.secret ?? '';
    return signature.knownSecret ? t('signatureValidKnown', [secret, signature.knownSecret.source]) : t('signatureValid', [secret]);
  }
  if (signature.status === 'invalid') return t('signatureInvalid', [tried]);
  return t('signatureUnverified', [tried]);
}

function SessionTable({ entries }: { entries: SessionEntry[] }) {
  return (
    <table class="session-table">
      <thead>
        <tr>
          <th scope="col">{t('sessionKey')}</th>
          <th scope="col">{t('sessionValue')}</th>
          <th scope="col">{t('sessionWrittenBy')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <SessionRow key={e.key} entry={e} />
        ))}
      </tbody>
    </table>
  );
}

function SessionRow({ entry }: { entry: SessionEntry }) {
  const [shown, setShown] = useState(false);
  return (
    <tr class={entry.sensitive ? 'is-sensitive' : undefined}>
      <th scope="row">
        <code>{entry.key === '' ? t('wholeValue') : entry.key}</code>
      </th>
      <td>
        {entry.value === null ? (
          <span class="muted">{t('valueNotReadable')}</span>
        ) : entry.sensitive && !shown ? (
          <span class="redacted">{t('sensitiveHidden')}</span>
        ) : (
          <code class="session-value">{entry.value}</code>
        )}
        {entry.sensitive && entry.value !== null && (
          <button
            type="button"
            class="link-button"
            aria-pressed={shown}
            aria-label={t('revealValueOf', [entry.key])}
            onClick={() => setShown(!shown)}
          >
            {shown ? t('hideValue') : t('revealValue')}
          </button>
        )}
      </td>
      <td>
        {entry.attribution.length === 0 ? (
          <span class="muted">{t('noAttribution')}</span>
        ) : (
          entry.attribution.map((a) => (
            <div key={a.key + a.library} class="attribution">
              <strong>{a.library}</strong>
              <span class="muted"> {localise(a.text?.meaning, a.meaning)}</span>
            </div>
          ))
        )}
      </td>
    </tr>
  );
}
