import type { StorageNotice } from '../core/messages';
import { t } from './i18n';
import { formatTime } from './labels';

/** Storage filled up and old sites were removed: said on every page until the data is cleared. */
export function StorageNoticeText({ notice }: { notice: StorageNotice }) {
  return (
    <p class="notice notice-warn" role="status">
      {t('storageFull', [notice.sites, formatTime(notice.at)])}
    </p>
  );
}
