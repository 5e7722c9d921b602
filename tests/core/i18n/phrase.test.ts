import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../../../src/core/i18n/english';
import { joinPhrases, phrase } from '../../../src/core/i18n/phrase';
import { fillTemplate, renderPhrase } from '../../../src/core/i18n/render-phrase';

describe('phrases', () => {
  it('render in English from the catalogue, arguments in their places', () => {
    expect(english(phrase('findingLongLivedSession', phrase('labelSessionCookieStart', '"sid"'), '365'))).toBe(
      'The session cookie "sid" lives 365 days, so a stolen session stays usable that long.',
    );
  });

  it('take an argument as it is, dollar signs and placeholders included', () => {
    expect(english(phrase('labelCookie', '"$1 $$ $ARG1$"'))).toBe('the cookie "$1 $$ $ARG1$"');
    expect(fillTemplate('$2 before $1', ['a', '$&'])).toBe('$& before a');
  });

  it('join a list as nested pairs, so that one template of two serves any length', () => {
    const list = joinPhrases([phrase('diagPrefixHostNoSecure'), phrase('diagPrefixHostDomain', 'x.com'), phrase('diagPrefixHostNoPath')], 'listItems');
    expect(english(phrase('diagPrefixHost', list))).toBe(
      'A __Host- cookie must be Secure, have no Domain and have Path=/ (here: no Secure, Domain=x.com, no Path=/); the browser rejects it.',
    );
    expect(joinPhrases([], 'listItems')).toBe('');
    expect(joinPhrases(['only'], 'listItems')).toBe('only');
  });

  it('render through another lookup with the nested phrases first, as strings', () => {
    const seen: [string, string[]][] = [];
    const text = renderPhrase(phrase('findingWithoutHttpOnly', phrase('labelCookieStart', '"a"')), (id, args) => {
      seen.push([id, args]);
      return `${id}(${args.join('|')})`;
    });
    expect(text).toBe('findingWithoutHttpOnly(labelCookieStart("a"))');
    expect(seen).toEqual([
      ['labelCookieStart', ['"a"']],
      ['findingWithoutHttpOnly', ['labelCookieStart("a")']],
    ]);
  });

  it('render to nothing when the lookup lacks any id they use, so the caller falls back as a whole', () => {
    const lookup = (id: string) => (id === 'labelCookieStart' ? null : 'x');
    expect(renderPhrase(phrase('findingWithoutHttpOnly', phrase('labelCookieStart', '"a"')), lookup)).toBeNull();
  });
});

describe('fillTemplate, against the plain regular-expression replace it stands for', () => {
  const reference = (template: string, subs: readonly string[]) => template.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  const piece = fc.oneof(fc.constantFrom('$', '$$', '$0', '$1', '$9', '$10', '$ ', 'a', ' ', '€'), fc.string({ maxLength: 4 }));

  it('fills every template the same way, cached or not', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.array(fc.string({ maxLength: 5 }), { maxLength: 9 }), (pieces, subs) => {
        const template = pieces.join('');
        expect(fillTemplate(template, subs)).toBe(reference(template, subs));
        expect(fillTemplate(template, subs)).toBe(reference(template, subs));
      }),
      { seed: 4207, numRuns: 2000 },
    );
  });
});
