/**
 * Differential test against tough-cookie (Cookie.parse, and a CookieJar for storage) on generated
 * Set-Cookie lines. Every disagreement must be one of the named, explained differences below:
 * tough-cookie follows RFC 6265 (2011) where 6265bis and today's browsers moved on.
 */
import fc from 'fast-check';
import { Cookie, CookieJar } from 'tough-cookie';
import { describe, expect, it } from 'vitest';
import { isIpAddress } from '../../../src/core/cookie/domain';
import { parseSetCookie } from '../../../src/core/cookie/parse-set-cookie';
import { decideStorage } from '../../../src/core/cookie/storage-model';
import type { DiagnosticCode, ParseResult, SameSite, StorageDecision } from '../../../src/core/cookie/types';

const NOW = Date.UTC(2026, 10, 23, 18, 0, 0);
const DAY = 24 * 60 * 60 * 1000;
const SEED = 6265;
const RUNS = 3000;

const URLS = [
  'https://www.example.com/account/login',
  'https://example.com/',
  'http://www.example.com/a/b/c',
  'http://localhost:5000/app/',
  'http://127.0.0.1:8000/x',
  'https://sub.www.example.com/deep/path/file',
];

// ---- generated lines ---------------------------------------------------------------------------

const ws = fc.constantFrom('', '', '', ' ', '  ', '\t', ' \t');
const oddWs = fc.oneof({ weight: 20, arbitrary: fc.constantFrom('', ' ') }, { weight: 1, arbitrary: fc.constantFrom('\u00a0', '\ufeff') });

function randomCase(text: string): fc.Arbitrary<string> {
  return fc.constantFrom(text, text.toLowerCase(), text.toUpperCase(), text);
}

const name = fc.oneof(
  fc.constantFrom('session', 'sessionid', '_ga', 'PHPSESSID', 'connect.sid', 'csrftoken', 'a', 'X-Id'),
  fc.constantFrom('__Secure-id', '__Host-id', '__secure-id', '__HOST-id'),
  fc.stringMatching(/^[A-Za-z0-9_.!#$%&'*+^`|~-]{1,10}$/),
);

const value = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(
    'eyJfcGVybWFuZW50Ijp0cnVlfQ.awR_GQ.pSDd28fxcXvMYHRc44OLlVzL2xY',
    'GA1.1.1234567890.1700000000',
    's%3AtDSLMw-GXbmFB1gsLv1hTn2JRfhB06M9.vmROYrhtm98yD9k',
    '"quoted value"',
    'a b, c',
    '',
    'x=y=z',
    'tab\tinside',
  ) },
  { weight: 10, arbitrary: fc.stringMatching(/^[\x21-\x3a\x3c-\x7e]{0,24}$/) },
  { weight: 1, arbitrary: fc.constant('v'.repeat(4100)) },
);

const date = fc.oneof(
  fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2031, 0, 1) }).map((t) => new Date(t - (t % 1000)).toUTCString()),
  fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2031, 0, 1) }).map((t) => {
    const [wd, d, m, y, time] = new Date(t - (t % 1000)).toUTCString().split(' ');
    return `${wd} ${d}-${m}-${y} ${time} GMT`;
  }),
  fc.constantFrom('Thu, 01 Jan 1970 00:00:00 GMT', 'tomorrow', '', 'Wed, 31 Feb 2027 10:00:00 GMT', 'Sun Nov  6 08:49:37 2027'),
);

const maxAge = fc.oneof(
  fc.integer({ min: -100, max: 100_000_000 }).map(String),
  fc.constantFrom('0', '-1', '12a', '', ' 5', '1.5', '+60', '007'),
);

const domain = fc.constantFrom(
  'example.com',
  '.example.com',
  'www.example.com',
  'EXAMPLE.com',
  'other.com',
  'com',
  '',
  '.',
  'sub.www.example.com',
  'localhost',
  '127.0.0.1',
  'example.com.',
);

const path = fc.constantFrom('/', '/a', '/account', '/a/b/', 'a', '', '/deep/path');

const attribute = fc.oneof(
  fc.tuple(randomCase('Expires'), date).map(([n, v]) => `${n}=${v}`),
  fc.tuple(randomCase('Max-Age'), maxAge).map(([n, v]) => `${n}=${v}`),
  fc.tuple(randomCase('Domain'), domain).map(([n, v]) => `${n}=${v}`),
  fc.tuple(randomCase('Path'), path).map(([n, v]) => `${n}=${v}`),
  randomCase('Secure'),
  randomCase('HttpOnly'),
  fc.constantFrom('Secure=1', 'HttpOnly=true', 'Partitioned', 'Priority=High', 'Version=1', 'foo', 'x=y'),
  fc.tuple(randomCase('SameSite'), fc.constantFrom('Lax', 'Strict', 'None', 'bogus', '')).map(([n, v]) => `${n}=${v}`),
);

const rareAttribute = fc.oneof({ weight: 30, arbitrary: attribute }, { weight: 1, arbitrary: fc.constant(`Path=/${'p'.repeat(1100)}`) });

const line = fc
  .record({
    lead: oddWs,
    name,
    nameless: fc.constantFrom(false, false, false, false, false, false, false, false, false, true),
    gap1: ws,
    gap2: ws,
    value,
    attributes: fc.array(fc.tuple(ws, rareAttribute, ws), { maxLength: 6 }),
    trailing: fc.constantFrom('', '', ';', '; '),
    control: fc.oneof({ weight: 25, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('\r', '\n', '\u0001', '\u007f') }),
    controlAt: fc.nat(),
  })
  .map((r) => {
    const pair = r.nameless ? `${r.lead}${r.value}` : `${r.lead}${r.name}${r.gap1}=${r.gap2}${r.value}`;
    const text = pair + r.attributes.map(([a, attr, b]) => `;${a}${attr}${b}`).join('') + r.trailing;
    if (r.control === null) return text;
    const at = r.controlAt % (text.length + 1);
    return text.slice(0, at) + r.control + text.slice(at);
  });

const samples = fc.sample(fc.tuple(line, fc.constantFrom(...URLS)), { seed: SEED, numRuns: RUNS });

// ---- what each side says ----------------------------------------------------------------------

interface View {
  name: string;
  value: string;
  domain: string | null;
  path: string | null;
  secure: boolean;
  httpOnly: boolean;
  /** The enforcement: null for "Default" (absent, empty or an unknown value). */
  sameSite: SameSite | null;
  partitioned: boolean;
  /** ms since epoch; null for a session cookie; -Infinity for "already expired". */
  expiry: number | null;
}

type Field = keyof View | 'accepted';
const FIELDS: Field[] = ['accepted', 'name', 'value', 'domain', 'path', 'secure', 'httpOnly', 'sameSite', 'partitioned', 'expiry'];

function ourParseView(result: ParseResult): View | null {
  const c = result.cookie;
  if (c === null) return null;
  let expiry: number | null = c.expires ?? null;
  if (c.maxAge !== undefined) expiry = c.maxAge <= 0 ? -Infinity : NOW + c.maxAge * 1000;
  return {
    name: c.name,
    value: c.value,
    domain: c.domain ?? null,
    path: c.path ?? null,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: c.sameSite ?? null,
    partitioned: c.partitioned,
    expiry,
  };
}

function toughView(c: Cookie | undefined): View | null {
  if (c === undefined) return null;
  const time = c.expiryTime(new Date(NOW));
  return {
    name: c.key,
    value: c.value,
    domain: c.domain ?? null,
    path: c.path ?? null,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: toughSameSite(c.sameSite),
    partitioned: toughPartitioned(c),
    expiry: time === undefined || time === Infinity ? null : time,
  };
}

function toughSameSite(sameSite: string | undefined): SameSite | null {
  return sameSite === 'strict' || sameSite === 'lax' || sameSite === 'none' ? sameSite : null;
}

/**
 * tough-cookie 6 has no Partitioned attribute; it keeps every attribute it does not know, as
 * written, in `extensions`. Its name is read from there the way tough-cookie reads attribute names.
 */
function toughPartitioned(c: Cookie): boolean {
  return (c.extensions ?? []).some((av) => {
    const eq = av.indexOf('=');
    return (eq < 0 ? av : av.slice(0, eq)).trim().toLowerCase() === 'partitioned';
  });
}

function ourStorageView(decision: StorageDecision): (View & { hostOnly: boolean }) | null {
  const s = decision.stored;
  if (s === null) return null;
  return { ...s, sameSite: s.sameSite === 'unspecified' ? null : s.sameSite, expiry: s.expiresAt };
}

function toughStored(text: string, url: string): (View & { hostOnly: boolean }) | null {
  const jar = new CookieJar();
  let stored: Cookie | undefined;
  try {
    stored = jar.setCookieSync(text, url, { now: new Date(NOW), ignoreError: true });
  } catch {
    stored = undefined;
  }
  const view = toughView(stored);
  // tough-cookie stores an already-expired cookie and drops it on the next read; a browser never stores it.
  if (view === null || (view.expiry !== null && view.expiry <= NOW)) return null;
  return { ...view, hostOnly: stored?.hostOnly ?? false };
}

// ---- the known differences --------------------------------------------------------------------

interface Sample {
  line: string;
  url: string;
  codes: DiagnosticCode[];
  field: Field | 'hostOnly';
  ours: (View & { hostOnly?: boolean }) | null;
  theirs: (View & { hostOnly?: boolean }) | null;
}

interface KnownDifference {
  id: string;
  reason: string;
  /** The only fields it may explain: a disagreement on any other field stays unexplained. */
  fields: Sample['field'][];
  applies: (s: Sample) => boolean;
}

// JavaScript's trim() strips these too; RFC 6265bis strips only SP and HTAB.
const NON_WSP_WHITESPACE = /[\u00a0\ufeff\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\v\f]/;
const PREFIX = /^__(secure|host)-/i;

/** Our side kept the line and tough-cookie's did not, or the other way round. */
const onlyOursAccepts = (s: Sample) => s.ours !== null && s.theirs === null;
const onlyTheirsAccepts = (s: Sample) => s.ours === null && s.theirs !== null;

const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    id: 'control-characters',
    reason:
      '6265bis rejects a line with any control character but HTAB; tough-cookie cuts the line at CR, LF or NUL and only checks name and value for the others',
    fields: ['accepted'],
    applies: (s) => onlyTheirsAccepts(s) && hasControlCharacter(s.line) && s.codes.includes('control-character'),
  },
  {
    id: 'nameless-cookie',
    reason: '6265bis keeps a cookie without "=" (or with an empty name) as a nameless cookie; tough-cookie in strict mode drops it',
    fields: ['accepted'],
    applies: (s) => onlyOursAccepts(s) && s.ours?.name === '',
  },
  {
    id: 'tab-in-name-or-value',
    reason: '6265bis allows HTAB inside a name or value; tough-cookie rejects any character below 0x20 there',
    fields: ['accepted'],
    applies: (s) => onlyOursAccepts(s) && /\t/.test((s.ours?.name ?? '') + (s.ours?.value ?? '')),
  },
  {
    id: 'name-value-over-4096-bytes',
    reason: '6265bis (and Chrome, Firefox) drop a cookie whose name and value exceed 4096 bytes; tough-cookie has no limit',
    fields: ['accepted'],
    applies: (s) => onlyTheirsAccepts(s) && s.codes.includes('name-value-too-long'),
  },
  {
    id: 'attribute-over-1024-bytes',
    reason: '6265bis ignores an attribute value over 1024 bytes; tough-cookie applies it',
    fields: ['path'],
    applies: (s) => s.codes.includes('attribute-too-long') && (s.theirs?.path?.length ?? 0) > 1024 && (s.ours?.path?.length ?? 0) <= 1024,
  },
  {
    id: 'unicode-whitespace',
    reason: "tough-cookie trims with JavaScript's trim(), which also strips NBSP, BOM and other Unicode spaces; 6265bis trims only SP and HTAB",
    fields: ['name', 'accepted'],
    applies: (s) => {
      const name = s.ours?.name ?? '';
      if (!NON_WSP_WHITESPACE.test(name)) return false;
      // Trimmed, the name is tough-cookie's; or it becomes a __Secure-/__Host- name whose rules fail.
      if (s.field === 'name') return name.trim() === s.theirs?.name;
      return onlyOursAccepts(s) && PREFIX.test(name.trim()) && !PREFIX.test(name);
    },
  },
  {
    id: 'expiry-cap-400-days',
    reason: '6265bis caps Expires and Max-Age at 400 days, as Chrome and Firefox do; tough-cookie does not',
    fields: ['expiry'],
    applies: (s) => s.ours?.expiry === NOW + 400 * DAY && (s.theirs?.expiry ?? 0) > NOW + 400 * DAY,
  },
  {
    id: 'samesite-none-needs-secure',
    reason: 'browsers reject SameSite=None without Secure; tough-cookie stores it',
    fields: ['accepted'],
    applies: (s) => onlyTheirsAccepts(s) && s.codes.includes('samesite-none-without-secure'),
  },
  {
    id: 'partitioned-needs-secure',
    reason: 'Chrome rejects Partitioned without Secure (CHIPS); tough-cookie ignores Partitioned',
    fields: ['accepted'],
    applies: (s) => onlyTheirsAccepts(s) && s.codes.includes('partitioned-without-secure'),
  },
  {
    id: 'case-insensitive-prefixes',
    reason: '6265bis matches __Secure- and __Host- case-insensitively; tough-cookie only the exact spelling',
    fields: ['accepted'],
    applies: (s) =>
      onlyTheirsAccepts(s) &&
      (s.codes.includes('prefix-secure-violation') || s.codes.includes('prefix-host-violation')) &&
      !/^\s*__(Secure|Host)-/.test(s.line),
  },
  {
    id: 'ip-host-domain-is-host-only',
    reason: 'Chrome keeps a cookie host-only when an IP host names itself in Domain; tough-cookie makes it a domain cookie',
    fields: ['hostOnly'],
    applies: (s) => s.ours?.hostOnly === true && s.theirs?.hostOnly === false && isIpAddress(new URL(s.url).hostname),
  },
  {
    id: 'public-suffix-host-is-host-only',
    reason:
      '6265bis turns Domain=<public suffix> into a host-only cookie when it equals the host (e.g. localhost); tough-cookie treats localhost as a special-use domain and makes a domain cookie',
    fields: ['hostOnly'],
    applies: (s) => s.ours?.hostOnly === true && s.theirs?.hostOnly === false && s.codes.includes('domain-public-suffix'),
  },
];

/** CTL characters other than HTAB, the ones that make 6265bis reject a line. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return true;
  }
  return false;
}

function explain(s: Sample): KnownDifference | undefined {
  return KNOWN_DIFFERENCES.find((k) => k.fields.includes(s.field) && k.applies(s));
}

function differs(field: Sample['field'], ours: Sample['ours'], theirs: Sample['theirs']): boolean {
  if (field === 'accepted') return (ours === null) !== (theirs === null);
  if (ours === null || theirs === null) return false;
  return !Object.is(ours[field], theirs[field]);
}

interface Tally {
  /** Per field: lines where both sides have a value for it (for 'accepted': every line). */
  compared: Record<string, number>;
  agreed: Record<string, number>;
  explained: Record<string, number>;
  unexplained: string[];
}

function compare(
  label: string,
  fields: Sample['field'][],
  run: (text: string, url: string) => { ours: Sample['ours']; theirs: Sample['theirs']; codes: DiagnosticCode[] },
): Tally {
  const tally: Tally = { compared: {}, agreed: {}, explained: {}, unexplained: [] };
  for (const [text, url] of samples) {
    const { ours, theirs, codes } = run(text, url);
    for (const field of fields) {
      if (field !== 'accepted' && (ours === null || theirs === null)) continue;
      tally.compared[field] = (tally.compared[field] ?? 0) + 1;
      if (!differs(field, ours, theirs)) {
        tally.agreed[field] = (tally.agreed[field] ?? 0) + 1;
        continue;
      }
      const known = explain({ line: text, url, codes, field, ours, theirs });
      if (known) tally.explained[known.id] = (tally.explained[known.id] ?? 0) + 1;
      else tally.unexplained.push(`${field}: ${JSON.stringify(text)} from ${url}`);
    }
  }
  const agreement = fields.map((f) => `${f} ${tally.agreed[f] ?? 0}/${tally.compared[f] ?? 0}`);
  console.log(`tough-cookie ${label}, ${samples.length} lines, agreement (fields over lines both accept): ${agreement.join(', ')}`);
  console.log(`tough-cookie ${label}, explained differences: ${JSON.stringify(tally.explained)}`);
  return tally;
}

describe('differential test against tough-cookie', () => {
  it('generates varied lines', () => {
    expect(samples).toHaveLength(RUNS);
    expect(new Set(samples.map(([text]) => text)).size).toBeGreaterThan(RUNS * 0.9);
  });

  it('generates lines both sides accept with each SameSite value and with Partitioned, so those fields are compared', () => {
    const seen = new Set<string>();
    for (const [text] of samples) {
      const ours = ourParseView(parseSetCookie(text));
      if (ours === null || Cookie.parse(text) === undefined) continue;
      seen.add(`sameSite=${ours.sameSite}`);
      if (ours.partitioned) seen.add('partitioned');
    }
    expect([...seen].sort()).toEqual(['partitioned', 'sameSite=lax', 'sameSite=none', 'sameSite=null', 'sameSite=strict']);
  });

  it('parses like Cookie.parse except for the named differences', () => {
    const tally = compare('Cookie.parse', FIELDS, (text) => {
      const result = parseSetCookie(text);
      return {
        ours: ourParseView(result),
        theirs: toughView(Cookie.parse(text) ?? undefined),
        codes: result.diagnostics.map((d) => d.code),
      };
    });
    expect(tally.unexplained.slice(0, 20)).toEqual([]);
    expect(tally.agreed.accepted ?? 0).toBeGreaterThan(RUNS * 0.75);
  });

  it('stores like a tough-cookie CookieJar except for the named differences', () => {
    const tally = compare('CookieJar', [...FIELDS, 'hostOnly'], (text, url) => {
      const decision = decideStorage(text, { url, now: NOW });
      return {
        ours: ourStorageView(decision),
        theirs: toughStored(text, url),
        codes: decision.diagnostics.map((d) => d.code),
      };
    });
    expect(tally.unexplained.slice(0, 20)).toEqual([]);
    expect(tally.agreed.accepted ?? 0).toBeGreaterThan(RUNS * 0.75);
  });

  it('uses every named difference at least once, so none is stale', () => {
    const used = new Set<string>();
    for (const [text, url] of samples) {
      const parsed = parseSetCookie(text);
      const decision = decideStorage(text, { url, now: NOW });
      const pairs: [Sample['ours'], Sample['theirs'], DiagnosticCode[]][] = [
        [ourParseView(parsed), toughView(Cookie.parse(text) ?? undefined), parsed.diagnostics.map((d) => d.code)],
        [ourStorageView(decision), toughStored(text, url), decision.diagnostics.map((d) => d.code)],
      ];
      for (const [ours, theirs, codes] of pairs) {
        for (const field of [...FIELDS, 'hostOnly'] as Sample['field'][]) {
          if (!differs(field, ours, theirs)) continue;
          const known = explain({ line: text, url, codes, field, ours, theirs });
          if (known) used.add(known.id);
        }
      }
    }
    expect(KNOWN_DIFFERENCES.map((k) => k.id).filter((id) => !used.has(id))).toEqual([]);
  });
});
