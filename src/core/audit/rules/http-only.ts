/** cookie-without-httponly. */
import { fixFor } from '../fixes';
import { capitalise, cookieLabel, lineEvidence, makeFinding } from '../finding';
import type { Rule } from '../rule-context';
import type { Finding } from '../types';

export const cookieWithoutHttpOnly: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    // A CSRF token must be readable by the page's scripts (double-submit): HttpOnly would break it.
    if (!c.live || c.live.stored.httpOnly || c.framework.role === 'csrf') return [];
    return [
      makeFinding(ctx, c, {
        ruleId: 'cookie-without-httponly',
        severity: c.sessionLike ? 'high' : 'low',
        message: `${capitalise(cookieLabel(c))} has no HttpOnly, so any script on the page can read it and a single XSS flaw leaks it.`,
        evidence: lineEvidence(ctx, c.live.line, c.live.fromJar),
        fix: fixFor('httponly', c.framework),
      }),
    ];
  });
