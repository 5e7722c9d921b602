import { describe, expect, it } from 'vitest';
import { gradeFor, summarise } from '../../../src/core/audit';
import type { CookieSummary, Finding, Severity } from '../../../src/core/audit/types';

function finding(ruleId: string, severity: Severity, thirdParty = false): Finding {
  return { ruleId, severity, cookie: { name: 'x', domain: 'example.com', path: '/' }, site: 'https://example.com', thirdParty, message: '', evidence: '', fix: '' };
}

const SESSION: CookieSummary = {
  name: 'sessionid',
  domain: 'example.com',
  path: '/',
  hostOnly: true,
  setCount: 1,
  valueChanges: 0,
  payloadChanges: 0,
  deletions: 0,
  firstParty: true,
  live: true,
  source: 'header',
  lastLine: '',
  session: null,
  timeline: [],
  eligibleResponses: 1,
};

describe('summarise', () => {
  it.each([
    ['no findings and no cookies', [], [], 100, 'A+'],
    ['a session cookie with every attribute right earns the bonus', [finding('constantly-refreshed', 'medium')], [SESSION], 95, 'A'],
    ['without a session cookie there is no bonus', [finding('constantly-refreshed', 'medium')], [], 90, 'A'],
    ['an attribute finding forfeits the bonus', [finding('samesite-missing', 'low')], [SESSION], 97, 'A'],
    ['one high', [finding('cookie-without-secure', 'high')], [SESSION], 75, 'B'],
    ['one deduction per rule, at its worst severity', [finding('cookie-without-secure', 'high'), finding('cookie-without-secure', 'medium'), finding('cookie-without-secure', 'high')], [], 75, 'B'],
    ['a high and a medium', [finding('cookie-without-secure', 'high'), finding('samesite-missing', 'medium')], [], 65, 'C'],
    ['two highs', [finding('cookie-without-secure', 'high'), finding('cookie-without-httponly', 'high')], [], 50, 'D'],
    ['a known secret', [finding('session-known-secret', 'critical')], [SESSION], 35, 'F'],
    ['info findings cost nothing', [finding('client-session-readable', 'info'), finding('expiry-over-400-days', 'info')], [], 100, 'A+'],
    ['third-party findings are not scored', [finding('cookie-without-secure', 'high', true)], [], 100, 'A+'],
    ['the score does not go below zero', [finding('session-known-secret', 'critical'), finding('jwt-alg-none', 'critical')], [], 0, 'F'],
  ] as const)('%s', (_, findings, cookies, score, grade) => {
    expect(summarise([...findings], [...cookies])).toMatchObject({ score, grade });
  });

  it('counts every finding per severity, third-party ones included', () => {
    const counts = summarise([finding('a', 'high'), finding('b', 'high', true), finding('c', 'info')]).counts;
    expect(counts).toEqual({ critical: 0, high: 2, medium: 0, low: 0, info: 1 });
  });
});

describe('gradeFor', () => {
  it.each([
    [100, 'A+'],
    [99, 'A'],
    [90, 'A'],
    [89, 'B'],
    [75, 'B'],
    [74, 'C'],
    [60, 'C'],
    [59, 'D'],
    [40, 'D'],
    [39, 'F'],
    [0, 'F'],
  ] as const)('grades %i as %s', (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });
});
