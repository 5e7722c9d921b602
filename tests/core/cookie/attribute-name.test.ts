/**
 * classifyAttribute reads names as packed ints; these properties pin it to the plain reading
 * (ASCII lower case, then a table), on names that are right, nearly right and non-ASCII.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttributeKind, classifyAttribute } from '../../../src/core/cookie/attribute-name';

const KINDS = new Map<string, AttributeKind>(Object.entries({
  expires: AttributeKind.Expires,
  'max-age': AttributeKind.MaxAge,
  domain: AttributeKind.Domain,
  path: AttributeKind.Path,
  secure: AttributeKind.Secure,
  httponly: AttributeKind.HttpOnly,
  samesite: AttributeKind.SameSite,
  partitioned: AttributeKind.Partitioned,
  priority: AttributeKind.Nonstandard,
  sameparty: AttributeKind.Nonstandard,
  version: AttributeKind.Legacy,
  comment: AttributeKind.Legacy,
  commenturl: AttributeKind.Legacy,
  discard: AttributeKind.Legacy,
  port: AttributeKind.Legacy,
}));

function reference(name: string): AttributeKind {
  return KINDS.get(name.replace(/[A-Z]/g, (c) => c.toLowerCase())) ?? AttributeKind.Unknown;
}

/** Characters that fold onto a letter or '-' if folding is done carelessly: | 0x20, or a byte of a wider unit. */
const lookalike = fc.constantFrom(
  '\u0170', '\u0150', '\u0161', '\u212a', '\u017f', '\u0130', '\u0c6d', '\u2d2d', '\t', ' ', '_', '@', '[', '^', '`', '{', '=', 'é',
);
const randomCase = (name: string) =>
  fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }).map((upper) =>
    [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''),
  );
const edits = fc.constantFrom('keep', 'replace', 'insert', 'drop');
/** A known name in random case, sometimes with one character replaced, inserted or dropped. */
const nearName = fc
  .tuple(fc.constantFrom(...KINDS.keys()).chain(randomCase), fc.nat(), lookalike, edits)
  .map(([name, at, c, edit]) => {
    const i = at % name.length;
    if (edit === 'replace') return name.slice(0, i) + c + name.slice(i + 1);
    if (edit === 'insert') return name.slice(0, i) + c + name.slice(i);
    return edit === 'drop' ? name.slice(0, i) + name.slice(i + 1) : name;
  });
/** The parser rejects lines with control characters (except HTAB) before it classifies anything. */
const withoutControls = (text: string) =>
  [...text].map((c) => (c.charCodeAt(0) === 0x09 || (c >= ' ' && c !== '\u007f') ? c : 'x')).join('');
const anyName = fc.string({ unit: 'binary', maxLength: 12 }).map(withoutControls);

describe('classifyAttribute', () => {
  it('agrees with lower-casing the name and looking it up, inside a line as the parser hands it over', () => {
    fc.assert(
      fc.property(fc.oneof(nearName, anyName), fc.string({ maxLength: 4 }), fc.constantFrom('', '=x', ';'), (name, before, after) => {
        const line = `${before}${name}${after}`;
        expect(classifyAttribute(line, before.length, before.length + name.length)).toBe(reference(name));
      }),
      { seed: 6265, numRuns: 20_000 },
    );
  });

  it.each([
    ['a letter whose upper bits would spill into the next byte', '\u0170ath'],
    ['the Kelvin sign, which lower-cases to k in Unicode', 'Max-Age'.replace('a', '\u212a')],
    ['a tab where a dash belongs', 'max\tage'],
  ])('does not take %s for a known name', (_label, name) => {
    expect(classifyAttribute(name, 0, name.length)).toBe(AttributeKind.Unknown);
  });
});
