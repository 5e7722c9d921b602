import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/audit';
import { RULE_CHECKS } from '../../../src/core/audit/rule-registry';

const FINDINGS = readFileSync(path.resolve(__dirname, '../../../../shared/FINDINGS.md'), 'utf8');
const DOCUMENTED = [...FINDINGS.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);

describe('the rule catalogue', () => {
  it('lists every rule of FINDINGS.md, in its order', () => {
    expect(DOCUMENTED.length).toBe(27);
    expect(RULES.map((r) => r.id)).toEqual(DOCUMENTED);
  });

  it('has a check for every rule and no check without a rule', () => {
    expect(Object.keys(RULE_CHECKS).sort()).toEqual([...DOCUMENTED].sort());
  });

  it('is documented in docs/findings.md', () => {
    const docs = readFileSync(path.resolve(__dirname, '../../../docs/findings.md'), 'utf8');
    for (const id of DOCUMENTED) expect(docs).toContain(`\`${id}\``);
  });
});
