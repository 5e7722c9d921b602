import type { Diagnostic, DiagnosticCode } from '../../cookie/types';
import type { AuditedCookie, DecidedEvent } from '../rule-context';

/** The most recent refused line whose refusal includes one of `codes`, with those diagnostics. */
export function latestRejection(
  cookie: AuditedCookie,
  codes: ReadonlySet<DiagnosticCode> | ((code: DiagnosticCode) => boolean),
): { item: DecidedEvent; diagnostics: Diagnostic[] } | null {
  const wanted = typeof codes === 'function' ? codes : (code: DiagnosticCode) => codes.has(code);
  for (let i = cookie.events.length - 1; i >= 0; i--) {
    const item = cookie.events[i];
    if (!item || item.decision.stored || item.decision.deletion) continue;
    const diagnostics = item.decision.diagnostics.filter((d) => d.effect === 'rejected' && wanted(d.code));
    if (diagnostics.length > 0) return { item, diagnostics };
  }
  return null;
}

/** Diagnostics of the live line with one of `codes`. */
export function liveDiagnostics(cookie: AuditedCookie, codes: ReadonlySet<DiagnosticCode>): Diagnostic[] {
  return cookie.live ? cookie.live.decision.diagnostics.filter((d) => codes.has(d.code)) : [];
}
