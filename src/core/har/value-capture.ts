/**
 * One JSON value read chunk by chunk until its end, keeping its text for JSON.parse — except the
 * strings at the member paths it is told to drop. A HAR entry is mostly its bodies
 * (`response.content.text`, often base64, `request.postData.text`), and the audit never looks at
 * them: keeping them made one entry with a 60 MB body cost 316 MB. So they are dropped as they stream
 * by and handed over as "". Every string is still checked character by character, so a value is
 * refused exactly when JSON.parse would refuse it, dropped strings included.
 *
 * Strings are dropped by where they are, never by their size: a long header or URL is read by the
 * audit, and the streamed result must equal reading the whole file at once.
 *
 * Member names are compared as written: a name spelled with escapes (`"te\u0078t"`) is not
 * recognised, which only means its string is kept.
 */
import { BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE } from './json-chars';

/** scan's answer when the chunk ended inside the value. */
export const MORE = -1;
/** scan's answer when a string is not valid JSON (control character, bad escape). */
export const MALFORMED = -2;

/** Member paths, from the value's root, whose string values are never kept; ANY_ELEMENT stands for an array's elements. */
export type DroppedPaths = readonly (readonly string[])[];

export const ANY_ELEMENT = '[]';

/** What the audit never reads in a HAR entry, and where nearly all of a HAR's bytes are. */
export const ENTRY_BODIES: DroppedPaths = [
  ['response', 'content', 'text'],
  ['request', 'postData', 'text'],
  // Form fields, a multipart upload's files among them.
  ['request', 'postData', 'params', ANY_ELEMENT, 'value'],
  // Chrome DevTools: every frame a WebSocket carried.
  ['_webSocketMessages', ANY_ELEMENT, 'data'],
];

export interface ValueCapture {
  /** Reads `s` from `i`: the index just past the value's end, MORE, or MALFORMED. */
  scan(s: string, i: number): number;
  /** Characters held so far. */
  kept(): number;
  /** The value's text, dropped strings emptied; complete once scan found the end. */
  text(): string;
}

type Mode = 'structure' | 'scalar' | 'kept' | 'dropped';

/** A run of string characters that need no second look (JSON forbids raw U+0000–U+001F in strings). */
// eslint-disable-next-line no-control-regex
const PLAIN = /[^"\\\u0000-\u001f]*/y;

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** The characters JSON allows after a backslash, 'u' aside: " \ / b f n r t. */
function isSimpleEscape(c: number): boolean {
  return c === QUOTE || c === BACKSLASH || c === 0x2f || c === 0x62 || c === 0x66 || c === 0x6e || c === 0x72 || c === 0x74;
}

function endsScalar(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET;
}

/** `first` is the value's first character, where the first scan starts. */
export function createValueCapture(first: number, dropped: DroppedPaths = []): ValueCapture {
  const deepest = Math.max(0, ...dropped.map((path) => path.length));
  const pieces: string[] = [];
  let keptChars = 0;
  /** Per open container: whether it is an object, and the member name last read in it (ANY_ELEMENT in arrays). */
  const objects: boolean[] = [];
  const keys: string[] = [];
  let expectKey = false;
  let mode: Mode = first === OPEN_BRACE || first === OPEN_BRACKET || first === QUOTE ? 'structure' : 'scalar';
  /** Whether the open string is a member name. */
  let inKey = false;
  let afterBackslash = false;
  let hexLeft = 0;
  /** Where the open string's characters begin in the kept text, to read it as a member name. */
  let stringFrom = 0;
  // Within scan: the chunk, and where its not-yet-stored kept run starts (-1: nothing kept).
  let s = '';
  let seg = -1;

  function keep(upTo: number): void {
    if (seg >= 0 && upTo > seg) {
      pieces.push(s.slice(seg, upTo));
      keptChars += upTo - seg;
    }
    seg = -1;
  }

  function keptAt(i: number): number {
    return keptChars + (seg >= 0 ? i - seg : 0);
  }

  function isDroppedPath(): boolean {
    const depth = objects.length;
    return dropped.some((path) => path.length === depth && path.every((name, d) => keys[d] === name));
  }

  function openString(i: number): void {
    const depth = objects.length;
    inKey = depth > 0 && objects[depth - 1] === true && expectKey;
    if (!inKey && isDroppedPath()) {
      keep(i + 1);
      mode = 'dropped';
      return;
    }
    mode = 'kept';
    stringFrom = keptAt(i + 1);
  }

  /** Notes the member name that just closed before `i`, at the depths dropped paths reach. */
  function closeKey(i: number): void {
    const depth = objects.length;
    if (depth > deepest) return;
    if (seg >= 0 && keptChars <= stringFrom) keys[depth - 1] = s.slice(seg + stringFrom - keptChars, i - 1);
    else keys[depth - 1] = (pieces.join('') + s.slice(Math.max(seg, 0), i - 1)).slice(stringFrom);
  }

  /** String characters from `i`: the index past the closing quote, MORE, or MALFORMED. */
  function stringBody(i: number): number {
    const len = s.length;
    while (i < len) {
      if (hexLeft > 0) {
        if (!isHex(s.charCodeAt(i++))) return MALFORMED;
        hexLeft--;
        continue;
      }
      if (afterBackslash) {
        const c = s.charCodeAt(i++);
        afterBackslash = false;
        if (c === 0x75) hexLeft = 4;
        else if (!isSimpleEscape(c)) return MALFORMED;
        continue;
      }
      PLAIN.lastIndex = i;
      PLAIN.test(s);
      i = PLAIN.lastIndex;
      if (i >= len) return MORE;
      const c = s.charCodeAt(i++);
      if (c === QUOTE) return i;
      if (c !== BACKSLASH) return MALFORMED;
      afterBackslash = true;
    }
    return MORE;
  }

  /** A string closed just before `i`; true when it was the whole value. */
  function closeString(i: number): boolean {
    if (inKey) closeKey(i);
    if (mode === 'dropped') seg = i - 1;
    mode = 'structure';
    return objects.length === 0;
  }

  /** One character between strings; true when it closed the value. */
  function structure(c: number, i: number): boolean {
    if (c === QUOTE) openString(i);
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      objects.push(c === OPEN_BRACE);
      keys.push(c === OPEN_BRACE ? '' : ANY_ELEMENT);
      expectKey = c === OPEN_BRACE;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      objects.pop();
      keys.pop();
      expectKey = false;
      return objects.length === 0;
    } else if (c === COLON) expectKey = false;
    else if (c === COMMA) expectKey = objects[objects.length - 1] === true;
    return false;
  }

  function scan(chunk: string, from: number): number {
    s = chunk;
    seg = mode === 'dropped' ? -1 : from;
    const end = scanChunk(from);
    if (end === MALFORMED) return end;
    keep(end === MORE ? s.length : end);
    s = '';
    return end;
  }

  function scanChunk(from: number): number {
    const len = s.length;
    let i = from;
    while (i < len) {
      if (mode === 'scalar') {
        if (endsScalar(s.charCodeAt(i))) return i;
        i++;
      } else if (mode === 'structure') {
        const c = s.charCodeAt(i++);
        if (structure(c, i - 1)) return i;
      } else {
        const end = stringBody(i);
        if (end < 0) return end;
        i = end;
        if (closeString(i)) return i;
      }
    }
    return MORE;
  }

  return {
    scan,
    kept: () => keptChars,
    text: () => pieces.join(''),
  };
}
