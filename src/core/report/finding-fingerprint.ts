/**
 * A fingerprint that stays the same across runs for the same rule, site and cookie, so code-scanning
 * tools track one alert over time instead of opening a new one per run. Messages and evidence are
 * left out on purpose: they carry counts and timestamps that change every run.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { ReportFinding } from './report-types';

export function findingFingerprint(site: string, finding: ReportFinding): string {
  const { cookie } = finding;
  // A JSON array keeps the parts apart: no name can fake a different split of the same characters.
  const parts = [finding.ruleId, site, cookie?.name ?? null, cookie?.domain ?? null, cookie?.path ?? null];
  return bytesToHex(sha256(new TextEncoder().encode(JSON.stringify(parts))));
}
