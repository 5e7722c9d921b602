/** Turns one site record (and the jar snapshot) into the RuleContext the rules read. */
import { registrableDomain } from '../cookie/domain';
import { recordKey } from '../ledger/cookie-identity';
import type { CookieRecord, SiteRecord } from '../ledger/types';
import { decodeCookie, type DecodeInput } from './decode-cookie';
import { detectFramework, siteFrameworkOf } from './framework';
import { jarLine, normaliseJarCookie } from './jar-line';
import { simulateJar } from './jar-simulation';
import { liveLineOf, replayHistory } from './replay-history';
import type { AuditedCookie, DecidedEvent, LiveLine, RuleContext } from './rule-context';
import { isSessionLike } from './session-like';
import type { AuditOptions, JarCookie } from './types';

type Draft = Omit<AuditedCookie, 'session' | 'sessionLike' | 'framework'>;

export function buildContext(site: SiteRecord, options: AuditOptions): RuleContext {
  const siteUrl = safeUrl(site.site);
  const siteHost = siteUrl.hostname;
  const jarCookies = (options.jar?.[site.site] ?? []).map(normaliseJarCookie);
  const byKey = new Map(jarCookies.map((c) => [recordKey(c), c]));
  const drafts: Draft[] = Object.values(site.cookies).map((record) => fromRecord(record, byKey.get(recordKey(record)), siteUrl, site.lastSeen));
  const known = new Set(Object.values(site.cookies).map((r) => recordKey(r)));
  for (const jc of jarCookies) {
    if (!known.has(recordKey(jc))) drafts.push(fromJar(jc, siteUrl, site.lastSeen));
  }
  const cookies = finish(drafts, { secrets: options.secrets ?? [], wordlist: options.wordlist ?? [] });
  return {
    now: options.now,
    site,
    siteHost,
    cookies,
    jar: simulateJar(cookies, siteUrl, site.lastSeen),
    hsts: site.hsts,
    includeValues: options.includeValues === true,
  };
}

function fromRecord(record: CookieRecord, jarCookie: JarCookie | undefined, siteUrl: URL, at: number): Draft {
  const events: DecidedEvent[] = replayHistory(record);
  // A cookie only scripts wrote has no Set-Cookie line: the jar snapshot, when given, says what it is.
  const live: LiveLine | null = liveLineOf(record, events) ?? (record.live && jarCookie ? jarLine(jarCookie, siteUrl, at) : null);
  const value = live ? live.stored.value : record.live ? record.lastValue : null;
  const { name, domain, path, hostOnly, firstParty } = record;
  return { ref: { name, domain, path }, hostOnly, record, firstParty, events, live, value };
}

function fromJar(cookie: JarCookie, siteUrl: URL, at: number): Draft {
  const { name, domain, path, hostOnly } = cookie;
  return {
    ref: { name, domain, path },
    hostOnly,
    record: null,
    firstParty: registrableDomain(domain) === registrableDomain(siteUrl.hostname),
    events: [],
    live: jarLine(cookie, siteUrl, at),
    value: cookie.value,
  };
}

/** Decodes each value once (pairing cookie-session's `name.sig`), then classifies the cookie. */
function finish(drafts: readonly Draft[], candidates: Pick<DecodeInput, 'secrets' | 'wordlist'>): AuditedCookie[] {
  const byName = draftsByName(drafts);
  const decoded = drafts.map((d) => {
    const session = d.value === null ? null : decodeCookie({ name: d.ref.name, value: d.value, signature: signatureOf(d, byName), ...candidates });
    return { d, session, hint: detectFramework(d.ref.name, d.value, session) };
  });
  const siteFramework = siteFrameworkOf(decoded.map((x) => x.hint));
  return decoded.map(({ d, session, hint }) => {
    // A third party's cookie is set by its code, not by the site's framework.
    const framework = { ...hint, siteFramework: d.firstParty ? siteFramework : null };
    return { ...d, session, sessionLike: isSessionLike(d.ref.name, session, hint.role), framework };
  });
}

/** The cookies with a value, by name: a site with thousands of cookies looks its `.sig` partners up, not through. */
function draftsByName(drafts: readonly Draft[]): Map<string, Draft[]> {
  const byName = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.value === null) continue;
    const same = byName.get(d.ref.name);
    if (same) same.push(d);
    else byName.set(d.ref.name, [d]);
  }
  return byName;
}

/** cookie-session's signature cookie: `<name>.sig`, of the same domain and path where there is one. */
function signatureOf(draft: Draft, byName: ReadonlyMap<string, Draft[]>): string | null {
  const candidates = byName.get(`${draft.ref.name}.sig`);
  if (!candidates) return null;
  const same = candidates.find((d) => d.ref.domain === draft.ref.domain && d.ref.path === draft.ref.path);
  return (same ?? candidates[0])?.value ?? null;
}

/** Site keys are origins the ledger made with new URL(); a hand-made ledger may hold anything. */
function safeUrl(origin: string): URL {
  try {
    return new URL(origin);
  } catch {
    return new URL('http://invalid.invalid');
  }
}
