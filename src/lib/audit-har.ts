/** A HAR (parsed, or its text) → the audit, for library users in Node or a browser. */
import { audit } from '../core/audit/audit';
import type { AuditOptions, AuditResult } from '../core/audit/types';
import type { HarSummary } from '../core/har/har-converter';
import { harNotes, type HarNote } from '../core/har/har-notes';
import type { HarProblem } from '../core/har/har-problem';
import { readHar } from '../core/har/read-har';
import type { LedgerLimits } from '../core/ledger/types';

export interface AuditHarOptions extends Partial<AuditOptions> {
  limits?: LedgerLimits;
}

export interface HarAuditResult extends AuditResult {
  har: HarSummary;
  /** Things to tell the user: a HAR exported without cookies, lines rebuilt from response.cookies[]. */
  notes: HarNote[];
}

/** Thrown by auditHar when the input is not a readable HAR; `problem.code` says why. */
export class HarError extends Error {
  override readonly name = 'HarError';
  constructor(readonly problem: HarProblem) {
    super(problem.message);
  }
}

/** `now` defaults to the current time. Throws HarError for input that is not a HAR. */
export function auditHar(har: unknown, options: AuditHarOptions = {}): HarAuditResult {
  const { limits, ...auditOptions } = options;
  const read = readHar(har, limits ? { limits } : {});
  if (!read.ok) throw new HarError(read.problem);
  const result = audit(read.ledger, { ...auditOptions, now: auditOptions.now ?? Date.now() });
  return { ...result, har: read.summary, notes: harNotes(read.summary) };
}
