import { english } from '../i18n/english';
import type { Phrase } from '../i18n/phrase';
import type { Diagnostic } from './types';

/** A diagnostic's English message with the phrase it was rendered from. */
export function worded(p: Phrase): Pick<Diagnostic, 'message' | 'text'> {
  return { message: english(p), text: { message: p } };
}
