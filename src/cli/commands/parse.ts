/** `cookie-audit parse <set-cookie-value>`: the parse, every diagnostic, and what the browser keeps. */
import { decideStorage } from '../../core/cookie/storage-model';
import type { Diagnostic, ParsedCookie, StorageDecision, StoredCookie } from '../../core/cookie/types';
import { VERSION } from '../../lib/version';
import { CliError } from '../cli-error';
import { PARSE_HELP } from '../help';
import type { CliIo } from '../io';
import { parseOptions } from '../parse-options';
import { printable, styleFor, type Style } from '../terminal-text';

const DEFAULT_URL = 'https://example.com/';

const OPTIONS = {
  url: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export function parseCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions('parse', { args, options: OPTIONS, allowPositionals: true });
  if (values.help || values.version) {
    io.stdout.write(values.help ? PARSE_HELP : `${VERSION}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new CliError(`parse takes one Set-Cookie value, quoted, e.g. cookie-audit parse 'id=1; Path=/; Secure' (got ${positionals.length})`);
  }
  const line = positionals[0] ?? '';
  const url = values.url ?? DEFAULT_URL;
  if (!/^(https?|wss?):\/\//i.test(url) || !URL.canParse(url)) throw new CliError(`--url ${JSON.stringify(url)} is not an http(s) URL`);
  const decision = decideStorage(line, { url, now: io.now() });
  if (values.json) {
    const { parsed, diagnostics, stored, deletion, deletes } = decision;
    const documented = diagnostics.map(withoutText);
    io.stdout.write(`${JSON.stringify({ url, parsed, diagnostics: documented, stored, deletion, ...(deletes ? { deletes } : {}) }, null, 2)}\n`);
  } else {
    io.stdout.write(renderParse(line, url, decision, styleFor(io.stdout, io.env)));
  }
  return 0;
}

export function renderParse(line: string, url: string, decision: StorageDecision, style: Style): string {
  const out = [`${style.bold('Set-Cookie')}  ${printable(line)}`, `${style.bold('URL')}         ${printable(url)}`, ''];
  out.push(style.bold('Parsed'), ...(decision.parsed ? parsedLines(decision.parsed) : ['  nothing: the browser ignores the whole line']), '');
  out.push(style.bold('Diagnostics'), ...diagnosticLines(decision.diagnostics, style), '');
  out.push(style.bold('The browser would'), `  ${verdict(decision, style)}`);
  if (decision.stored) out.push(...storedLines(decision.stored));
  return out.join('\n') + '\n';
}

function parsedLines(cookie: ParsedCookie): string[] {
  const attributes = cookie.attributes.map((a) => (a.value === '' ? a.name : `${a.name}=${a.value}`));
  return [
    `  name        ${cookie.name === '' ? '(empty)' : printable(cookie.name)}`,
    `  value       ${cookie.value === '' ? '(empty)' : printable(cookie.value)}`,
    `  attributes  ${attributes.length === 0 ? '(none)' : printable(attributes.join('; '))}`,
  ];
}

/** The phrase behind the message is for the extension's translations; the CLI prints English. */
function withoutText({ text: _text, ...documented }: Diagnostic): Omit<Diagnostic, 'text'> {
  return documented;
}

function diagnosticLines(diagnostics: readonly Diagnostic[], style: Style): string[] {
  if (diagnostics.length === 0) return ['  none: the line is clean'];
  return diagnostics.map((d) => {
    const paint = d.effect === 'rejected' ? style.red : d.effect === 'ignored' ? style.yellow : style.dim;
    return `  ${paint(d.effect.padEnd(8))} ${d.code}: ${printable(d.message)}`;
  });
}

function verdict(decision: StorageDecision, style: Style): string {
  if (decision.stored) return style.green('store it:');
  if (decision.deletion && decision.deletes) {
    const d = decision.deletes;
    return `delete the cookie ${printable(d.name)} (domain ${printable(d.domain)}${d.hostOnly ? ', host-only' : ''}, path ${printable(d.path)})`;
  }
  return style.red('reject it (see the diagnostics marked rejected)');
}

function storedLines(c: StoredCookie): string[] {
  return [
    `  name        ${printable(c.name)}`,
    `  value       ${printable(c.value)}`,
    `  domain      ${printable(c.domain)}${c.hostOnly ? ' (host-only: this host only)' : ' (and its subdomains)'}`,
    `  path        ${printable(c.path)}`,
    `  expires     ${c.expiresAt === null ? 'when the browser closes (session cookie)' : new Date(c.expiresAt).toISOString()}`,
    `  secure      ${c.secure ? 'yes' : 'no'}`,
    `  httponly    ${c.httpOnly ? 'yes' : 'no'}`,
    `  samesite    ${c.sameSite}`,
    `  partitioned ${c.partitioned ? 'yes' : 'no'}`,
  ];
}
