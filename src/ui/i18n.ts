/**
 * The UI's text lookup. Extension pages install the browser's i18n API at start-up; component tests
 * install a lookup over _locales/en/messages.json. Components only ever call `t`, or `localise`
 * for text that comes from core as a phrase.
 */
import type { Phrase } from '../core/i18n/phrase';
import { renderPhrase } from '../core/i18n/render-phrase';

type Translate = (key: string, substitutions?: string[]) => string;

let translate: Translate = (key) => key;

export function setTranslator(fn: Translate): void {
  translate = fn;
}

export function t(key: string, substitutions?: (string | number)[]): string {
  return translate(key, substitutions?.map(String)) || key;
}

/**
 * Text core produced (a finding's message, a session warning) in the user's language: its phrase
 * through the locale, or core's English when there is no phrase or the locale lacks one of its ids
 * (browsers fall back to the default locale themselves; this covers anything else).
 */
export function localise(text: Phrase | undefined, english: string): string {
  if (text === undefined) return english;
  return renderPhrase(text, (id, substitutions) => translate(id, substitutions) || null) ?? english;
}

/**
 * The page's title and language from the locale, so a translation needs no change to the HTML
 * (browsers substitute __MSG_…__ in the manifest and CSS, not in extension pages).
 */
export function localisePage(title: string): void {
  const locale = translate('@@ui_locale');
  if (locale) document.documentElement.lang = locale.replace(/_/g, '-');
  document.title = title;
}
