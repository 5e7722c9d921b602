import { FIRST_PAGE } from '../core/view/page-query';
import { t } from '../ui/i18n';
import { SiteView } from '../ui/site-view';
import { useSitePage, type LoadPage } from '../ui/use-site-page';

/** An opened row of the sites table: the same findings and cookies as the popup, asked of the background. */
export function SiteDetail({ load, wordlist, idPrefix }: { load: LoadPage; wordlist: boolean; idPrefix: string }) {
  const { query, page, failed, ask } = useSitePage(load, { ...FIRST_PAGE, wordlist });
  if (failed !== null) return <p class="notice notice-warn">{t('loadFailed', [failed])}</p>;
  if (page === undefined) return <p class="muted">{t('loading')}</p>;
  if (page === null) return <p class="empty">{t('siteGone')}</p>;
  return <SiteView page={page} query={query} onQuery={ask} idPrefix={idPrefix} headingLevel={3} />;
}
