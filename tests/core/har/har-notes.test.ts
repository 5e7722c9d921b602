import { describe, expect, it } from 'vitest';
import { harNotes } from '../../../src/core/har/har-notes';
import { readHar } from '../../../src/core/har/read-har';
import { harText, type FIXTURES } from './fixtures';

function notesOf(name: keyof typeof FIXTURES) {
  const read = readHar(harText(name));
  if (!read.ok) throw new Error(read.problem.message);
  return harNotes(read.summary);
}

describe('harNotes', () => {
  it('says how to export a HAR with cookies when Chrome\'s sanitized export dropped them', () => {
    const notes = notesOf('sanitized');
    expect(notes.map((n) => n.code)).toEqual(['no-cookie-headers']);
    expect(notes[0]?.message).toContain('none of its 8 responses carries a cookie header');
    expect(notes[0]?.message).toContain('"Allow to generate HAR with sensitive data", then "Export HAR (with sensitive data)…"');
    expect(notes[0]?.message).toContain('"Save All As HAR" keeps cookies');
  });

  it('has nothing to say about HARs that keep their cookies', () => {
    for (const name of ['chrome', 'firefox', 'playwright', 'proxy'] as const) expect(notesOf(name)).toEqual([]);
  });

  it('says when Set-Cookie lines were rebuilt from response.cookies[]', () => {
    const notes = notesOf('cookiesOnly');
    expect(notes.map((n) => n.code)).toEqual(['rebuilt-from-cookies']);
    expect(notes[0]?.message).toMatch(/^2 responses have no Set-Cookie header but list cookies in response\.cookies\[\]/);
  });

  it.each([
    ['{"log":{"entries":[]}}', 'no-entries'],
    ['{"log":{"entries":[{"request":{"url":"https://x.example/"},"response":{"status":0}}]}}', 'no-responses'],
  ])('notices an empty recording: %s', (text, code) => {
    const read = readHar(text);
    expect(read.ok && harNotes(read.summary).map((n) => n.code)).toEqual([code]);
  });
});
