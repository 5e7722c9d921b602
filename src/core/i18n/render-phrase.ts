/**
 * A phrase rendered through any message lookup: core's English catalogue, or the browser's i18n in
 * the extension pages. Nested phrases are rendered first, so each lookup gets strings only, as
 * chrome.i18n.getMessage wants them.
 */
import type { Phrase } from './phrase';

/** Returns the message for an id with its substitutions, or null when it has none. */
export type MessageLookup = (id: string, substitutions: string[]) => string | null;

/** null when the lookup lacks any id the phrase uses, so the caller can fall back as a whole. */
export function renderPhrase(p: Phrase, lookup: MessageLookup): string | null {
  const args: string[] = [];
  for (const arg of p.args) {
    const text = typeof arg === 'string' ? arg : renderPhrase(arg, lookup);
    if (text === null) return null;
    args.push(text);
  }
  return lookup(p.id, args);
}

/** $1…$9 of a catalogue template replaced by the substitutions; nothing else in it is special. */
export function fillTemplate(template: string, substitutions: readonly string[]): string {
  return template.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}
