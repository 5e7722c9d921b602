import type { TabView } from '../core/messages';
import { cookieRows } from '../ui/cookie-rows';
import { CookieList } from '../ui/cookie-list';
import { t } from '../ui/i18n';

export interface PopupActions {
  setPaused(paused: boolean): void;
  clearSite(site: string): void;
  openReport(): void;
}

export function Popup({ view, actions }: { view: TabView; actions: PopupActions }) {
  const rows = cookieRows(view.record, view.jar);
  return (
    <main class="popup">
      <header class="site-header">
        <h1 class="site-name">{view.site ?? view.url ?? ''}</h1>
        {view.site && <p class="site-counts">{t('responsesAndCookies', [view.record?.responses ?? 0, rows.length])}</p>}
        <div class="toolbar">
          <button type="button" onClick={() => actions.setPaused(!view.settings.paused)}>
            {view.settings.paused ? t('resume') : t('pause')}
          </button>
          {view.site && (
            <button type="button" onClick={() => view.site && actions.clearSite(view.site)}>
              {t('clearSite')}
            </button>
          )}
          <button type="button" onClick={actions.openReport}>
            {t('openReport')}
          </button>
        </div>
      </header>
      {view.notice && <p class="notice" role="status">{view.notice}</p>}
      {view.settings.paused && <p class="notice" role="status">{t('paused')}</p>}
      {view.incognito && <p class="notice">{t('privateWindow')}</p>}
      {!view.site && <p class="empty">{t('noSite')}</p>}
      {view.site && rows.length === 0 && <p class="empty">{t('nothingRecorded')}</p>}
      {rows.length > 0 && <CookieList rows={rows} />}
    </main>
  );
}
