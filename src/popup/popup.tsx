import type { TabView } from '../core/messages';
import type { ReportFormat } from '../core/report';
import { ExportControls } from '../ui/export-controls';
import { GradeBadge } from '../ui/grade-badge';
import { t } from '../ui/i18n';
import { RecordSwitch } from '../ui/record-switch';
import { SeverityCounts } from '../ui/severity-counts';
import type { SiteModel } from '../ui/site-model';
import { SiteView } from '../ui/site-view';

export interface PopupActions {
  setPaused(paused: boolean): void;
  clearSite(site: string): void;
  openReport(): void;
  /** Builds and saves the site's report; resolves with the file name. */
  exportSite(format: ReportFormat): Promise<string>;
}

export interface PopupProps {
  view: TabView;
  /** The audited site, or null when nothing of it was recorded (or the tab shows no site). */
  model: SiteModel | null;
  /** Secrets of the user's wordlist still being tried (0 once done). */
  checkingSecrets: number;
  actions: PopupActions;
}

export function Popup({ view, model, checkingSecrets, actions }: PopupProps) {
  return (
    <main class="popup">
      <header class="site-header">
        {model && <GradeBadge grade={model.audit.summary.grade} score={model.audit.summary.score} />}
        <div class="site-title">
          {view.site ? <h1 class="site-name">{view.site}</h1> : <h1 class="page-title">{t('extensionName')}</h1>}
          {model && (
            <>
              <p class="site-counts">{t('responsesAndCookies', [model.audit.responses, model.cookies.length])}</p>
              <SeverityCounts counts={model.audit.summary.counts} />
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
      {model && view.site && (
        <div class="toolbar">
          <ExportControls idPrefix="popup" onExport={actions.exportSite} />
          <button type="button" class="clear-site" onClick={() => view.site && actions.clearSite(view.site)}>
            {t('clearSite')}
          </button>
        </div>
      )}
      <Notices view={view} checkingSecrets={checkingSecrets} />
      {!view.site && <EmptyState title={t('noSiteTitle')} text={t('noSite')} />}
      {view.site && !model && <EmptyState title={t('nothingRecordedTitle')} text={t('nothingRecorded')} />}
      {model && <SiteView model={model} idPrefix="popup" headingLevel={2} />}
    </main>
  );
}

function Notices({ view, checkingSecrets }: { view: TabView; checkingSecrets: number }) {
  return (
    <>
      {view.notice && (
        <p class="notice" role="status">
          {view.notice}
        </p>
      )}
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
