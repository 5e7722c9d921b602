/** Milliseconds since the epoch → ISO 8601 UTC, without the RangeError `toISOString` throws on bad input. */

// Four-digit years only (0000-01-01 .. 9999-12-31), so every time matches the schema's pattern:
// toISOString writes six-digit signed years outside that range.
const MIN_MS = -62_167_219_200_000;
const MAX_MS = 253_402_300_799_999;

export function isoTime(ms: number): string | null {
  if (!Number.isFinite(ms) || ms < MIN_MS || ms > MAX_MS) return null;
  return new Date(ms).toISOString();
}

export function isoTimeOr(ms: number, fallbackMs: number): string {
  return isoTime(ms) ?? isoTime(fallbackMs) ?? new Date(0).toISOString();
}
