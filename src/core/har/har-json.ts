/**
 * Reading HAR JSON defensively: a HAR comes from DevTools, Playwright, proxies and hand edits, so any
 * field may be missing or of another type. These accessors answer `undefined` instead of throwing.
 */
export type JsonObject = { [key: string]: unknown };

export interface HarHeader {
  name: string;
  value: string;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(obj: JsonObject, key: string): JsonObject | undefined {
  const value = obj[key];
  return isObject(value) ? value : undefined;
}

export function stringAt(obj: JsonObject, key: string): string | undefined {
  const value = obj[key];
  return typeof value === 'string' ? value : undefined;
}

export function numberAt(obj: JsonObject, key: string): number | undefined {
  const value = obj[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function arrayAt(obj: JsonObject, key: string): unknown[] | undefined {
  const value = obj[key];
  return Array.isArray(value) ? value : undefined;
}

/** The `headers` array of a request or response, keeping only well-formed name/value pairs. */
export function headersOf(message: JsonObject | undefined): HarHeader[] {
  const headers: HarHeader[] = [];
  for (const item of (message && arrayAt(message, 'headers')) ?? []) {
    if (!isObject(item)) continue;
    const name = stringAt(item, 'name');
    const value = item['value'];
    if (name === undefined) continue;
    // Some exporters write numeric header values (Content-Length: 123).
    if (typeof value === 'string') headers.push({ name, value });
    else if (typeof value === 'number') headers.push({ name, value: String(value) });
  }
  return headers;
}

/** Every value of a header, in order; `lowerName` must be lower-case. */
export function headerValues(headers: readonly HarHeader[], lowerName: string): string[] {
  const values: string[] = [];
  for (const header of headers) if (header.name.toLowerCase() === lowerName) values.push(header.value);
  return values;
}

export function firstHeader(headers: readonly HarHeader[], lowerName: string): string | undefined {
  for (const header of headers) if (header.name.toLowerCase() === lowerName) return header.value;
  return undefined;
}
