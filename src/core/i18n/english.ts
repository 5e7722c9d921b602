/** The English of a phrase, from the catalogue: what reports, the CLI and `Finding.message` carry. */
import { CATALOGUE } from './catalogue';
import type { Phrase } from './phrase';
import { fillTemplate, renderPhrase } from './render-phrase';

const lookup = (id: string, substitutions: string[]): string | null =>
  Object.hasOwn(CATALOGUE, id) ? fillTemplate(CATALOGUE[id as keyof typeof CATALOGUE], substitutions) : null;

export function english(p: Phrase): string {
  // Every id is a PhraseId, so the lookup cannot miss; '' keeps core from throwing if data lies.
  return renderPhrase(p, lookup) ?? '';
}
