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
  const parts = compiled(template);
  let out = '';
  for (const part of parts) out += typeof part === 'string' ? part : (substitutions[part] ?? '');
  return out;
}

/**
 * A template cut once into its literal text and the indexes of its substitutions: the parser
 * words a diagnostic for every line it finds fault with, and a regular-expression replace with a
 * callback per message was an eighth of its time. Templates are the catalogue's few hundred
 * constants (or a locale's), so the cache stays small.
 */
const COMPILED = new Map<string, (string | number)[]>();
const MAX_COMPILED = 2000;

function compiled(template: string): (string | number)[] {
  let parts = COMPILED.get(template);
  if (parts) return parts;
  parts = [];
  let from = 0;
  for (let at = template.indexOf('$'); at >= 0; at = template.indexOf('$', at + 1)) {
    const digit = template.charCodeAt(at + 1) - 0x30;
    if (!(digit >= 1 && digit <= 9)) continue;
    if (at > from) parts.push(template.slice(from, at));
    parts.push(digit - 1);
    from = at + 2;
    at += 1;
  }
  if (from < template.length) parts.push(template.slice(from));
  if (COMPILED.size >= MAX_COMPILED) COMPILED.clear();
  COMPILED.set(template, parts);
  return parts;
}
