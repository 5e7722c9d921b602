/**
 * The cookie-audit library: `import { parseSetCookie, decodeSession, auditHar } from 'cookie-audit'`.
 * Free of Node built-ins, so it runs in browsers too; reading HAR files from disk, streamed, is the
 * CLI's job (dist/cli/cookie-audit.js also exports `auditHarFile`).
 */
export { parseSetCookie, type ParseSetCookieOptions, type ParseSetCookieResult } from './parse-set-cookie';
export { auditHar, HarError, type AuditHarOptions, type HarAuditResult } from './audit-har';
export { VERSION } from './version';

export { decideStorage, isDeletion, redactSetCookie, redactValue, MAX_AGE_CAP_SECONDS } from '../core/cookie';
export type {
  CookieIdentity,
  Diagnostic,
  DiagnosticCode,
  ParsedCookie,
  ParseResult,
  SameSite,
  StorageDecision,
  StorageOptions,
  StoredCookie,
} from '../core/cookie';

export { decodeSession, parseWordlist, KNOWN_SECRETS, isSessionLikeName } from '../core/session';
export type { Attribution, DecodedSession, DecodeOptions, KnownSecret, SensitiveItem, SessionFormat, SignatureStatus, Wordlist } from '../core/session';

export { audit, RULES, SEVERITIES } from '../core/audit';
export type {
  AuditOptions,
  AuditResult,
  CookieRef,
  CookieSummary,
  Finding,
  Grade,
  JarCookie,
  RuleInfo,
  Severity,
  SiteAudit,
  SiteSummary,
} from '../core/audit';

export { createLedger, recordObservation, DEFAULT_LIMITS } from '../core/ledger';
export type { CookieRecord, Ledger, LedgerLimits, RecordOptions, SetEvent, SiteRecord } from '../core/ledger';
export type { Observation, ResourceType } from '../core/observation';

export { readHar, createHarStreamParser, createHarConverter, harNotes, EXPORT_WITH_COOKIES } from '../core/har';
export type { HarConverter, HarNote, HarProblem, HarStreamHandlers, HarStreamParser, HarSummary, ReadHarOptions, ReadHarResult } from '../core/har';

export {
  buildReport,
  writeReport,
  isReportFormat,
  reportFileName,
  REPORT_FORMATS,
  REPORT_MEDIA_TYPES,
  REDACTED,
  toJson,
  toCsv,
  toHtml,
  toMarkdown,
  toSarif,
} from '../core/report';
export type {
  AuditReport,
  JsonValue,
  ReportCookie,
  ReportFinding,
  ReportFormat,
  ReportMeta,
  ReportSession,
  ReportSite,
} from '../core/report';
