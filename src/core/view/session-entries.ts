/** The rows of a decoded session: each top-level key, its value as text, whether it is secret, who wrote it. */
import type { Attribution, DecodedSession } from '../session/types';
import { valueText } from '../session/value-text';

export interface SessionEntry {
  key: string;
  /** The value as text, or null when the payload was not decoded with values. */
  value: string | null;
  sensitive: boolean;
  attribution: Attribution[];
}

const MAX_VALUE = 2000;

/** `payload` is the session's payload with values (null when only the redacted one is known). */
export function sessionEntries(session: DecodedSession, payload: unknown): SessionEntry[] {
  const keys = topLevel(session.payload);
  const values = payload === null || payload === undefined ? null : topLevel(payload);
  return keys.map(([key]) => {
    const found = values?.find(([k]) => k === key);
    return {
      key,
      value: found ? valueText(found[1], MAX_VALUE) : null,
      sensitive: session.sensitive.some((s) => s.key === '' || under(s.key, key)),
      attribution: session.attribution.filter((a) => under(a.key, key)),
    };
  });
}

function under(path: string, key: string): boolean {
  return path === key || path.startsWith(`${key}.`);
}

/** An object's own entries; any other payload is one entry with an empty key. */
function topLevel(payload: unknown): [string, unknown][] {
  if (payload !== null && typeof payload === 'object' && !Array.isArray(payload)) return Object.entries(payload);
  return payload === null || payload === undefined ? [] : [['', payload]];
}
