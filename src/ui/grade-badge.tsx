import type { Grade } from '../core/audit/types';
import { t } from './i18n';

/** The site's grade: the letter alone in `.site-grade`, its meaning for screen readers beside it. */
export function GradeBadge({ grade, score }: { grade: Grade; score: number }) {
  const tone = grade.startsWith('A') ? 'good' : grade === 'B' || grade === 'C' ? 'fair' : 'poor';
  return (
    <div class={`grade grade-${tone}`} title={t('gradeTitle', [grade, score])}>
      <span class="visually-hidden">{t('gradeLabel')}</span>
      <span class="site-grade">{grade}</span>
    </div>
  );
}
