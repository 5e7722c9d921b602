/**
 * The catalogue in the browsers' messages.json format, merged with the UI's own messages, and the
 * checks a translation must pass. Pure data in, data out: build.mjs writes the result and fails on
 * any problem, and the tests run the same functions.
 */
import { SECTIONS } from './catalogue';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleMessage>;

/**
 * `$2 of $3` → `$ARG2$ of $ARG3$` with placeholders arg1…argN whose content is $1…$N: Chrome and
 * Firefox substitute through named placeholders. A `$` of the text itself is written `$$`.
 */
export function localeMessage(template: string, description: string): LocaleMessage {
  const message = template.replace(/\$([1-9])|\$/g, (all, n: string | undefined) => (n === undefined ? '$$' : `$ARG${n}$`));
  const count = Math.max(0, ...[...template.matchAll(/\$([1-9])/g)].map((m) => Number(m[1])));
  if (count === 0) return { message, description };
  const placeholders = Object.fromEntries(Array.from({ length: count }, (_, i) => [`arg${i + 1}`, { content: `$${i + 1}` }]));
  return { message, description, placeholders };
}

/** Every catalogue phrase as a message, under its id. */
export function catalogueMessages(): LocaleMessages {
  const out: LocaleMessages = {};
  for (const section of SECTIONS) {
    for (const [id, template] of Object.entries(section.phrases)) out[id] = localeMessage(template, section.description);
  }
  return out;
}

/** Browsers look message names up case-insensitively, so 'Fix' and 'fix' are one name. */
export function mergeMessages(ui: LocaleMessages, core: LocaleMessages): { messages: LocaleMessages; clashes: string[] } {
  const taken = new Set(Object.keys(ui).map((k) => k.toLowerCase()));
  const clashes = Object.keys(core).filter((k) => taken.has(k.toLowerCase()));
  return { messages: { ...ui, ...core }, clashes };
}

/**
 * What is wrong with a translation, measured against the English: names English does not have
 * (a typo the browser would silently fall back on) and placeholders other than the English ones
 * (the browser would print them as they are or drop an argument).
 */
export function translationProblems(english: LocaleMessages, translated: LocaleMessages): string[] {
  return Object.entries(translated).flatMap(([name, entry]) => {
    const source = english[name];
    if (!source) return [`${name}: not a message of the English catalogue`];
    const wanted = placeholderContents(source);
    const given = placeholderContents(entry);
    if (wanted !== given) return [`${name}: placeholders ${given || 'none'} instead of ${wanted || 'none'}`];
    const defined = new Set(Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()));
    const undefinedNames = usedPlaceholders(entry.message).filter((p) => !defined.has(p));
    return undefinedNames.length > 0 ? [`${name}: uses undefined placeholders ${undefinedNames.join(', ')}`] : [];
  });
}

function placeholderContents(entry: LocaleMessage): string {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort()
    .join(' ');
}

function usedPlaceholders(message: string): string[] {
  return [...message.replace(/\$\$/g, '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase());
}
