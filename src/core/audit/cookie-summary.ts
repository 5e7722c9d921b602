import { redactSetCookie } from '../cookie/redact';
import { eligibleResponses } from './eligible-responses';
import { redactSession } from './redact-session';
import type { AuditedCookie, RuleContext } from './rule-context';
import type { CookieSummary } from './types';

export function cookieSummary(ctx: RuleContext, c: AuditedCookie): CookieSummary {
  const r = c.record;
  const lastEvent = r?.history[r.history.length - 1];
  return {
    ...c.ref,
    hostOnly: c.hostOnly,
    setCount: r?.setCount ?? 0,
    valueChanges: r?.valueChanges ?? 0,
    payloadChanges: r?.payloadChanges ?? 0,
    deletions: r?.deletions ?? 0,
    firstParty: c.firstParty,
    live: r ? r.live : true,
    source: sourceOf(c),
    lastLine: lastEvent ? (ctx.includeValues ? lastEvent.line : redactSetCookie(lastEvent.line)) : '',
    session: c.session ? redactSession(c.session, ctx.includeValues) : null,
    timeline: r ? [...r.timeline] : [],
    eligibleResponses: r ? eligibleResponses(ctx.site, r) : 0,
  };
}

/** 'header' once any Set-Cookie line touched it; 'script' when only the cookies API saw it change. */
function sourceOf(c: AuditedCookie): CookieSummary['source'] {
  const r = c.record;
  if (!r) return 'jar';
  if (r.setCount + r.deletions + r.rejections > 0) return 'header';
  return 'script';
}
