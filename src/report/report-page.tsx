import type { Settings, StorageNotice, StoredWordlist } from '../core/messages';
import type { ReportFormat } from '../core/report/write-report';
import type { SiteRow } from '../core/view/site-row';
import { ExportControls } from '../ui/export-controls';
import { t } from '../ui/i18n';
import { StorageNoticeText } from '../ui/storage-notice';
import { ClearAll } from './clear-all';
import { SettingsPanel } from './settings-panel';
import { SitesTable, type LoadSite } from './sites-table';
import { WordlistPicker } from './wordlist-picker';

export interface ReportActions {
  exportAll(format: ReportFormat): Promise<string>;
  setSettings(patch: Partial<Settings>): void;
  pickWordlist(file: { name: string; text: string }): Promise<void>;
  removeWordlist(): Promise<void>;
  clearAll(): void;
  loadSite: LoadSite;
}

export interface ReportProps {
  sites: SiteRow[];
  settings: Settings;
  wordlist: StoredWordlist | null;
  /** Opened sites are audited with the wordlist too (once it has been tried). */
  withWordlist: boolean;
  notice: StorageNotice | null;
  welcome: boolean;
  /** Secrets of the user's wordlist still being tried (0 once done). */
  checkingSecrets: number;
  actions: ReportActions;
}

export function ReportPage({ sites, settings, wordlist, withWordlist, notice, welcome, checkingSecrets, actions }: ReportProps) {
  return (
    <main class="report">
      <header class="report-header">
        <div>
          <h1>{t('extensionName')}</h1>
          <p class="muted">{t('reportTagline')}</p>
        </div>
        {sites.length > 0 && <ExportControls idPrefix="report" onExport={actions.exportAll} />}
      </header>
      {welcome && (
        <section class="welcome" aria-labelledby="welcome-heading">
          <h2 id="welcome-heading">{t('welcomeHeading')}</h2>
          <p>{t('welcomeRecords')}</p>
          <p>{t('welcomePrivacy')}</p>
        </section>
      )}
      {notice && <StorageNoticeText notice={notice} />}
      {settings.paused && (
        <p class="notice notice-warn" role="status">
          {t('paused')}
        </p>
      )}
      {checkingSecrets > 0 && (
        <p class="notice" role="status">
          {t('checkingWordlist', [checkingSecrets])}
        </p>
      )}
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading" class="section-heading">
          {t('recordedSites')} <span class="heading-count">{sites.length}</span>
        </h2>
        {sites.length === 0 ? <p class="empty">{t('noSitesRecorded')}</p> : <SitesTable sites={sites} loadSite={actions.loadSite} wordlist={withWordlist} />}
      </section>
      <div class="cards">
        <SettingsPanel settings={settings} onChange={actions.setSettings} />
        <WordlistPicker wordlist={wordlist} onPick={actions.pickWordlist} onRemove={actions.removeWordlist} />
        <ClearAll onClear={actions.clearAll} />
      </div>
    </main>
  );
}
