import { describe, expect, it } from 'vitest';
import { CATALOGUE, SECTIONS } from '../../../src/core/i18n/catalogue';

const ENTRIES = SECTIONS.flatMap((s) => Object.entries(s.phrases));

/** The argument numbers a template uses, in order. */
function argumentsOf(template: string): number[] {
  return [...new Set([...template.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

describe('the English catalogue', () => {
  it('defines no id twice, even in letters of another case (browsers ignore the case of message names)', () => {
    const lower = ENTRIES.map(([id]) => id.toLowerCase());
    expect(lower.filter((id, i) => lower.indexOf(id) !== i)).toEqual([]);
    expect(Object.keys(CATALOGUE)).toHaveLength(ENTRIES.length);
  });

  it('names every phrase the way messages.json allows', () => {
    expect(ENTRIES.map(([id]) => id).filter((id) => !/^[A-Za-z][A-Za-z0-9_]*$/.test(id))).toEqual([]);
  });

  it('gives every phrase at most 9 arguments, $1 to $n with none skipped', () => {
    const offenders = ENTRIES.filter(([, template]) => {
      const used = argumentsOf(template);
      return used.length > 9 || used.some((n, i) => n !== i + 1);
    });
    expect(offenders).toEqual([]);
  });

  it('keeps every phrase on one line with no space at either end (a list joins items with its own)', () => {
    expect(ENTRIES.filter(([, template]) => /\n|^\s|\s$/.test(template))).toEqual([]);
  });
});
