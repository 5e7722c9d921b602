import type { Observation } from '../observation';
import type { StorageDecision, StoredCookie } from '../cookie/types';
import { decideStorage } from '../cookie/storage-model';
import { utf8Length } from '../cookie/utf8-length';
import { registrableDomain } from '../cookie/domain';
import { payloadIdentity } from '../session/payload-identity';
import { createCookieRecord, createSite } from './create-ledger';
import { cookieIdentity, recordKey, type CookieIdentity } from './cookie-identity';
import { domainKey, keyMatchesHost } from './domain-key';
import { evictCookies, evictSites } from './evict';
import { indexRecord, recordsNamed } from './name-index';
import { parseHsts } from './hsts';
import { hostOf, siteKeyFor } from './site-key';
import { DEFAULT_LIMITS, type CookieRecord, type Ledger, type LedgerLimits, type SiteRecord } from './types';

export interface RecordOptions {
  limits?: LedgerLimits;
}

/**
 * Adds one response to the ledger, in place (the ledger is large and updated hundreds of times a
 * second; copying it per response would cost more than the rest of the pipeline). Returns the site
 * key it touched, or null when the response belongs to no http(s) page.
 */
export function recordObservation(ledger: Ledger, obs: Observation, options: RecordOptions = {}): string | null {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const siteKey = siteKeyFor(obs);
  const host = hostOf(obs.url);
  if (siteKey === null || host === null) return null;
  let site = ledger.sites[siteKey];
  if (!site) {
    site = createSite(siteKey, obs.time);
    ledger.sites[siteKey] = site;
    evictSites(ledger, limits.maxSites);
  }
  site.lastSeen = Math.max(site.lastSeen, obs.time);
  site.responses += 1;
  if (obs.hsts && obs.url.startsWith('https:') && host === hostOf(siteKey)) site.hsts = parseHsts(obs.hsts);

  // Most responses set no cookie: the Public Suffix List lookups are for those that do.
  if (obs.setCookies.length > 0) {
    const firstParty = registrableDomain(host) === siteDomain(siteKey);
    for (const line of obs.setCookies) recordLine(site, obs, line, host, firstParty, limits);
  }
  for (const key in site.domainResponses) {
    if (keyMatchesHost(key, host)) site.domainResponses[key] = (site.domainResponses[key] ?? 0) + 1;
  }
  return siteKey;
}

/**
 * The registrable domain of a site key. Responses come in bursts from one page, so the last answer
 * is kept: the URL parse and Public Suffix List lookup are made once per burst, not per response.
 */
let lastSite = { key: '', domain: '' };
function siteDomain(siteKey: string): string {
  if (lastSite.key !== siteKey) lastSite = { key: siteKey, domain: registrableDomain(hostOf(siteKey) ?? '') };
  return lastSite.domain;
}

function recordLine(site: SiteRecord, obs: Observation, line: string, host: string, firstParty: boolean, limits: LedgerLimits): void {
  const decision = decideStorage(line, { url: obs.url, now: obs.time, existing: liveNamed(site, nameHint(line)) });
  const id = cookieIdentity(decision, line, obs.url, host);
  const key = recordKey(id);
  let record = site.cookies[key];
  if (!record) {
    record = newRecord(id, site, firstParty, obs.time);
    site.cookies[key] = record;
    indexRecord(site, record);
    evictCookies(site, limits.maxCookiesPerSite, Object.keys(site.cookies).length);
  }
  applyDecision(record, decision, obs, line, limits);
}

function applyDecision(record: CookieRecord, decision: StorageDecision, obs: Observation, line: string, limits: LedgerLimits): void {
  record.lastSeen = Math.max(record.lastSeen, obs.time);
  // Reported to users as bytes sent: a non-ASCII line takes more octets than UTF-16 code units.
  record.bytes += utf8Length(line);
  pushCapped(record.history, {
    time: obs.time,
    url: obs.url,
    type: obs.type,
    status: obs.status,
    fromCache: obs.fromCache,
    line,
    ...(obs.cacheControl !== undefined ? { cacheControl: obs.cacheControl } : {}),
    ...(obs.contentType !== undefined ? { contentType: obs.contentType } : {}),
    deletion: decision.deletion,
  }, limits.historyPerCookie);
  if (decision.deletion) {
    record.deletions += 1;
    record.live = false;
    return;
  }
  if (!decision.stored) {
    record.rejections += 1;
    return;
  }
  const value = decision.stored.value;
  const payload = payloadIdentity(value);
  if (record.setCount > 0 && value !== record.lastValue) record.valueChanges += 1;
  if (record.setCount > 0 && payload !== record.lastPayloadKey) record.payloadChanges += 1;
  record.setCount += 1;
  record.lastValue = value;
  record.lastPayloadKey = payload;
  record.live = true;
  record.secure = decision.stored.secure;
  pushCapped(record.timeline, obs.time, limits.timelinePerCookie);
}

function newRecord(id: CookieIdentity, site: SiteRecord, firstParty: boolean, now: number): CookieRecord {
  const dkey = domainKey(id.domain, id.hostOnly);
  if (!(dkey in site.domainResponses)) site.domainResponses[dkey] = 0;
  return createCookieRecord(id, { firstParty, now, responseBaseline: site.domainResponses[dkey] ?? 0 });
}

/** The live cookies of the site with this name, as the jar holds them. */
function liveNamed(site: SiteRecord, name: string): StoredCookie[] {
  const out: StoredCookie[] = [];
  for (const record of recordsNamed(site, name)) if (record.live) out.push(asStored(record));
  return out;
}

/** The name as written, cheaply: enough to find the existing cookies a Secure-overwrite check needs. */
function nameHint(line: string): string {
  const eq = line.indexOf('=');
  const semi = line.indexOf(';');
  if (eq < 0 || (semi >= 0 && semi < eq)) return '';
  return line.slice(0, eq).trim();
}

function asStored(record: CookieRecord): StoredCookie {
  return {
    name: record.name,
    value: record.lastValue,
    domain: record.domain,
    hostOnly: record.hostOnly,
    path: record.path,
    secure: record.secure,
    httpOnly: false,
    sameSite: 'unspecified',
    partitioned: false,
    expiresAt: null,
    creationTime: record.firstSeen,
    lastAccessTime: record.lastSeen,
  };
}

export function pushCapped<T>(list: T[], item: T, cap: number): void {
  list.push(item);
  if (list.length > cap) list.splice(0, list.length - cap);
}
