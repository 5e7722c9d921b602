import { describe, expect, it } from 'vitest';
import { english } from '../../../src/core/i18n/english';
import type { Phrase } from '../../../src/core/i18n/phrase';
import { resolveTaggedJson } from '../../../src/core/session/tagged-json';

/** The resolved value and its warnings in English. */
function resolve(json: string): { value: unknown; warnings: string[] } {
  const warnings: Phrase[] = [];
  const value = resolveTaggedJson(JSON.parse(json), warnings);
  return { value, warnings: warnings.map(english) };
}

describe('resolveTaggedJson', () => {
  it.each([
    ['a tuple becomes an array', '{"pt":{" t":[1,"two",3.5]}}', { pt: [1, 'two', 3.5] }],
    ['bytes become standard base64', '{"raw":{" b":"AAFiaW5hcnn/"}}', { raw: 'AAFiaW5hcnn/' }],
    ['Markup becomes its string', '{"html":{" m":"<b>bold</b>"}}', { html: '<b>bold</b>' }],
    ['a UUID becomes the canonical form', '{"id":{" u":"12345678123456781234567812345678"}}', { id: '12345678-1234-5678-1234-567812345678' }],
    ['a datetime becomes ISO 8601 UTC', '{"when":{" d":"Wed, 21 Oct 2015 07:28:00 GMT"}}', { when: '2015-10-21T07:28:00.000Z' }],
    ['" di" unwraps a key that looks like a tag', '{"d":{" di":{" t__":"not a tuple"}}}', { d: { ' t': 'not a tuple' } }],
    ['an unknown space key passes through', '{"d":{" x":1}}', { d: { ' x': 1 } }],
    ['tags nest inside tags', '{"a":{" t":[1,{" b":"eA=="},{" u":"00000000000000000000000000000001"}]}}', { a: [1, 'eA==', '00000000-0000-0000-0000-000000000001'] }],
    ['a tag key beside others is an ordinary key', '{" t":[1],"x":2}', { ' t': [1], x: 2 }],
    ['a top-level tagged value resolves too', '{" t":["success","Saved!"]}', ['success', 'Saved!']],
    ['scalars stay as they are', '42', 42],
  ])('%s', (_name, json, expected) => {
    expect(resolve(json).value).toEqual(expected);
  });

  it('normalises unpadded base64 in a bytes tag', () => {
    expect(resolve('{" b":"eA"}').value).toBe('eA==');
  });

  it.each([
    ['bytes', '{" b":"***"}', /bytes/],
    ['UUID', '{" u":"not-a-uuid"}', /UUID/],
    ['datetime', '{" d":"yesterday"}', /datetime/],
  ])('keeps a malformed %s value as stored and warns once', (_kind, json, warning) => {
    const doubled = `[${json},${json}]`;
    const { value, warnings } = resolve(doubled);
    expect(value).toEqual(JSON.parse(doubled).map((o: Record<string, string>) => Object.values(o)[0]));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(warning);
  });

  it('keeps a "__proto__" key as data instead of setting the prototype', () => {
    const { value } = resolve('{"__proto__":{"polluted":true},"a":1}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('resolves 10,000 levels of nesting without exhausting the stack', () => {
    const depth = 10_000;
    const json = '{"a":'.repeat(depth) + '{" t":[1]}' + '}'.repeat(depth);
    let node = resolve(json).value as Record<string, unknown>;
    for (let i = 0; i < depth; i++) node = node.a as Record<string, unknown>;
    expect(node).toEqual([1]);
  });
});
