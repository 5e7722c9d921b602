import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHarStreamParser, type HarStreamHandlers } from '../../../src/core/har/har-stream-parser';
import type { HarProblem } from '../../../src/core/har/har-problem';
import { FIXTURES, harText } from './fixtures';

interface Collected {
  pages: unknown[];
  creators: unknown[];
  entries: unknown[];
  indexes: number[];
  problem: HarProblem | null;
}

/** Feeds `text` cut at `cuts` (offsets) and collects what the parser hands over. */
function feed(text: string, cuts: readonly number[] = [], handlers: Partial<HarStreamHandlers> = {}): Collected {
  const got: Collected = { pages: [], creators: [], entries: [], indexes: [], problem: null };
  const parser = createHarStreamParser({
    pages: (v) => got.pages.push(v),
    creator: (v) => got.creators.push(v),
    entry: (v, i) => {
      got.entries.push(v);
      got.indexes.push(i);
    },
    ...handlers,
  });
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    got.problem ??= parser.write(text.slice(from, cut));
    from = cut;
  }
  got.problem ??= parser.write(text.slice(from));
  got.problem ??= parser.end();
  return got;
}

function feedInPieces(text: string, size: number): Collected {
  const cuts: number[] = [];
  for (let i = size; i < text.length; i += size) cuts.push(i);
  return feed(text, cuts);
}

/** What the parser hands over for an entry: the bodies the audit never reads come out empty. */
function withoutBodies(entry: unknown): unknown {
  const copy = structuredClone(entry);
  for (const body of [member(member(copy, 'request'), 'postData'), member(member(copy, 'response'), 'content')]) {
    if (typeof body?.['text'] === 'string') body['text'] = '';
  }
  return copy;
}

function member(value: unknown, key: string): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const inner = (value as Record<string, unknown>)[key];
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Record<string, unknown>) : undefined;
}

const TRICKY = JSON.stringify({
  comment: 'a "quoted" \\ backslash, braces { [ ] } and a \u2028 line separator',
  log: {
    version: '1.2',
    creator: { name: 'Tricky', version: '1' },
    'odd key \\"': [1, { '}': ']' }],
    pages: [{ id: 'p', title: 'https://x.example/' }],
    entries: [{ a: 'x\\"y', b: [-1.5e3, true, false, null], c: {} }, {}, [], 'é😀', 7, null],
  },
  tail: [{ nested: [[[]]] }],
});

describe('createHarStreamParser', () => {
  it.each(Object.keys(FIXTURES) as (keyof typeof FIXTURES)[])('hands over exactly what JSON.parse reads from the %s fixture', (name) => {
    const text = harText(name);
    const whole = JSON.parse(text) as { log: { entries: unknown[]; pages?: unknown; creator: unknown } };
    const got = feed(text);
    expect(got.problem).toBeNull();
    expect(got.entries).toEqual(whole.log.entries.map(withoutBodies));
    expect(got.indexes).toEqual(whole.log.entries.map((_, i) => i));
    expect(got.pages).toEqual(whole.log.pages === undefined ? [] : [whole.log.pages]);
    expect(got.creators).toEqual([whole.log.creator]);
  });

  it.each([1, 2, 3, 5, 64])('gives the same result for chunks of %i characters', (size) => {
    const text = harText('firefox');
    expect(feedInPieces(text, size)).toEqual(feed(text));
    expect(feedInPieces(TRICKY, size)).toEqual(feed(TRICKY));
  });

  it('gives the same result wherever the chunks end, escapes and surrogate pairs included', () => {
    const reference = feed(TRICKY);
    expect(reference.problem).toBeNull();
    expect(reference.entries).toEqual((JSON.parse(TRICKY) as { log: { entries: unknown[] } }).log.entries);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: TRICKY.length - 1 }), { maxLength: 40 }), (cuts) => {
        expect(feed(TRICKY, cuts)).toEqual(reference);
      }),
    );
  });

  it('agrees with JSON.parse on any JSON value placed in a HAR', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.jsonValue(), fc.integer({ min: 1, max: 9 }), (entries, extra, size) => {
        const text = JSON.stringify({ extra, log: { entries, more: extra } }, null, size % 3);
        expect(feedInPieces(text, size).entries).toEqual((JSON.parse(text) as { log: { entries: unknown[] } }).log.entries.map(withoutBodies));
      }),
    );
  });

  it('hands over an entry with a multi-megabyte body with its Set-Cookie lines, holding none of the body', () => {
    const body = 'QUJD'.repeat(2 * 1024 * 1024);
    const lines = ['session=eyJ1c2VyIjoiZGVtbyJ9.aQ.sig; HttpOnly; Path=/', 'theme=dark; Path=/; SameSite=Lax'];
    const entry = {
      request: { method: 'POST', url: 'https://x.example/upload', headers: [], postData: { mimeType: 'text/plain', text: body } },
      response: { status: 200, headers: lines.map((value) => ({ name: 'Set-Cookie', value })), content: { size: body.length, mimeType: 'image/png', encoding: 'base64', text: body } },
    };
    const text = JSON.stringify({ log: { pages: [], entries: [entry] } });
    const parser = createHarStreamParser({ entry: (v) => got.push(v) });
    const got: unknown[] = [];
    for (let i = 0; i < text.length; i += 1 << 20) expect(parser.write(text.slice(i, i + (1 << 20)))).toBeNull();
    expect(parser.end()).toBeNull();
    expect(got).toEqual([withoutBodies(entry)]);
    expect(text.length).toBeGreaterThan(16_000_000);
    expect(parser.largestValue()).toBe(JSON.stringify(withoutBodies(entry)).length);
  });

  it('still refuses a body that is not valid JSON, and names the entry', () => {
    const text = '{"log":{"entries":[{}, {"response":{"content":{"text":"<p>\\x</p>"}}}]}}';
    const problem = { code: 'invalid-json', message: 'not valid JSON: log.entries[1] is malformed (starting at character 24)' };
    expect(feed(text).problem).toEqual(problem);
    for (let size = 1; size < 4; size++) expect(feedInPieces(text, size).problem).toEqual(problem);
  });

  it('says the file ends inside the entry when it ends inside a body', () => {
    expect(feed('{"log":{"entries":[{"response":{"content":{"text":"<p>abc').problem?.message).toBe(
      'truncated JSON: the file ends inside log.entries[0]',
    );
  });

  it('skips a byte order mark at the start', () => {
    expect(feed('\ufeff{"log":{"entries":[{"a":1}]}}').entries).toEqual([{ a: 1 }]);
  });

  it('checks but does not hand over entries when entriesStart says so', () => {
    const got = feed(harText('firefox'), [], { entriesStart: () => false });
    expect(got.problem).toBeNull();
    expect(got.entries).toEqual([]);
    expect(feed('{"log":{"entries":[{"a":}]}}', [], { entriesStart: () => false }).problem?.code).toBe('invalid-json');
  });

  it.each([
    ['', 'empty', 'the file is empty'],
    ['  \n ', 'empty', 'the file is empty'],
    ['{', 'truncated', 'truncated JSON: the file ends inside the top-level object'],
    ['{"log":{"version":"1.2","entries":[{"request":{"url":"https://x', 'truncated', 'truncated JSON: the file ends inside log.entries[0]'],
    ['{"log":{"entries":[{}, {}, {"a": 1', 'truncated', 'truncated JSON: the file ends inside log.entries[2]'],
    ['{"log":{"entries":[{}],', 'truncated', 'truncated JSON: the file ends inside log'],
    ['{"log":{"pages":[{"id":"p', 'truncated', 'truncated JSON: the file ends inside log.pages'],
    ['{"log":{"entries":[], "x": 12', 'truncated', 'truncated JSON: the file ends inside log.x'],
    ['{"lo', 'truncated', 'truncated JSON: the file ends inside the top-level object'],
    ['[]', 'not-a-har', 'not a HAR file: the top-level value is not an object'],
    ['"log"', 'not-a-har', 'not a HAR file: the top-level value is not an object'],
    ['{}', 'not-a-har', 'not a HAR file: no "log" object at the top level'],
    ['{"log": []}', 'not-a-har', 'not a HAR file: "log" is not an object'],
    ['{"log": {"pages": []}}', 'not-a-har', 'not a HAR file: log.entries is missing'],
    ['{"log": {"entries": {}}}', 'not-a-har', 'not a HAR file: log.entries is not an array'],
    ['<!doctype html>', 'invalid-json', "not valid JSON: unexpected '<' at character 1, expected a value"],
    ['{"log": {"entries": []}} x', 'invalid-json', "not valid JSON: unexpected 'x' at character 26, after the end of the JSON document"],
    ['{"log" {', 'invalid-json', "not valid JSON: unexpected '{' at character 8, expected ':' in the top-level object"],
    ['{"log": {"entries": [], }}', 'invalid-json', "not valid JSON: unexpected '}' at character 25, expected a property name in log"],
    ['{"log": {"entries": [{},]}}', 'invalid-json', "not valid JSON: unexpected ']' at character 25, expected a value in log.entries"],
    ['{"log": {"entries": [{"a": tru}]}}', 'invalid-json', 'not valid JSON: log.entries[0] is malformed (starting at character 22)'],
    ['{"log": {"entries": []}, "x": [1,,2]}', 'invalid-json', 'not valid JSON: x is malformed (starting at character 31)'],
    ['{"log": {"entries": [], "\u001b]0;x": 1, ', 'invalid-json', 'not valid JSON: a property name in log is malformed (starting at character 25)'],
  ])('rejects %j: %s', (text, code, message) => {
    const problem = feed(text).problem;
    expect(problem).toEqual({ code, message });
    for (let size = 1; size < 4; size++) expect(feedInPieces(text, size).problem).toEqual(problem);
  });

  it('rejects exactly the texts JSON.parse rejects', () => {
    const valid = '{"log":{"creator":{"name":"x"},"pages":[],"entries":[{"a":[1,2,{"b":"c\\"d"}]},{"e":null}]}}';
    for (let i = 0; i <= valid.length; i++) {
      for (const mutated of [valid.slice(0, i) + valid.slice(i + 1), valid.slice(0, i) + ',' + valid.slice(i)]) {
        let parses = true;
        try {
          JSON.parse(mutated);
        } catch {
          parses = false;
        }
        const problem = feed(mutated).problem;
        if (parses) expect(problem === null || problem.code === 'not-a-har').toBe(true);
        else expect(problem?.code, mutated).toMatch(/^(invalid-json|truncated|not-a-har|empty)$/);
      }
    }
  });

  it('names a member with odd characters safely in the message', () => {
    const problem = feed('{"log": {"entries": [], "a\\u001bb": [1,,]}}').problem;
    expect(problem?.message).toBe('not valid JSON: log["a\\u001bb"] is malformed (starting at character 37)');
  });

  it('stops at the first problem and keeps reporting it', () => {
    const parser = createHarStreamParser();
    const first = parser.write('[');
    expect(parser.write('{"log":{"entries":[]}}')).toBe(first);
    expect(parser.end()).toBe(first);
  });
});
