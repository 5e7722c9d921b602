/** CSS class names for enum values, looked up rather than interpolated so no input reaches markup. */
import type { Grade, Severity } from '../audit/types';

const SEVERITY_CLASS: Readonly<Record<Severity, string>> = {
  critical: 'sev-critical',
  high: 'sev-high',
  medium: 'sev-medium',
  low: 'sev-low',
  info: 'sev-info',
};

const GRADE_CLASS: Readonly<Record<Grade, string>> = {
  'A+': 'grade-a',
  A: 'grade-a',
  B: 'grade-b',
  C: 'grade-c',
  D: 'grade-d',
  F: 'grade-f',
};

export function severityClass(severity: Severity): string {
  return Object.hasOwn(SEVERITY_CLASS, severity) ? SEVERITY_CLASS[severity] : 'sev-info';
}

export function gradeClass(grade: Grade): string {
  return Object.hasOwn(GRADE_CLASS, grade) ? GRADE_CLASS[grade] : 'grade-unknown';
}
