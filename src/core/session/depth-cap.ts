import { phrase, type Phrase } from '../i18n/phrase';

/**
 * Decoded payloads are cut at a fixed depth. No real session nests anywhere near it, but a
 * hostile one can nest 100,000 levels: JSON.parse copes, while JSON.stringify, structuredClone
 * (extension messaging and storage) and every recursive walk after it overflow the stack from
 * about 10,000 levels, and each level costs time in every later pass.
 */
export const MAX_PAYLOAD_DEPTH = 64;

const WARNING = phrase('warnDepthCapped', String(MAX_PAYLOAD_DEPTH));

/** The value itself when it is shallow enough; otherwise a copy with the deeper containers replaced by null. */
export function capDepth<T>(value: T, warnings: Phrase[]): T {
  if (!nestsDeeperThan(value, MAX_PAYLOAD_DEPTH)) return value;
  if (!warnings.some((w) => w.id === WARNING.id)) warnings.push(WARNING);
  // The top level is never cut, so an object stays an object and an array an array.
  return copyToDepth(value, 1) as T;
}

/** Iterative, and stops at the first container past the limit. */
function nestsDeeperThan(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (!isContainer(value)) continue;
    if (depth > limit) return true;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Recursive, but never deeper than the limit. */
function copyToDepth(value: unknown, depth: number): unknown {
  if (!isContainer(value)) return value;
  if (depth > MAX_PAYLOAD_DEPTH) return null;
  if (Array.isArray(value)) return value.map((item: unknown) => copyToDepth(item, depth + 1));
  // fromEntries defines own properties, so a "__proto__" key stays data instead of a prototype.
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, copyToDepth(child, depth + 1)]));
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
