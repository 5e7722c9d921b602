import type { PageCookie } from '../core/view/site-page';
import { Heading } from './heading';
import { t } from './i18n';
import { Changes, History } from './cookie-history';
import { formatTime } from './labels';
import { attributeChanges, lineAttributes } from './set-cookie-attributes';
import { SessionDetail } from './session-detail';
import { Sparkline } from './sparkline';

export interface DetailProps {
  cookie: PageCookie;
  /** The site's recorded time span, the sparkline's axis. */
  span: { start: number; end: number };
  revealed: boolean;
  headingLevel: number;
}

/** Everything known about one cookie; rendered only while its row is open. */
export function CookieDetail({ cookie, span, revealed, headingLevel }: DetailProps) {
  const { summary, record, jar } = cookie;
  const history = record?.history ?? [];
  const last = history[history.length - 1];
  return (
    <div class="cookie-detail">
      <dl class="facts">
        {record && (
          <>
            <dt>{t('firstSeen')}</dt>
            <dd>{formatTime(record.firstSeen)}</dd>
            <dt>{t('lastSeen')}</dt>
            <dd>{formatTime(record.lastSeen)}</dd>
            <dt>{t('sets')}</dt>
            <dd>{t('setsDetail', [summary.setCount, summary.valueChanges, summary.payloadChanges, summary.deletions])}</dd>
            <dt>{t('bytesSent')}</dt>
            <dd>{t('bytes', [record.bytes])}</dd>
          </>
        )}
        {record && record.rejections > 0 && (
          <>
            <dt>{t('rejectedLines')}</dt>
            <dd>{record.rejections}</dd>
          </>
        )}
        {record && record.scriptChanges > 0 && (
          <>
            <dt>{t('scriptChanges')}</dt>
            <dd>{record.scriptChanges}</dd>
          </>
        )}
      </dl>
      {summary.timeline.length > 0 && (
        <section>
          <Heading level={headingLevel} class="detail-heading">{t('timeline')}</Heading>
          <Sparkline times={summary.timeline} start={span.start} end={span.end} />
        </section>
      )}
      {last && <Attributes line={last.line} level={headingLevel} />}
      {jar && <JarState jar={jar} level={headingLevel} />}
      {history.length > 1 && <Changes changes={attributeChanges(history)} sets={history.length} level={headingLevel} />}
      {history.length > 0 && <History history={history} revealed={revealed} level={headingLevel} />}
      {summary.session && <SessionDetail session={summary.session} payload={cookie.payload} headingLevel={headingLevel} />}
    </div>
  );
}

function Attributes({ line, level }: { line: string; level: number }) {
  const attributes = lineAttributes(line);
  return (
    <section>
      <Heading level={level} class="detail-heading">{t('attributesOfLast')}</Heading>
      {attributes.length === 0 ? (
        <p class="muted">{t('noAttributes')}</p>
      ) : (
        <dl class="attributes">
          {attributes.map((a, i) => (
            <div key={i} class="attribute">
              <dt>
                <code>{a.name}</code>
              </dt>
              <dd>{a.value === '' ? <span class="muted">{t('flagAttribute')}</span> : <code>{a.value}</code>}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function JarState({ jar, level }: { jar: NonNullable<PageCookie['jar']>; level: number }) {
  const yes = (on: boolean) => (on ? t('yes') : t('no'));
  return (
    <section>
      <Heading level={level} class="detail-heading">{t('inTheJar')}</Heading>
      <dl class="facts">
        <dt>{t('attrSecure')}</dt>
        <dd>{yes(jar.secure)}</dd>
        <dt>{t('attrHttpOnly')}</dt>
        <dd>{yes(jar.httpOnly)}</dd>
        <dt>{t('attrSameSite')}</dt>
        <dd>{jar.sameSite}</dd>
        <dt>{t('expires')}</dt>
        <dd>{jar.expiresAt === null ? t('sessionCookie') : formatTime(jar.expiresAt)}</dd>
      </dl>
    </section>
  );
}
