import type { Finding } from './types';

/**
 * The number on the toolbar badge: the site's own high and critical findings. Third-party findings
 * are left out, as in the grade: the site owner cannot fix them.
 */
export function badgeCount(findings: readonly Finding[]): number {
  return findings.filter((f) => !f.thirdParty && (f.severity === 'critical' || f.severity === 'high')).length;
}
