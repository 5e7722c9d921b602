/**
 * The site's score and grade, in the spirit of the Mozilla HTTP Observatory's cookie test: one
 * deduction per failed rule (the worst severity it reached), a bonus when every session cookie
 * is Secure, HttpOnly and SameSite. docs/findings.md gives the formula.
 */
import { detectFramework } from './framework';
import { isSessionLike } from './session-like';
import { SEVERITIES, type CookieSummary, type Finding, type Grade, type Severity, type SiteSummary } from './types';

export const DEDUCTION: Readonly<Record<Severity, number>> = { critical: 70, high: 25, medium: 10, low: 3, info: 0 };
export const ALL_GOOD_BONUS = 5;

/** The rules whose absence earns the bonus: Secure, HttpOnly and SameSite, as the Observatory rewards. */
const ATTRIBUTE_RULES = new Set([
  'cookie-without-secure',
  'cookie-over-http',
  'cookie-without-httponly',
  'samesite-missing',
  'samesite-invalid',
  'samesite-none-insecure',
]);

const GRADES: readonly [number, Grade][] = [
  [100, 'A+'],
  [90, 'A'],
  [75, 'B'],
  [60, 'C'],
  [40, 'D'],
];

export function summarise(findings: readonly Finding[], cookies: readonly CookieSummary[] = []): SiteSummary {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity] += 1;
  // Third-party findings are counted but not scored: the site owner cannot fix them directly.
  const own = findings.filter((f) => !f.thirdParty);
  const worst = new Map<string, Severity>();
  for (const f of own) {
    const seen = worst.get(f.ruleId);
    if (seen === undefined || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(seen)) worst.set(f.ruleId, f.severity);
  }
  let score = 100;
  for (const severity of worst.values()) score -= DEDUCTION[severity];
  if (earnsBonus(own, cookies)) score += ALL_GOOD_BONUS;
  score = Math.max(0, Math.min(100, score));
  return { counts, score, grade: gradeFor(score) };
}

function earnsBonus(own: readonly Finding[], cookies: readonly CookieSummary[]): boolean {
  const hasSession = cookies.some(
    (c) => c.firstParty && c.live && isSessionLike(c.name, c.session, detectFramework(c.name, null, c.session).role),
  );
  return hasSession && !own.some((f) => ATTRIBUTE_RULES.has(f.ruleId));
}

export function gradeFor(score: number): Grade {
  for (const [min, grade] of GRADES) if (score >= min) return grade;
  return 'F';
}
