/**
 * Download / output file names: `cookie-audit-<site>-<YYYY-MM-DD>.<ext>`, safe on every file system.
 * The date is the UTC day, so one `date` gives one name whatever the machine's time zone.
 */
import { isoTime } from './iso-time';

// Long origins are cut so the whole name stays far below the common 255-byte limit.
const MAX_SITE_LENGTH = 100;

export function reportFileName(site: string | null, date: Date | number, ext: string): string {
  const day = isoTime(typeof date === 'number' ? date : date.getTime())?.slice(0, 10) ?? 'undated';
  const extension = ext.toLowerCase().replace(/[^a-z0-9]/g, '');
  const name = `cookie-audit-${site === null ? 'all-sites' : siteSlug(site)}-${day}`;
  return extension === '' ? name : `${name}.${extension}`;
}

function siteSlug(site: string): string {
  const slug = site
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[^a-z0-9.-]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.')
    .slice(0, MAX_SITE_LENGTH)
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug === '' ? 'site' : slug;
}
