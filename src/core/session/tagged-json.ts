import { phrase, type Phrase } from '../i18n/phrase';
import { decodeBase64, encodeBase64 } from './base64';
import { parseHttpDate } from './http-date';

/**
 * Resolves Flask's TaggedJSON (flask/json/tag.py) into plain JSON. A tagged value is an object
 * with exactly one key that names a tag; like Flask's `_untag_scan`, children are resolved first
 * and then the object itself, and a resolved value is never re-examined (so `" di"` can carry an
 * object whose key looks like a tag). Python-only types become JSON a reader can show:
 * tuple → array, bytes → standard base64, Markup → string, UUID → `xxxxxxxx-xxxx-…` lowercase,
 * datetime → ISO 8601 UTC. Keys that start with a space but name no tag pass through unchanged.
 *
 * Iterative, with an explicit stack: payloads come from the network and JSON.parse accepts far
 * deeper nesting than the call stack would.
 */
export function resolveTaggedJson(root: unknown, warnings: Phrase[]): unknown {
  if (!isContainer(root)) return root;
  const stack: Frame[] = [openFrame(root)];
  let resolved: unknown = root;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      if (isContainer(child)) stack.push(openFrame(child));
      else frame.results.push(child);
      continue;
    }
    stack.pop();
    const value = closeFrame(frame, warnings);
    const parent = stack[stack.length - 1];
    if (parent) parent.results.push(value);
    else resolved = value;
  }
  return resolved;
}

interface Frame {
  /** Object keys, or null for an array. */
  keys: string[] | null;
  children: unknown[];
  next: number;
  results: unknown[];
}

type Container = unknown[] | Record<string, unknown>;

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function openFrame(value: Container): Frame {
  if (Array.isArray(value)) return { keys: null, children: value, next: 0, results: [] };
  const keys = Object.keys(value);
  return { keys, children: keys.map((key) => value[key]), next: 0, results: [] };
}

function closeFrame(frame: Frame, warnings: Phrase[]): unknown {
  if (frame.keys === null) return frame.results;
  const [key] = frame.keys;
  if (frame.keys.length === 1 && key !== undefined && key.startsWith(' ')) {
    return untag(key, frame.results[0], warnings);
  }
  // fromEntries defines own properties, so a "__proto__" key stays data instead of a prototype.
  return Object.fromEntries(frame.keys.map((k, i) => [k, frame.results[i]]));
}

function untag(tag: string, value: unknown, warnings: Phrase[]): unknown {
  switch (tag) {
    case ' t':
      if (Array.isArray(value)) return value;
      break;
    case ' m':
      if (typeof value === 'string') return value;
      break;
    case ' b':
      if (typeof value === 'string') return untagBytes(value, warnings);
      break;
    case ' u':
      if (typeof value === 'string') return untagUuid(value, warnings);
      break;
    case ' d':
      if (typeof value === 'string') return untagDate(value, warnings);
      break;
    case ' di':
      if (isContainer(value) && !Array.isArray(value)) return untagDict(value);
      break;
  }
  return { [tag]: value };
}

function untagBytes(value: string, warnings: Phrase[]): string {
  const bytes = decodeBase64(value);
  if (bytes) return encodeBase64(bytes, 'standard');
  note(warnings, phrase('warnFlaskBytesTag'));
  return value;
}

function untagUuid(value: string, warnings: Phrase[]): string {
  const hex = value.replace(/^(?:urn:)?(?:uuid:)?\{?/i, '').replace(/\}$/, '').replace(/-/g, '').toLowerCase();
  if (/^[0-9a-f]{32}$/.test(hex)) {
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  note(warnings, phrase('warnFlaskUuidTag'));
  return value;
}

function untagDate(value: string, warnings: Phrase[]): string {
  const ms = parseHttpDate(value);
  if (ms !== null) return new Date(ms).toISOString();
  note(warnings, phrase('warnFlaskDateTag'));
  return value;
}

/** `" di"` wraps an object whose one key looks like a tag; Flask appended `__` to that key. */
function untagDict(value: Record<string, unknown>): Record<string, unknown> {
  const [key] = Object.keys(value);
  if (key === undefined) return {};
  return Object.fromEntries([[key.slice(0, -2), value[key]]]);
}

function note(warnings: Phrase[], message: Phrase): void {
  if (!warnings.some((w) => w.id === message.id)) warnings.push(message);
}
