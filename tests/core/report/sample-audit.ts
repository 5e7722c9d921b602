/**
 * A hand-built AuditResult for the report writers: a Flask app on http://127.0.0.1:5000 browsed for
 * 12 responses, plus hostile text in every field a page controls.
 */
import type { AuditResult, CookieSummary, Finding, SiteAudit } from '../../../src/core/audit/types';
import type { DecodedSession } from '../../../src/core/session/types';

export const HOSTILE = {
  img: '<img src=x onerror=alert(1)>',
  svg: '<svg onload=alert(1)>',
  script: '</script><script>alert(1)</script>',
  formula: "=cmd|' /C calc'!A0",
  cdata: ']]>',
  quotes: `say "hi" it's \`ls\``,
  pipes: 'a|b||c',
  newlines: 'line one\nline two\r\nline three',
  markdown: '**bold** _em_ [link](javascript:alert(1)) ![x](y) &lt;b&gt; \\ ~~x~~',
  unicode: 'café ☕ 🍪 \u202Eevil\u202C 日本語',
} as const;

export const SITE = 'http://127.0.0.1:5000';
export const START = Date.UTC(2025, 2, 14, 10, 0, 0);
const STEP = 5_000;
const RESPONSES = 12;
const times = (count: number, offset = 0): number[] =>
  Array.from({ length: count }, (_, index) => START + (offset + index) * STEP);

export const FLASK_SESSION: DecodedSession = {
  format: 'flask',
  payload: {
    _fresh: true,
    _id: 'f3c1e0a8d2',
    _permanent: true,
    _user_id: '42',
    csrf_token: '9f2b7c',
    'identity.auth_type': 'password',
    'identity.id': 42,
    [HOSTILE.img]: HOSTILE.script,
    [HOSTILE.formula]: [HOSTILE.cdata, HOSTILE.newlines, HOSTILE.unicode],
    ['__proto__']: { polluted: true },
    password: 'hunter2',
  },
  compressed: true,
  issuedAt: '2025-03-14T10:00:55.000Z',
  signature: { status: 'valid', secret: 'dev', knownSecret: { source: 'Flask documentation' } },
  attribution: [
    { key: '_user_id', library: 'Flask-Login', meaning: 'the id of the logged-in user' },
    { key: 'identity.id', library: 'Flask-Principal', meaning: 'the identity the permissions apply to' },
    { key: HOSTILE.svg, library: HOSTILE.quotes, meaning: HOSTILE.img },
  ],
  sensitive: [{ key: 'password', kind: 'password' }],
  warnings: [`payload key ${HOSTILE.script} is unusual`],
};

function cookie(partial: Partial<CookieSummary> & Pick<CookieSummary, 'name' | 'domain'>): CookieSummary {
  return {
    path: '/',
    hostOnly: true,
    setCount: 1,
    valueChanges: 1,
    payloadChanges: 1,
    deletions: 0,
    firstParty: true,
    live: true,
    source: 'header',
    lastLine: `${partial.name}=‹redacted›; Path=/`,
    session: null,
    timeline: times(1),
    eligibleResponses: RESPONSES,
    ...partial,
  };
}

const COOKIES: CookieSummary[] = [
  cookie({
    name: 'session',
    domain: '127.0.0.1',
    setCount: 12,
    valueChanges: 12,
    payloadChanges: 1,
    lastLine: 'session=‹redacted›; Expires=Mon, 14 Apr 2025 10:00:55 GMT; HttpOnly; Path=/',
    session: FLASK_SESSION,
    timeline: times(12),
  }),
  cookie({ name: '__Host-csrf', domain: '127.0.0.1', hostOnly: false, setCount: 2, valueChanges: 2, timeline: times(2, 3) }),
  cookie({
    name: '_ga',
    domain: 'analytics.example.net',
    hostOnly: false,
    firstParty: false,
    setCount: 3,
    valueChanges: 1,
    timeline: [START + 1_000, START + 21_000, START + 41_000],
  }),
  cookie({
    name: `${HOSTILE.img}${HOSTILE.formula}`,
    domain: '127.0.0.1',
    path: `/${HOSTILE.svg}`,
    source: 'script',
    lastLine: '',
    timeline: [],
    eligibleResponses: 0,
  }),
];

type FindingInput = Omit<Finding, 'site' | 'thirdParty' | 'cookie'> & { cookie: number | null; thirdParty?: boolean };

function finding(input: FindingInput): Finding {
  const summary = input.cookie === null ? undefined : COOKIES[input.cookie];
  const ref = summary === undefined ? null : { name: summary.name, domain: summary.domain, path: summary.path };
  return { ...input, site: SITE, thirdParty: input.thirdParty ?? false, cookie: ref };
}

const FINDINGS: Finding[] = [
  finding({
    ruleId: 'constantly-refreshed',
    severity: 'medium',
    cookie: 0,
    message: 'session is re-sent on 12 of 12 responses (100 %) with an unchanged payload.',
    evidence: '12 of 12 responses, 11 with the same payload; 2,844 bytes of Set-Cookie',
    fix: 'Set SESSION_REFRESH_EACH_REQUEST = False.',
  }),
  finding({
    ruleId: 'cookie-without-httponly',
    severity: 'low',
    cookie: 2,
    thirdParty: true,
    message: '_ga can be read by any script on the page.',
    evidence: '_ga=‹redacted›; Domain=analytics.example.net; Path=/',
    fix: 'Ask the provider; the site cannot change it.',
  }),
  finding({
    ruleId: 'session-known-secret',
    severity: 'critical',
    cookie: 0,
    message: 'The Flask session is signed with the publicly known secret "dev".',
    evidence: "signature verifies with SECRET_KEY 'dev' (Flask documentation)",
    fix: 'Rotate SECRET_KEY to a long random value, e.g. secrets.token_hex(32).',
  }),
  finding({
    ruleId: 'prefix-violation',
    severity: 'high',
    cookie: 1,
    message: 'A __Host- cookie must not have a Domain attribute; browsers reject it.',
    evidence: '__Host-csrf=‹redacted›; Domain=127.0.0.1; Path=/; Secure',
    fix: 'Remove Domain=127.0.0.1.',
  }),
  finding({
    ruleId: 'client-session-readable',
    severity: 'high',
    cookie: 0,
    message: `Anyone holding the session can read its keys, including ${HOSTILE.img}.`,
    evidence: `keys: _fresh, _id, ${HOSTILE.img}, ${HOSTILE.formula}, password`,
    fix: HOSTILE.markdown,
  }),
  finding({
    ruleId: 'samesite-missing',
    severity: 'low',
    cookie: 2,
    thirdParty: true,
    message: '_ga has no SameSite attribute.',
    evidence: '_ga=‹redacted›; Domain=analytics.example.net; Path=/',
    fix: 'Ask the provider to set SameSite.',
  }),
  finding({
    ruleId: 'invalid-attribute',
    severity: 'low',
    cookie: 3,
    message: `${HOSTILE.svg} ${HOSTILE.quotes} ${HOSTILE.pipes}`,
    evidence: `${HOSTILE.newlines}${HOSTILE.cdata}${HOSTILE.script}`,
    fix: `${HOSTILE.formula} ${HOSTILE.unicode}`,
  }),
  finding({
    ruleId: 'cookie-header-too-large',
    severity: 'medium',
    cookie: null,
    message: 'The cookies sent to http://127.0.0.1:5000/ add up to 8,312 bytes.',
    evidence: '8,312 bytes > 8,190',
    fix: 'Shrink the session.',
  }),
];

const FLASK_SITE: SiteAudit = {
  site: SITE,
  responses: RESPONSES,
  firstSeen: START,
  lastSeen: START + (RESPONSES - 1) * STEP,
  cookies: COOKIES,
  findings: FINDINGS,
  summary: { counts: { critical: 1, high: 2, medium: 2, low: 3, info: 0 }, score: 31, grade: 'F' },
};

const QUIET_SITE: SiteAudit = {
  site: 'https://xn--r8jz45g.jp',
  responses: 3,
  firstSeen: START,
  lastSeen: START + 2_000,
  cookies: [],
  findings: [],
  summary: { counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }, score: 100, grade: 'A+' },
};

export function sampleAudit(): AuditResult {
  return { generatedAt: START + 60_000, sites: [structuredClone(FLASK_SITE), structuredClone(QUIET_SITE)] };
}

export const META = { toolName: 'cookie-audit', toolVersion: '0.1.0', includeValues: false };
