import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createValueCapture, ENTRY_BODIES, MALFORMED, MORE } from '../../../src/core/har/value-capture';

interface Captured {
  /** Index in the whole text just past the value, or MORE / MALFORMED. */
  end: number;
  text: string;
  /** The most characters held after any chunk. */
  largest: number;
}

/** Captures the value at the start of `text`, fed in the pieces `cuts` make, as the stream parser does. */
function capture(text: string, cuts: readonly number[] = []): Captured {
  const value = createValueCapture(text.charCodeAt(0), ENTRY_BODIES);
  const bounds = [...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  let from = 0;
  let largest = 0;
  for (const to of [...bounds, text.length]) {
    const end = value.scan(text.slice(from, to), 0);
    largest = Math.max(largest, value.kept());
    if (end !== MORE) return { end: end < 0 ? end : from + end, text: value.text(), largest };
    from = to;
  }
  return { end: MORE, text: value.text(), largest };
}

const ENTRY = {
  request: { url: 'https://x.example/', postData: { mimeType: 'multipart/form-data', text: 'upload', params: [{ name: 'f', value: 'file bytes' }] } },
  response: { status: 200, headers: [{ name: 'Set-Cookie', value: 'a=1' }], content: { mimeType: 'text/html', text: '<p>"body"</p>\n' } },
  _webSocketMessages: [{ type: 'receive', data: 'frame' }],
};

const ENTRY_WITHOUT_BODIES = {
  request: { url: 'https://x.example/', postData: { mimeType: 'multipart/form-data', text: '', params: [{ name: 'f', value: '' }] } },
  response: { status: 200, headers: [{ name: 'Set-Cookie', value: 'a=1' }], content: { mimeType: 'text/html', text: '' } },
  _webSocketMessages: [{ type: 'receive', data: '' }],
};

describe('createValueCapture', () => {
  it('keeps an entry whole but for its bodies, which it hands over empty', () => {
    const text = JSON.stringify(ENTRY, null, 1);
    const got = capture(text);
    expect(got.end).toBe(text.length);
    expect(JSON.parse(got.text)).toEqual(ENTRY_WITHOUT_BODIES);
  });

  it('gives the same text wherever the chunks end', () => {
    const text = JSON.stringify(ENTRY);
    const reference = capture(text).text;
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 30 }), (cuts) => {
        expect(capture(text, cuts)).toMatchObject({ end: text.length, text: reference });
      }),
    );
  });

  it.each([
    ['a "text" member outside response.content', '{"text":"kept","response":{"text":"kept","content":{"body":{"text":"kept"}}}}'],
    ['a body that is not a string', '{"response":{"content":{"text":42}},"request":{"postData":{"text":null}}}'],
    ['the member names of a dropped path in an array', '{"response":[{"content":{"text":"kept"}}]}'],
    ['a member name spelled with escapes', '{"response":{"content":{"te\\u0078t":"kept"}}}'],
  ])('keeps %s', (_, text) => {
    expect(capture(text).text).toBe(text);
  });

  it('finds the end of a value that is a string, a number or a literal', () => {
    expect(capture('"a\\"b", 1')).toEqual({ end: 6, text: '"a\\"b"', largest: 6 });
    expect(capture('-1.5e3]')).toMatchObject({ end: 6, text: '-1.5e3' });
    expect(capture('true')).toMatchObject({ end: MORE, text: 'true' });
  });

  it('holds none of a body while it streams by', () => {
    const body = 'x'.repeat(4 * 1024 * 1024);
    const text = JSON.stringify({ response: { status: 200, content: { text: body } } });
    const cuts = Array.from({ length: 16 }, (_, i) => (i + 1) * 300_000);
    const got = capture(text, cuts);
    expect(got.text).toBe('{"response":{"status":200,"content":{"text":""}}}');
    expect(got.largest).toBe(got.text.length);
  });

  it.each([
    ['a raw control character', '{"response":{"content":{"text":"a\u0001b"}}}'],
    ['an unknown escape', '{"response":{"content":{"text":"a\\xb"}}}'],
    ['a short unicode escape', '{"response":{"content":{"text":"a\\u12g4"}}}'],
    ['a raw newline in a kept string', '{"request":{"url":"https://x.example/\n"}}'],
  ])('refuses a string with %s, dropped or kept, wherever the chunks end', (_, text) => {
    expect(() => JSON.parse(text)).toThrow();
    for (let i = 1; i < text.length; i++) expect(capture(text, [i]).end, `cut at ${i}`).toBe(MALFORMED);
  });

  it('accepts every escape JSON allows inside a dropped body', () => {
    const text = '{"response":{"content":{"text":"\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00"}}}';
    for (let i = 1; i < text.length; i++) expect(capture(text, [i]).text).toBe('{"response":{"content":{"text":""}}}');
  });
});
