/** cookie-oversized, cookie-large, attribute-oversized. */
import type { DiagnosticCode } from '../../cookie/types';
import { utf8Length } from '../../cookie/utf8-length';
import { payloadIdentity } from '../../session/payload-identity';
import { fixFor } from '../fixes';
import { phrase } from '../../i18n/phrase';
import { cookieLabelStart, formatCount, lineEvidence, makeFinding } from '../finding';
import type { AuditedCookie, Rule } from '../rule-context';
import type { Finding } from '../types';
import { latestRejection, liveDiagnostics } from './diagnostics';

const LARGE = 1024;
// A payload "grows" when it got longer at each of at least this many successive changes.
const GROWTH_STEPS = 3;

const TOO_LONG = new Set<DiagnosticCode>(['name-value-too-long']);

export const cookieOversized: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const hit = latestRejection(c, TOO_LONG);
    if (!hit) return [];
    const parsed = hit.item.decision.parsed;
    const bytes = parsed ? utf8Length(parsed.name) + utf8Length(parsed.value) : 0;
    return [
      makeFinding(ctx, c, {
        ruleId: 'cookie-oversized',
        severity: 'high',
        message: phrase('findingOversized', cookieLabelStart(c), formatCount(bytes)),
        evidence: `${formatCount(bytes)} bytes (limit 4,096): ${lineEvidence(ctx, hit.item.event.line)}`,
        fix: fixFor('server-side', c.framework),
      }),
    ];
  });

export const cookieLarge: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    if (!c.live) return [];
    const bytes = utf8Length(c.live.stored.name) + utf8Length(c.live.stored.value);
    const growth = c.sessionLike ? payloadGrowth(c) : null;
    if (bytes <= LARGE && growth === null) return [];
    const figures = [`${formatCount(bytes)} bytes of name and value`];
    if (growth) figures.push(`payload grew from ${formatCount(growth.from)} to ${formatCount(growth.to)} bytes over ${growth.steps} changes`);
    const message =
      bytes > LARGE
        ? phrase('findingLarge', cookieLabelStart(c), formatCount(bytes))
        : phrase('findingLargeGrowing', cookieLabelStart(c), String(growth?.steps ?? 0), formatCount(growth?.to ?? 0));
    return [
      makeFinding(ctx, c, {
        ruleId: 'cookie-large',
        severity: 'low',
        message,
        evidence: `${figures.join('; ')}: ${lineEvidence(ctx, c.live.line, c.live.fromJar)}`,
        fix: fixFor('server-side', c.framework),
      }),
    ];
  });

/** Growth over the recorded history: the last run of successive payloads, each longer than the one before. */
function payloadGrowth(c: AuditedCookie): { from: number; to: number; steps: number } | null {
  const sizes: number[] = [];
  let previous: string | null = null;
  for (const { decision } of c.events) {
    if (!decision.stored) continue;
    const payload = payloadIdentity(decision.stored.value);
    if (payload !== previous) sizes.push(payload.length);
    previous = payload;
  }
  let start = sizes.length - 1;
  while (start > 0 && (sizes[start - 1] ?? Infinity) < (sizes[start] ?? 0)) start--;
  const steps = sizes.length - 1 - start;
  if (steps < GROWTH_STEPS) return null;
  return { from: sizes[start] ?? 0, to: sizes[sizes.length - 1] ?? 0, steps };
}

const ATTRIBUTE_TOO_LONG = new Set<DiagnosticCode>(['attribute-too-long']);

export const attributeOversized: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] =>
    liveDiagnostics(c, ATTRIBUTE_TOO_LONG).map((d) => {
      const attribute = d.attribute ?? phrase('findingAttributeUnnamed');
      return makeFinding(ctx, c, {
        ruleId: 'attribute-oversized',
        severity: 'medium',
        message: phrase('findingAttributeOversized', cookieLabelStart(c), attribute),
        evidence: c.live ? `${d.message} ${lineEvidence(ctx, c.live.line, c.live.fromJar)}` : d.message,
        fix: phrase('fixShortenAttribute', attribute),
      });
    }),
  );
