import type { AuditedCookie } from '../rule-context';

/** "_user_id (Flask-Login), csrf_token (Flask-WTF), cart": the payload's keys and who put them there. */
export function sessionKeys(c: AuditedCookie): string | null {
  const payload = c.session?.payload;
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return null;
  const keys = Object.keys(payload);
  if (keys.length === 0) return null;
  const libraries = new Map<string, string>();
  for (const a of c.session?.attribution ?? []) {
    const top = keys.find((k) => a.key === k || a.key.startsWith(`${k}.`)) ?? a.key;
    if (!libraries.has(top)) libraries.set(top, a.library);
  }
  return keys.map((k) => (libraries.has(k) ? `${k} (${libraries.get(k) ?? ''})` : k)).join(', ');
}
