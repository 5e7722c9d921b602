/**
 * Copies a decoded payload into plain JSON. Decoders promise JSON, but the writers must never
 * throw while serialising (a bigint would make JSON.stringify throw) whatever a decoder returns.
 */
import type { JsonValue } from './report-types';

// Deeper structures are cut off rather than risking a stack overflow on hostile nesting.
const MAX_DEPTH = 64;

export function toJsonValue(value: unknown, depth = 0): JsonValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object' || depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((item: unknown) => toJsonValue(item, depth + 1));
  // Object.fromEntries defines own properties, so a payload key '__proto__' stays a plain key.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]: [string, unknown]) => [key, toJsonValue(item, depth + 1)]),
  );
}

/** Top-level keys of an object payload, in payload order; none for arrays and scalars. */
export function payloadKeys(payload: unknown): string[] {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return [];
  return Object.keys(payload);
}
