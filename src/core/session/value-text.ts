/**
 * A payload value as display text: a string as it is, anything else as JSON (String() where JSON
 * has nothing to say, or fails), cut after `max` characters with an ellipsis.
 */
export function valueText(value: unknown, max: number): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
