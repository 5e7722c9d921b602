/**
 * The attributes of a Set-Cookie line as written, and how they changed from one line to the next.
 * Split the way the browser splits (RFC 6265bis §5.6: every ';' ends a pair, no quoting).
 */
import type { SetEvent } from '../core/ledger/types';

export interface Attribute {
  name: string;
  value: string;
}

export interface AttributeChange {
  time: number;
  deletion: boolean;
  added: Attribute[];
  removed: Attribute[];
  changed: { name: string; from: string; to: string }[];
}

export function lineAttributes(line: string): Attribute[] {
  return line
    .split(';')
    .slice(1)
    .map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? { name: part.trim(), value: '' } : { name: part.slice(0, eq).trim(), value: part.slice(eq + 1).trim() };
    })
    .filter((a) => a.name !== '');
}

/** Expires moves with every refresh of a permanent session: only its arrival or removal is a change. */
const MOVING = new Set(['expires']);

export function attributeChanges(history: readonly SetEvent[]): AttributeChange[] {
  const changes: AttributeChange[] = [];
  for (let i = 1; i < history.length; i++) {
    const prev = history[i - 1];
    const next = history[i];
    if (!prev || !next) continue;
    const change = diff(byName(lineAttributes(prev.line)), byName(lineAttributes(next.line)));
    if (change.added.length + change.removed.length + change.changed.length > 0 || next.deletion !== prev.deletion) {
      changes.push({ time: next.time, deletion: next.deletion, ...change });
    }
  }
  return changes;
}

function byName(attributes: Attribute[]): Map<string, Attribute> {
  return new Map(attributes.map((a) => [a.name.toLowerCase(), a]));
}

function diff(before: Map<string, Attribute>, after: Map<string, Attribute>): Omit<AttributeChange, 'time' | 'deletion'> {
  const added = [...after].filter(([k]) => !before.has(k)).map(([, a]) => a);
  const removed = [...before].filter(([k]) => !after.has(k)).map(([, a]) => a);
  const changed = [...after].flatMap(([k, a]) => {
    const old = before.get(k);
    return old && old.value !== a.value && !MOVING.has(k) ? [{ name: a.name, from: old.value, to: a.value }] : [];
  });
  return { added, removed, changed };
}
