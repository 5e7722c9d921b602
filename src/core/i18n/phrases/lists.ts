/**
 * Joins for lists of phrases: a list is built as nested pairs, so a language can change the
 * separator (or drop the space between sentences) without a code change.
 */
export const LISTS = {
  listSentences: '$1 $2',
  listItems: '$1, $2',
} as const;
