import type { TabView } from '../core/messages';
import type { ReportFormat } from '../core/report';
import type { PageQuery } from '../core/view/page-query';
import { ExportControls } from '../ui/export-controls';
import { GradeBadge } from '../ui/grade-badge';
import { t } from '../ui/i18n';
import { RecordSwitch } from '../ui/record-switch';
import { SeverityCounts } from '../ui/severity-counts';
import { SiteView } from '../ui/site-view';
import { StorageNoticeText } from '../ui/storage-notice';

export interface PopupActions {
  setPaused(paused: boolean): void;
  clearSite(site: string): void;
  openReport(): void;
  /** Builds and saves the site's report; resolves with the file name. */
  exportSite(format: ReportFormat): Promise<string>;
  /** Asks for another screenful of the site (filters changed, more rows wanted). */
  setQuery(query: PageQuery): void;
}

export interface PopupProps {
  /** The tab, with the screenful of its site that `query` asked for (page null: nothing recorded). */
  view: TabView;
  query: PageQuery;
  /** Secrets of the user's wordlist still being tried (0 once done). */
  checkingSecrets: number;
  actions: PopupActions;
}

export function Popup({ view, query, checkingSecrets, actions }: PopupProps) {
  const { page } = view;
  return (
    <main class="popup">
      <header class="site-header">
        {page && <GradeBadge grade={page.summary.grade} score={page.summary.score} />}
        <div class="site-title">
          {view.site ? <h1 class="site-name">{view.site}</h1> : <h1 class="page-title">{t('extensionName')}</h1>}
          {page && (
            <>
              <p class="site-counts">{t('responsesAndCookies', [page.responses, page.cookieCount.total])}</p>
              <SeverityCounts counts={page.summary.counts} />
            </>
          )}
        </div>
        <div class="header-side">
          <RecordSwitch paused={view.settings.paused} onChange={actions.setPaused} />
          <button type="button" class="link-button" onClick={actions.openReport}>
            {t('openReport')}
          </button>
        </div>
      </header>
      {page && view.site && (
        <div class="toolbar">
          <ExportControls idPrefix="popup" onExport={actions.exportSite} />
          <button type="button" class="clear-site" onClick={() => view.site && actions.clearSite(view.site)}>
            {t('clearSite')}
          </button>
        </div>
      )}
      <Notices view={view} checkingSecrets={checkingSecrets} />
      {!view.site && <EmptyState title={t('noSiteTitle')} text={t('noSite')} />}
      {view.site && !page && <EmptyState title={t('nothingRecordedTitle')} text={t('nothingRecorded')} />}
      {page && <SiteView page={page} query={query} onQuery={actions.setQuery} idPrefix="popup" headingLevel={2} />}
    </main>
  );
}

function Notices({ view, checkingSecrets }: { view: TabView; checkingSecrets: number }) {
  return (
    <>
      {view.notice && <StorageNoticeText notice={view.notice} />}
      {view.settings.paused && (
        <p class="notice notice-warn" role="status">
          {t('paused')}
        </p>
      )}
      {view.incognito && <p class="notice">{t('privateWindow')}</p>}
      {checkingSecrets > 0 && (
        <p class="notice" role="status">
          {t('checkingWordlist', [checkingSecrets])}
        </p>
      )}
    </>
  );
}

function EmptyState({ title, text }: { title: string; text: string }) {
  return (
    <section class="empty-state">
      <h2>{title}</h2>
      <p>{text}</p>
    </section>
  );
}
