/**
 * The UI's text lookup. Extension pages install the browser's i18n API at start-up; component tests
 * install a lookup over _locales/en/messages.json. Components only ever call `t`.
 */
type Translate = (key: string, substitutions?: string[]) => string;

let translate: Translate = (key) => key;

export function setTranslator(fn: Translate): void {
  translate = fn;
}

export function t(key: string, substitutions?: (string | number)[]): string {
  return translate(key, substitutions?.map(String)) || key;
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
