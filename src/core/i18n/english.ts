/** The English of a phrase, from the catalogue: what reports, the CLI and `Finding.message` carry. */
import { CATALOGUE } from './catalogue';
import type { Phrase } from './phrase';
import { fillTemplate, renderPhrase } from './render-phrase';

/** The catalogue as a map: a few hundred merged keys make a slow object to look ids up in. */
const TEMPLATES: ReadonlyMap<string, string> = new Map(Object.entries(CATALOGUE));

const lookup = (id: string, substitutions: string[]): string | null => {
  const template = TEMPLATES.get(id);
  return template === undefined ? null : fillTemplate(template, substitutions);
};

export function english(p: Phrase): string {
  // Every id is a PhraseId, so the lookup cannot miss; '' keeps core from throwing if data lies.
  return renderPhrase(p, lookup) ?? '';
}
