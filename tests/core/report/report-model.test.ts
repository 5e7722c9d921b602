import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../../src/core/audit/types';
import { buildReport, REDACTED } from '../../../src/core/report/report-model';
import { FLASK_SESSION, HOSTILE, META, sampleAudit, START } from './sample-audit';

const redacted = () => buildReport(sampleAudit(), META);
const withValues = () => buildReport(sampleAudit(), { ...META, includeValues: true });
const flask = (report = redacted()) => {
  const site = report.sites[0];
  if (site === undefined) throw new Error('sample has a Flask site');
  return site;
};

describe('buildReport', () => {
  it('fills the contract header from the result and the meta', () => {
    const report = redacted();
    expect(report.schemaVersion).toBe(1);
    expect(report.tool).toEqual({ name: 'cookie-audit', version: '0.1.0' });
    expect(report.generatedAt).toBe('2025-03-14T10:01:00.000Z');
    expect(report.includeValues).toBe(false);
    expect(report.sites.map((site) => site.site)).toEqual(['http://127.0.0.1:5000', 'https://xn--r8jz45g.jp']);
  });

  it('carries the site figures and the observation window as ISO times', () => {
    const site = flask();
    expect(site.responses).toBe(12);
    expect(site.firstSeen).toBe('2025-03-14T10:00:00.000Z');
    expect(site.lastSeen).toBe('2025-03-14T10:00:55.000Z');
    expect(site.summary).toEqual({ grade: 'F', score: 31, counts: { critical: 1, high: 2, medium: 2, low: 3, info: 0 } });
  });

  it('orders findings worst first and keeps the audit order within one severity', () => {
    const findings = flask().findings;
    const ranks = findings.map((finding) => SEVERITIES.indexOf(finding.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(findings.map((finding) => finding.ruleId)).toEqual([
      'session-known-secret',
      'prefix-violation',
      'client-session-readable',
      'constantly-refreshed',
      'cookie-header-too-large',
      'cookie-without-httponly',
      'samesite-missing',
      'invalid-attribute',
    ]);
  });

  it('reduces each finding to the contract fields, keeping third-party and site-wide findings apart', () => {
    const findings = flask().findings;
    expect(findings.find((f) => f.ruleId === 'samesite-missing')).toEqual({
      ruleId: 'samesite-missing',
      severity: 'low',
      cookie: { name: '_ga', domain: 'analytics.example.net', path: '/' },
      thirdParty: true,
      message: '_ga has no SameSite attribute.',
      evidence: '_ga=‹redacted›; Domain=analytics.example.net; Path=/',
      fix: 'Ask the provider to set SameSite.',
    });
    expect(findings.find((f) => f.ruleId === 'cookie-header-too-large')?.cookie).toBeNull();
  });

  it('reports the Flask session cookie refreshed on 12 of 12 responses with its timeline', () => {
    const session = flask().cookies[0];
    expect(session).toMatchObject({ name: 'session', setCount: 12, eligibleResponses: 12, valueChanges: 12, payloadChanges: 1 });
    expect(session?.timeline).toHaveLength(12);
    expect(session?.timeline[0]).toBe('2025-03-14T10:00:00.000Z');
    expect(session?.timeline[11]).toBe('2025-03-14T10:00:55.000Z');
  });

  it('lists the payload keys in payload order, hostile and __proto__ ones included', () => {
    expect(flask().cookies[0]?.session?.keys).toEqual([
      '_fresh',
      '_id',
      '_permanent',
      '_user_id',
      'csrf_token',
      'identity.auth_type',
      'identity.id',
      HOSTILE.img,
      HOSTILE.formula,
      '__proto__',
      'password',
    ]);
  });

  it('leaves the decoded payload out unless values are included', () => {
    expect(flask().cookies[0]?.session).not.toHaveProperty('payload');
    expect(flask(withValues()).cookies[0]?.session?.payload).toEqual(FLASK_SESSION.payload);
  });

  it('copies a payload key named __proto__ as a plain key without touching any prototype', () => {
    const payload = flask(withValues()).cookies[0]?.session?.payload as Record<string, unknown>;
    expect(Object.getPrototypeOf(payload)).toBe(Object.prototype);
    expect(Object.hasOwn(payload, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('prints a secret from the built-in known list even when values are redacted', () => {
    expect(flask().cookies[0]?.session?.signature).toEqual({ status: 'valid', secret: 'dev' });
  });

  it.each([
    { includeValues: false, expected: REDACTED },
    { includeValues: true, expected: 'my-own-secret' },
  ])('shows a secret found through the user wordlist only with values included ($includeValues)', ({ includeValues, expected }) => {
    const result = sampleAudit();
    const summary = result.sites[0]?.cookies[0];
    if (summary?.session == null) throw new Error('sample has a session');
    summary.session.signature = { status: 'valid', secret: 'my-own-secret' };
    const report = buildReport(result, { ...META, includeValues });
    expect(report.sites[0]?.cookies[0]?.session?.signature.secret).toBe(expected);
  });

  it('never throws on impossible numbers and times, writing safe defaults instead', () => {
    const result = sampleAudit();
    const site = result.sites[0];
    if (site === undefined) throw new Error('sample has a site');
    result.generatedAt = Number.NaN;
    site.firstSeen = 1e20;
    site.responses = -3;
    site.summary.score = Number.POSITIVE_INFINITY;
    site.summary.counts.high = Number.NaN;
    site.cookies[0]!.timeline = [START, Number.NaN, 9e15, START + 1];
    site.cookies[0]!.session!.payload = { big: 10n, nan: Number.NaN, fn: () => 1 };
    const report = buildReport(result, { ...META, includeValues: true });
    const out = report.sites[0]!;
    expect(report.generatedAt).toBe('1970-01-01T00:00:00.000Z');
    expect(out.firstSeen).toBe('1970-01-01T00:00:00.000Z');
    expect([out.responses, out.summary.score, out.summary.counts.high]).toEqual([0, 0, 0]);
    expect(out.cookies[0]?.timeline).toEqual(['2025-03-14T10:00:00.000Z', '2025-03-14T10:00:00.001Z']);
    expect(out.cookies[0]?.session?.payload).toEqual({ big: '10', nan: null, fn: null });
  });
});
