import { redactSetCookie } from '../core/cookie/redact';
import type { CookieRow } from './cookie-rows';
import { t } from './i18n';

export function CookieList({ rows }: { rows: CookieRow[] }) {
  return (
    <ul class="cookie-list" aria-label="Cookies">
      {rows.map((row) => (
        <CookieItem key={row.key} row={row} />
      ))}
    </ul>
  );
}

function CookieItem({ row }: { row: CookieRow }) {
  const r = row.record;
  const last = r?.history[r.history.length - 1];
  return (
    <li class="cookie" data-cookie={row.name}>
      <div class="cookie-head">
        <code class="cookie-name">{row.name || '(nameless)'}</code>
        <span class="cookie-scope">
          {row.domain}
          {row.path}
        </span>
        {r && !r.firstParty && <span class="badge">{t('thirdParty')}</span>}
        {r && !r.live && r.deletions > 0 && <span class="badge">{t('deleted')}</span>}
        {r && r.setCount === 0 && r.rejections > 0 && <span class="badge badge-bad">{t('rejected')}</span>}
      </div>
      {row.source === 'header' && r && (
        <p class="cookie-stats">
          <span class="set-count">{t('setCount', [r.setCount, row.eligible])}</span>
          {' · '}
          <span>{t('valueChanges', [r.valueChanges])}</span>
        </p>
      )}
      {row.source === 'script' && <p class="cookie-stats">{t('sourceScript')}</p>}
      {row.source === 'jar' && <p class="cookie-stats">{t('sourceJar')}</p>}
      {last && (
        <details>
          <summary>{t('lastSetCookie')}</summary>
          <code class="raw-line">{redactSetCookie(last.line)}</code>
        </details>
      )}
    </li>
  );
}
