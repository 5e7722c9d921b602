/**
 * Display text as plain data: a catalogue id and its arguments. Core keeps producing English from
 * it; extension pages render the same id through the browser's i18n, so a translation needs only a
 * messages.json. Phrases cross extension messaging as they are (no functions, no classes).
 */
import type { PhraseId } from './catalogue';

export interface Phrase {
  id: PhraseId;
  args: PhraseArg[];
}

/** A value shown as it is (a cookie name, a count), or a phrase rendered first (a cookie's label). */
export type PhraseArg = string | Phrase;

export function phrase(id: PhraseId, ...args: PhraseArg[]): Phrase {
  return { id, args };
}

/** [a, b, c] → pair(a, pair(b, c)): any number of items in templates of two. An empty list is ''. */
export function joinPhrases(items: readonly PhraseArg[], pair: PhraseId): PhraseArg {
  const last = items[items.length - 1];
  if (last === undefined) return '';
  return items.slice(0, -1).reduceRight<PhraseArg>((rest, item) => phrase(pair, item, rest), last);
}
