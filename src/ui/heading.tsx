import { createElement, type ComponentChildren } from 'preact';

/** A heading whose level depends on where its section sits (h2 in the popup, h3 on the report page). */
export function Heading({ level, id, class: className, children }: { level: number; id?: string; class?: string; children: ComponentChildren }) {
  return createElement(`h${Math.min(6, Math.max(1, level))}`, { id, class: className }, children);
}
