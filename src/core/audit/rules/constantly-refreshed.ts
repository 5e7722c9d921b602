/** constantly-refreshed: a cookie re-sent on (almost) every response that could carry it. */
import type { CookieRecord } from '../../ledger/types';
import { eligibleResponses } from '../eligible-responses';
import { fixFor } from '../fixes';
import type { PhraseId } from '../../i18n/catalogue';
import { phrase } from '../../i18n/phrase';
import { cookieLabelStart, formatCount, makeFinding } from '../finding';
import type { Rule } from '../rule-context';
import type { Finding } from '../types';

const MIN_RESPONSES = 5;
const MIN_RATIO = 0.9;

type RefreshKind = 'same-value' | 'same-payload' | 'changing';

export const constantlyRefreshed: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const record = c.record;
    if (!record || record.setCount < 2) return [];
    const eligible = eligibleResponses(ctx.site, record);
    if (eligible < MIN_RESPONSES || record.setCount < MIN_RATIO * eligible) return [];
    const kind = refreshKind(record);
    const shown = Math.min(record.setCount, eligible);
    return [
      makeFinding(ctx, c, {
        ruleId: 'constantly-refreshed',
        severity: kind === 'changing' ? 'low' : 'medium',
        message: phrase(MESSAGE[kind], cookieLabelStart(c), String(shown), String(eligible)),
        evidence: evidence(record, shown, eligible),
        fix: fixFor('refresh', c.framework),
      }),
    ];
  });

const MESSAGE: Record<RefreshKind, PhraseId> = {
  'same-value': 'findingRefreshedSameValue',
  'same-payload': 'findingRefreshedSamePayload',
  changing: 'findingRefreshedChanging',
};

/**
 * "Mostly unchanged" means at most half of the chances to change were taken: each set after the
 * first is one chance. The value is checked first, then the payload (Flask moves the timestamp).
 */
function refreshKind(record: CookieRecord): RefreshKind {
  const chances = record.setCount - 1;
  if (record.valueChanges * 2 <= chances) return 'same-value';
  if (record.payloadChanges * 2 <= chances) return 'same-payload';
  return 'changing';
}

function evidence(record: CookieRecord, shown: number, eligible: number): string {
  const percent = Math.round((shown / eligible) * 100);
  return [
    `set on ${shown} of ${eligible} responses (${percent} %)`,
    `value changed ${times(record.valueChanges)}`,
    `payload changed ${times(record.payloadChanges)}`,
    `${formatCount(record.bytes)} bytes of Set-Cookie`,
  ].join(', ');
}

function times(n: number): string {
  return n === 1 ? '1 time' : `${formatCount(n)} times`;
}
