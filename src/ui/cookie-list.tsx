import { useState } from 'preact/hooks';
import { redactSetCookie } from '../core/cookie/redact';
import { CookieDetail } from './cookie-detail';
import { t } from './i18n';
import { SeverityTag } from './severity-counts';
import type { CookieModel } from './site-model';

/** Rows rendered at once: a site with thousands of cookies shows them a page at a time. */
export const COOKIE_PAGE = 100;

interface ListProps {
  cookies: CookieModel[];
  span: { start: number; end: number };
  headingLevel: number;
}

export function CookieList({ cookies, span, headingLevel }: ListProps) {
  const [limit, setLimit] = useState(COOKIE_PAGE);
  const shown = cookies.slice(0, limit);
  const rest = cookies.length - shown.length;
  return (
    <>
      <ul class="cookie-list">
        {shown.map((c) => (
          <CookieItem key={c.key} cookie={c} span={span} headingLevel={headingLevel} />
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" class="more-button" onClick={() => setLimit(limit + COOKIE_PAGE)}>
          {t('showMoreCookies', [Math.min(rest, COOKIE_PAGE), rest])}
        </button>
      )}
    </>
  );
}

function CookieItem({ cookie, span, headingLevel }: { cookie: CookieModel; span: ListProps['span']; headingLevel: number }) {
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const s = cookie.summary;
  const lastLine = cookie.record?.history[cookie.record.history.length - 1]?.line ?? null;
  return (
    <li class="cookie" data-cookie={s.name}>
      <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span class="cookie-head">
            <code class="cookie-name">{s.name === '' ? t('nameless') : s.name}</code>
            {cookie.worst && <SeverityTag severity={cookie.worst} />}
            {!s.firstParty && <span class="badge">{t('thirdParty')}</span>}
            {!s.live && s.deletions > 0 && <span class="badge">{t('deleted')}</span>}
            {s.setCount === 0 && (cookie.record?.rejections ?? 0) > 0 && <span class="badge badge-bad">{t('rejected')}</span>}
          </span>
          <span class="cookie-sub">
            <span class="cookie-scope">
              {s.domain}
              {s.path}
            </span>
            {s.source === 'header' && <span class="set-count">{t('setCount', [s.setCount, s.eligibleResponses])}</span>}
            {s.source === 'script' && <span>{t('sourceScript')}</span>}
            {s.source === 'jar' && <span>{t('sourceJar')}</span>}
          </span>
        </summary>
        <div class="cookie-body">
          {lastLine !== null && (
            <div class="raw-block">
              <span class="raw-label">{t('lastSetCookie')}</span>
              <button type="button" class="link-button" aria-pressed={revealed} onClick={() => setRevealed(!revealed)}>
                {revealed ? t('hideValues') : t('revealValues')}
              </button>
              <code class="raw-line">{revealed ? lastLine : redactSetCookie(lastLine)}</code>
            </div>
          )}
          {open && <CookieDetail cookie={cookie} span={span} revealed={revealed} headingLevel={headingLevel} />}
        </div>
      </details>
    </li>
  );
}
