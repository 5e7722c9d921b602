import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/core/i18n/catalogue';
import { catalogueMessages, localeMessage, mergeMessages, translationProblems } from '../../../src/core/i18n/locale-messages';

describe('localeMessage', () => {
  it('turns $1…$n into named placeholders whose content refers to the substitutions', () => {
    expect(localeMessage('$1 is set on $2 responses', 'd')).toEqual({
      message: '$ARG1$ is set on $ARG2$ responses',
      description: 'd',
      placeholders: { arg1: { content: '$1' }, arg2: { content: '$2' } },
    });
  });

  it('writes a dollar sign of the text as $$, and gives a message without arguments no placeholders', () => {
    expect(localeMessage('costs $ 5', 'd')).toEqual({ message: 'costs $$ 5', description: 'd' });
  });
});

describe('catalogueMessages', () => {
  it('holds every phrase of the catalogue under its id', () => {
    expect(Object.keys(catalogueMessages()).sort()).toEqual(Object.keys(CATALOGUE).sort());
  });
});

describe('mergeMessages', () => {
  it('reports a core id the UI already uses, in whatever case', () => {
    const { clashes } = mergeMessages({ fix: { message: 'Fix:' } }, { Fix: { message: 'x' }, other: { message: 'y' } });
    expect(clashes).toEqual(['Fix']);
  });

  it('keeps both sides when nothing clashes', () => {
    const { messages, clashes } = mergeMessages({ a: { message: 'A' } }, { b: { message: 'B' } });
    expect(clashes).toEqual([]);
    expect(messages).toEqual({ a: { message: 'A' }, b: { message: 'B' } });
  });
});

describe('translationProblems', () => {
  const english = { labelCookie: localeMessage('the cookie $1', 'd'), fix: { message: 'Fix:' } };

  it('accepts a translation with the English names and placeholders, in any case', () => {
    const french = {
      labelCookie: { message: 'le cookie $Arg1$', placeholders: { ARG1: { content: '$1' } } },
      fix: { message: 'Correctif :' },
    };
    expect(translationProblems(english, french)).toEqual([]);
  });

  it('names a message the English does not have', () => {
    expect(translationProblems(english, { labelCookies: { message: 'x' } })).toEqual(['labelCookies: not a message of the English catalogue']);
  });

  it('names a message whose placeholders differ from the English', () => {
    expect(translationProblems(english, { labelCookie: { message: 'le cookie' } })).toEqual(['labelCookie: placeholders none instead of arg1=$1']);
  });

  it('names a message that uses a placeholder it does not define', () => {
    const broken = { labelCookie: { message: 'le cookie $NAME$', placeholders: { arg1: { content: '$1' } } } };
    expect(translationProblems(english, broken)).toEqual(['labelCookie: uses undefined placeholders name']);
  });
});
