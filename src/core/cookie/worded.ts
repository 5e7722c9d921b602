import { english } from '../i18n/english';
import type { Phrase } from '../i18n/phrase';
import type { Diagnostic } from './types';

/** A diagnostic with its English message, rendered from the catalogue, and the phrase it came from. */
export function worded(fields: Omit<Diagnostic, 'message' | 'text'>, p: Phrase): Diagnostic {
  const d = fields as Diagnostic;
  d.message = english(p);
  d.text = { message: p };
  return d;
}
