/**
 * The one English catalogue of the text core produces for people: finding messages and fixes,
 * cookie diagnostics, session warnings and attribution. Core renders its English from it
 * (english.ts), and the build writes it into _locales/en/messages.json, so the English a report
 * prints and the English a translator starts from cannot drift apart.
 *
 * Templates take $1…$9 (chrome.i18n's limit); an argument is a plain string or another phrase.
 */
import { COOKIE_LABELS } from './phrases/cookie-labels';
import { COOKIE_DIAGNOSTICS } from './phrases/cookie-diagnostics';
import { FINDING_FIXES } from './phrases/finding-fixes';
import { FINDING_MESSAGES } from './phrases/finding-messages';
import { FRAMEWORK_FIXES } from './phrases/framework-fixes';
import { LISTS } from './phrases/lists';
import { SESSION_ATTRIBUTION } from './phrases/session-attribution';
import { SESSION_WARNINGS } from './phrases/session-warnings';

export interface CatalogueSection {
  /** What the section's messages are, for translators (the description in messages.json). */
  description: string;
  phrases: Readonly<Record<string, string>>;
}

/** Kept apart so that a test can see that no id is defined twice (a spread would hide it). */
export const SECTIONS: readonly CatalogueSection[] = [
  { description: 'How a finding names a cookie. $1: the cookie name, quoted.', phrases: COOKIE_LABELS },
  { description: 'Finding message. $1: the cookie (a label phrase) unless the finding is about the whole site.', phrases: FINDING_MESSAGES },
  { description: 'Finding fix. $1, where present: a framework-specific fix or a name.', phrases: FINDING_FIXES },
  { description: "Fix naming the framework's own setting. $1, where present: the cookie name.", phrases: FRAMEWORK_FIXES },
  { description: 'What the browser does with a Set-Cookie line, quoted in findings.', phrases: COOKIE_DIAGNOSTICS },
  { description: 'Remark on a decoded session cookie.', phrases: SESSION_WARNINGS },
  { description: 'What a session key written by a known library means.', phrases: SESSION_ATTRIBUTION },
  { description: 'Joins two items of a list (nested for longer lists).', phrases: LISTS },
];

export const CATALOGUE = {
  ...COOKIE_LABELS,
  ...FINDING_MESSAGES,
  ...FINDING_FIXES,
  ...FRAMEWORK_FIXES,
  ...COOKIE_DIAGNOSTICS,
  ...SESSION_WARNINGS,
  ...SESSION_ATTRIBUTION,
  ...LISTS,
} as const;

export type PhraseId = keyof typeof CATALOGUE;
