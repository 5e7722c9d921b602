/**
 * An incremental reader for HAR text of any size: text goes in chunk by chunk (a chunk may end
 * anywhere, even inside a string or an escape), and each `log.entries[i]` object comes out as soon
 * as it is complete, so memory holds one entry at a time, never the document, and of an entry not
 * its bodies.
 *
 * Two levels of work. The three containers a HAR is walked through (the top-level object, `log`,
 * `log.entries`) are tokenised here, character by character, with the JSON grammar checked. Every
 * value inside them (one entry, `log.pages`, `log.creator`, any other member) is only scanned for its
 * end by a value capture (value-capture.ts), which checks its strings and leaves an entry's bodies
 * out as they stream by (they come out as ""), and the text kept is then handed to JSON.parse, which
 * is native, fast and checks the rest of the grammar. Members a HAR reader does not need are parsed
 * too and dropped, so a file is rejected here exactly when JSON.parse would reject it.
 *
 * Never throws: a problem (not JSON, truncated, not a HAR) is returned, and the parser stops there.
 */
import {
  emptyFile,
  ENTRIES_NOT_ARRAY,
  invalidJson,
  LOG_NOT_OBJECT,
  memberPath,
  NO_ENTRIES,
  NO_LOG,
  NOT_AN_OBJECT,
  notAHar,
  truncated,
  type HarProblem,
} from './har-problem';
import { createValueCapture, ENTRY_BODIES, MALFORMED, MORE, type ValueCapture } from './value-capture';
import { CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE } from './json-chars';

export interface HarStreamHandlers {
  pages?(value: unknown): void;
  creator?(value: unknown): void;
  /**
   * Called when `log.entries` begins. Return false to have its entries checked but not handed over:
   * a reader that meets the entries before `log.pages` reads the file twice.
   */
  entriesStart?(): boolean;
  entry?(value: unknown, index: number): void;
}

export interface HarStreamParser {
  write(chunk: string): HarProblem | null;
  end(): HarProblem | null;
  /**
   * The most characters held at once for one value (an entry, `log.pages`, …): what reading costs
   * in memory, bodies left out.
   */
  largestValue(): number;
}

type Role = 'root' | 'log' | 'entries';
type Expect = 'key-or-end' | 'key' | 'colon' | 'value' | 'value-or-end' | 'comma-or-end';

interface Frame {
  role: Role;
  path: string;
  expect: Expect;
  key: string;
  index: number;
  /** root: has a `log`; log: has `entries`. */
  found: boolean;
}

type Target = 'key' | 'pages' | 'creator' | 'entry' | 'other';

/** The value being scanned for its end. */
interface Capture {
  target: Target;
  path: string;
  start: number;
  value: ValueCapture;
}

const BOM = 0xfeff;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The first character of a number, true, false or null. */
function startsScalar(c: number): boolean {
  return c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e;
}

function startsValue(c: number): boolean {
  return c === OPEN_BRACE || c === OPEN_BRACKET || c === QUOTE || startsScalar(c);
}

function describe(c: number): string {
  if (c >= 0x20 && c < 0x7f) return `'${String.fromCharCode(c)}'`;
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

const EXPECTED: Readonly<Record<Expect, string>> = {
  'key-or-end': "a property name or '}'",
  key: 'a property name',
  colon: "':'",
  value: 'a value',
  'value-or-end': "a value or ']'",
  'comma-or-end': "',' or a closing bracket",
};

export function createHarStreamParser(handlers: HarStreamHandlers = {}): HarStreamParser {
  const stack: Frame[] = [];
  let capture: Capture | null = null;
  let problem: HarProblem | null = null;
  let offset = 0;
  let started = false;
  let done = false;
  let readEntries = true;
  let largestValue = 0;

  function fail(p: HarProblem): HarProblem {
    problem = p;
    return p;
  }

  function unexpected(c: number, at: number, expect: Expect, frame: Frame | undefined): HarProblem {
    const where = frame === undefined ? '' : ` in ${frame.path === '' ? 'the top-level object' : frame.path}`;
    return fail(invalidJson(`unexpected ${describe(c)} at character ${offset + at + 1}, expected ${EXPECTED[expect]}${where}`));
  }

  function beginCapture(target: Target, path: string, c: number, at: number): void {
    capture = { target, path, start: offset + at, value: createValueCapture(c, target === 'entry' ? ENTRY_BODIES : []) };
  }

  function malformed(cap: Capture): HarProblem {
    capture = null;
    // JSON.parse's own message differs between engines and may quote the text (a cookie value).
    const what = cap.target === 'key' ? `a property name in ${cap.path === '' ? 'the top-level object' : cap.path}` : cap.path;
    return fail(invalidJson(`${what} is malformed (starting at character ${cap.start + 1})`));
  }

  function finishCapture(cap: Capture): HarProblem | null {
    let value: unknown;
    try {
      value = JSON.parse(cap.value.text());
    } catch {
      return malformed(cap);
    }
    capture = null;
    const frame = stack[stack.length - 1];
    if (frame === undefined) return null;
    if (cap.target === 'key') {
      frame.key = typeof value === 'string' ? value : '';
      frame.expect = 'colon';
      return null;
    }
    frame.expect = 'comma-or-end';
    if (cap.target === 'pages') handlers.pages?.(value);
    else if (cap.target === 'creator') handlers.creator?.(value);
    else if (cap.target === 'entry') {
      if (readEntries) handlers.entry?.(value, frame.index);
      frame.index += 1;
    }
    return null;
  }

  /** A value starts at `at` inside `frame`: descend into log / entries, or capture it. */
  function startValue(frame: Frame, c: number, at: number): HarProblem | null {
    if (frame.role === 'entries') {
      beginCapture('entry', `${frame.path}[${frame.index}]`, c, at);
      return null;
    }
    const path = memberPath(frame.path, frame.key);
    if (frame.role === 'root' && frame.key === 'log') {
      if (c !== OPEN_BRACE) return fail(notAHar(LOG_NOT_OBJECT));
      frame.found = true;
      stack.push({ role: 'log', path, expect: 'key-or-end', key: '', index: 0, found: false });
      return null;
    }
    if (frame.role === 'log' && frame.key === 'entries') {
      if (c !== OPEN_BRACKET) return fail(notAHar(ENTRIES_NOT_ARRAY));
      frame.found = true;
      readEntries = handlers.entriesStart?.() ?? true;
      stack.push({ role: 'entries', path, expect: 'value-or-end', key: '', index: 0, found: false });
      return null;
    }
    const target: Target = frame.role === 'log' && (frame.key === 'pages' || frame.key === 'creator') ? frame.key : 'other';
    beginCapture(target, path, c, at);
    return null;
  }

  function close(frame: Frame, c: number, at: number): HarProblem | null {
    const wanted = frame.role === 'entries' ? CLOSE_BRACKET : CLOSE_BRACE;
    if (c !== wanted) return unexpected(c, at, frame.expect, frame);
    if (frame.role === 'root' && !frame.found) return fail(notAHar(NO_LOG));
    if (frame.role === 'log' && !frame.found) return fail(notAHar(NO_ENTRIES));
    stack.pop();
    const parent = stack[stack.length - 1];
    if (parent === undefined) done = true;
    else parent.expect = 'comma-or-end';
    return null;
  }

  /** One structural character of the root, log or entries container. */
  function step(c: number, at: number): HarProblem | null {
    const frame = stack[stack.length - 1];
    if (frame === undefined) {
      if (done) return fail(invalidJson(`unexpected ${describe(c)} at character ${offset + at + 1}, after the end of the JSON document`));
      if (c === OPEN_BRACE) {
        stack.push({ role: 'root', path: '', expect: 'key-or-end', key: '', index: 0, found: false });
        return null;
      }
      if (startsValue(c)) return fail(notAHar(NOT_AN_OBJECT));
      return unexpected(c, at, 'value', undefined);
    }
    switch (frame.expect) {
      case 'key-or-end':
      case 'key':
        if (c === QUOTE) beginCapture('key', frame.path, c, at);
        else if (c === CLOSE_BRACE && frame.expect === 'key-or-end') return close(frame, c, at);
        else return unexpected(c, at, frame.expect, frame);
        return null;
      case 'colon':
        if (c !== COLON) return unexpected(c, at, 'colon', frame);
        frame.expect = 'value';
        return null;
      case 'value-or-end':
        if (c === CLOSE_BRACKET) return close(frame, c, at);
        return startsValue(c) ? startValue(frame, c, at) : unexpected(c, at, frame.expect, frame);
      case 'value':
        return startsValue(c) ? startValue(frame, c, at) : unexpected(c, at, frame.expect, frame);
      case 'comma-or-end':
        if (c === COMMA) {
          frame.expect = frame.role === 'entries' ? 'value' : 'key';
          return null;
        }
        return close(frame, c, at);
    }
  }

  function write(chunk: string): HarProblem | null {
    if (problem !== null) return problem;
    let i = 0;
    const len = chunk.length;
    if (offset === 0 && len > 0 && chunk.charCodeAt(0) === BOM) i = 1;
    while (i < len) {
      const cap: Capture | null = capture;
      if (cap !== null) {
        const end = cap.value.scan(chunk, i);
        largestValue = Math.max(largestValue, cap.value.kept());
        if (end === MORE) break;
        if (end === MALFORMED) return malformed(cap);
        if (finishCapture(cap) !== null) return problem;
        i = end;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (isWhitespace(c)) {
        i++;
        continue;
      }
      started = true;
      if (step(c, i) !== null) return problem;
      // A value's capture reads it from its first character.
      if (capture === null) i++;
    }
    offset += len;
    return null;
  }

  function end(): HarProblem | null {
    if (problem !== null) return problem;
    if (!started) return fail(emptyFile());
    if (done) return null;
    const cap: Capture | null = capture;
    const inside = cap !== null && cap.target !== 'key' ? cap.path : stack[stack.length - 1]?.path;
    return fail(truncated(inside === undefined || inside === '' ? 'the top-level object' : inside));
  }

  return { write, end, largestValue: () => largestValue };
}
