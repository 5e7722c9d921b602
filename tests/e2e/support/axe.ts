import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExtensionView } from './harness';

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

export interface AxeResult {
  violations: AxeViolation[];
  /** Whether axe's color-contrast rule found text it could measure and that passed. */
  contrastPassed: boolean;
}

/** axe-core's default rules (colour contrast included), injected through the automation API (the extension's CSP would refuse a script tag). */
export async function runAxe(view: Pick<ExtensionView, 'evaluate'>): Promise<AxeResult> {
  await view.evaluate(`${AXE_SOURCE};0`);
  return view.evaluate<AxeResult>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => ({
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })),
      contrastPassed: r.passes.some((p) => p.id === 'color-contrast' && p.nodes.length > 0),
    }))`,
  );
}

/** axe's violations on the page, with its default rules. */
export async function axeViolations(view: Pick<ExtensionView, 'evaluate'>): Promise<AxeViolation[]> {
  return (await runAxe(view)).violations;
}
