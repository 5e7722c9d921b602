/** Building blocks every rule uses to word a finding the same way. */
import { redactSetCookie } from '../cookie/redact';
import { english } from '../i18n/english';
import { phrase, type Phrase } from '../i18n/phrase';
import type { AuditedCookie, RuleContext } from './rule-context';
import { SEVERITIES, type Finding, type Severity } from './types';

const MAX_EVIDENCE = 2000;
const MAX_NAME_IN_TEXT = 64;

export function makeFinding(
  ctx: RuleContext,
  cookie: AuditedCookie | null,
  fields: { ruleId: string; severity: Severity; message: Phrase; evidence: string; fix: Phrase; thirdParty?: boolean },
): Finding {
  return {
    ruleId: fields.ruleId,
    severity: fields.severity,
    cookie: cookie ? { ...cookie.ref } : null,
    site: ctx.site.site,
    thirdParty: fields.thirdParty ?? (cookie ? !cookie.firstParty : false),
    message: english(fields.message),
    evidence: capped(fields.evidence),
    fix: english(fields.fix),
    text: { message: fields.message, fix: fields.fix },
  };
}

/** 'the session cookie "sid"', 'the cookie "theme"', 'the nameless cookie': the cookie mid-sentence. */
export function cookieLabel(cookie: AuditedCookie): Phrase {
  if (cookie.ref.name === '') return phrase(cookie.sessionLike ? 'labelNamelessSessionCookie' : 'labelNamelessCookie');
  return phrase(cookie.sessionLike ? 'labelSessionCookie' : 'labelCookie', shownName(cookie.ref.name));
}

/** The same label opening a sentence: a language capitalises it its own way, so it is its own phrase. */
export function cookieLabelStart(cookie: AuditedCookie): Phrase {
  if (cookie.ref.name === '') return phrase(cookie.sessionLike ? 'labelNamelessSessionCookieStart' : 'labelNamelessCookieStart');
  return phrase(cookie.sessionLike ? 'labelSessionCookieStart' : 'labelCookieStart', shownName(cookie.ref.name));
}

function shownName(name: string): string {
  return JSON.stringify(name.length > MAX_NAME_IN_TEXT ? `${name.slice(0, MAX_NAME_IN_TEXT)}…` : name);
}

/** A Set-Cookie line as evidence: the value redacted unless the user asked for values. */
export function lineEvidence(ctx: RuleContext, line: string, fromJar = false): string {
  const shown = ctx.includeValues ? line : redactSetCookie(line);
  return fromJar ? `browser jar: ${shown}` : shown;
}

/** A response URL as evidence: the query string can carry tokens, so it goes with the values. */
export function urlEvidence(ctx: RuleContext, url: string): string {
  if (ctx.includeValues) return url;
  const cut = url.search(/[?#]/);
  return cut < 0 ? url : `${url.slice(0, cut)}?…`;
}

export function lowerOneStep(severity: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.indexOf(severity) + 1, SEVERITIES.length - 1)] ?? severity;
}

/** 4312 → '4,312' without depending on the runtime's locale data. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function capped(text: string): string {
  return text.length <= MAX_EVIDENCE ? text : `${text.slice(0, MAX_EVIDENCE)}… (${formatCount(text.length)} characters in all)`;
}
