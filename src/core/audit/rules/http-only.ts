/** cookie-without-httponly. */
import { fixFor } from '../fixes';
import { phrase } from '../../i18n/phrase';
import { cookieLabelStart, lineEvidence, makeFinding } from '../finding';
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
        message: phrase('findingWithoutHttpOnly', cookieLabelStart(c)),
        evidence: lineEvidence(ctx, c.live.line, c.live.fromJar),
        fix: fixFor('httponly', c.framework),
      }),
    ];
  });
