/** `cookie-audit audit <file.har>...`: HAR files → one ledger → the audit → a report or a summary. */
import { writeFileSync } from 'node:fs';
import { audit } from '../../core/audit/audit';
import { SEVERITIES, type Severity } from '../../core/audit/types';
import { severityRank } from '../../core/report/severity-rank';
import { buildReport, isReportFormat, REPORT_FORMATS, writeReport, type ReportFormat } from '../../core/report';
import type { AuditReport } from '../../core/report/report-types';
import { createLedger } from '../../core/ledger/create-ledger';
import { TOOL_NAME, VERSION } from '../../lib/version';
import { CliError, fileProblem } from '../cli-error';
import { readHarFile } from '../har-file';
import { AUDIT_HELP } from '../help';
import type { CliIo } from '../io';
import { parseOptions } from '../parse-options';
import { progressBar } from '../progress';
import { renderSummary } from '../terminal-summary';
import { printable, styleFor } from '../terminal-text';
import { readSecrets } from '../secrets';

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  'include-values': { type: 'boolean' },
  'allow-no-cookies': { type: 'boolean' },
  secret: { type: 'string', multiple: true },
  wordlist: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions('audit', { args, options: OPTIONS, allowPositionals: true });
  if (values.help) return print(io, AUDIT_HELP);
  if (values.version) return print(io, `${VERSION}\n`);
  if (positionals.length === 0) throw new CliError('audit needs at least one HAR file (see: cookie-audit audit --help)');
  const format = chosenFormat(values.format, values.output);
  const failOn = values['fail-on'] === undefined ? null : severity(values['fail-on']);
  const includeValues = values['include-values'] === true;
  const secrets = readSecrets(values.secret, undefined, io);
  const wordlist = readSecrets(undefined, values.wordlist, io);

  const ledger = createLedger();
  let responses = 0;
  // A gate over a HAR exported without cookies would pass whatever the site does: refuse it.
  const gate = failOn !== null && values['allow-no-cookies'] !== true;
  for (const file of positionals) responses += await readOne(file, ledger, io, gate);
  const result = audit(ledger, { now: io.now(), includeValues, secrets, wordlist });
  const report = buildReport(result, { toolName: TOOL_NAME, toolVersion: VERSION, includeValues });
  const target = values.output === undefined ? io.stdout : null;
  const text =
    format === null
      ? renderSummary(report, styleFor(target ?? {}, io.env), { files: positionals.length, responses })
      : writeReport(report, format);
  if (values.output === undefined) io.stdout.write(text);
  else writeOutput(values.output, text);
  return failOn !== null && failing(report, failOn) ? 1 : 0;
}

function print(io: CliIo, text: string): number {
  io.stdout.write(text);
  return 0;
}

async function readOne(file: string, ledger: ReturnType<typeof createLedger>, io: CliIo, gate: boolean): Promise<number> {
  const bar = progressBar(io.stderr, file, io.now);
  const read = await readHarFile(file, { ledger, ...(bar ? { onProgress: bar.update } : {}) });
  bar?.done();
  if (!read.ok) throw new CliError(`${file}: ${read.problem}`);
  const cookieless = read.notes.find((n) => n.code === 'no-cookie-headers');
  if (gate && cookieless) throw new CliError(`${file}: cannot gate with --fail-on: ${cookieless.message} (--allow-no-cookies gates it anyway)`);
  for (const note of read.notes) {
    const kind = note.code === 'rebuilt-from-cookies' ? 'note' : 'warning';
    io.stderr.write(`cookie-audit: ${kind}: ${printable(file)}: ${note.message}\n`);
  }
  return read.summary.responses;
}

const EXTENSIONS: Readonly<Record<string, ReportFormat>> = { json: 'json', md: 'md', markdown: 'md', html: 'html', htm: 'html', csv: 'csv', sarif: 'sarif' };

/** --format wins; else the -o file's extension; else (null) the terminal summary. */
function chosenFormat(format: string | undefined, output: string | undefined): ReportFormat | null {
  if (format !== undefined) {
    if (isReportFormat(format)) return format;
    throw new CliError(`unknown format ${JSON.stringify(format)} (expected ${REPORT_FORMATS.join(', ')})`);
  }
  const ext = output?.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase();
  return ext !== undefined && Object.hasOwn(EXTENSIONS, ext) ? (EXTENSIONS[ext] ?? null) : null;
}

function severity(value: string): Severity {
  const found = SEVERITIES.find((s) => s === value.toLowerCase());
  if (found === undefined) throw new CliError(`unknown severity ${JSON.stringify(value)} for --fail-on (expected ${SEVERITIES.join(', ')})`);
  return found;
}

function failing(report: AuditReport, failOn: Severity): boolean {
  const limit = severityRank(failOn);
  return report.sites.some((site) => site.findings.some((f) => severityRank(f.severity) <= limit));
}

function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${fileProblem(error)}`);
  }
}
