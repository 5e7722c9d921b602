import { useState } from 'preact/hooks';
import { redactSetCookie } from '../core/cookie/redact';
import { COOKIE_PAGE } from '../core/view/page-query';
import type { PageCookie } from '../core/view/site-page';
import { CookieDetail } from './cookie-detail';
import { t } from './i18n';
import { SeverityTag } from './severity-counts';

interface ListProps {
  /** The rows sent; a site with thousands of cookies shows them a screenful at a time (`more` left). */
  cookies: PageCookie[];
  more: number;
  onMore(): void;
  span: { start: number; end: number };
  headingLevel: number;
}

export function CookieList({ cookies, more, onMore, span, headingLevel }: ListProps) {
  return (
    <>
      <ul class="cookie-list">
        {cookies.map((c) => (
          <CookieItem key={c.key} cookie={c} span={span} headingLevel={headingLevel} />
        ))}
      </ul>
      {more > 0 && (
        <button type="button" class="more-button" onClick={onMore}>
          {t('showMoreCookies', [Math.min(more, COOKIE_PAGE), more])}
        </button>
      )}
    </>
  );
}

function CookieItem({ cookie, span, headingLevel }: { cookie: PageCookie; span: ListProps['span']; headingLevel: number }) {
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
