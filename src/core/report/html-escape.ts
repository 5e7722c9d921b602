/** Untrusted text → HTML text or attribute content. Quotes too, so the result is safe in attributes. */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** A <pre> block of untrusted text. HTML drops a newline right after `<pre>`; ours goes, the text's stays. */
export function preHtml(text: string): string {
  return `<pre>\n${escapeHtml(text)}</pre>`;
}
