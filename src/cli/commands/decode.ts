/** `cookie-audit decode <value>`: what a session cookie carries and who can forge it. */
import { decodeSession } from '../../core/session/decode-session';
import type { DecodedSession, DecodeOptions } from '../../core/session/types';
import { VERSION } from '../../lib/version';
import { CliError } from '../cli-error';
import { DECODE_HELP } from '../help';
import type { CliIo } from '../io';
import { parseOptions } from '../parse-options';
import { readSecrets } from '../secrets';
import { printable, printableLines, styleFor, type Style } from '../terminal-text';

const OPTIONS = {
  name: { type: 'string' },
  sig: { type: 'string' },
  secret: { type: 'string', multiple: true },
  wordlist: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

export function decodeCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseOptions('decode', { args, options: OPTIONS, allowPositionals: true });
  if (values.help || values.version) {
    io.stdout.write(values.help ? DECODE_HELP : `${VERSION}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`decode takes one cookie value (got ${positionals.length}; see: cookie-audit decode --help)`);
  const value = (positionals[0] ?? '').trim();
  if (value === '') throw new CliError('nothing to decode: the value is empty');
  const decoded = decodeSession(value, decodeOptions(values, io));
  io.stdout.write(values.json ? `${JSON.stringify(decodeJson(decoded), null, 2)}\n` : renderDecoded(decoded, styleFor(io.stdout, io.env)));
  return 0;
}

/**
 * --secret and --wordlist stay apart: on a value too large for a bulk search the library still
 * tries each --secret but skips the wordlist, as it skips its own list.
 */
function decodeOptions(values: { name?: string; sig?: string; secret?: string[]; wordlist?: string }, io: CliIo): DecodeOptions {
  const options: DecodeOptions = {};
  if (values.name !== undefined) options.name = values.name;
  if (values.sig !== undefined) options.signatureCookie = signatureCookie(values.sig);
  const secrets = readSecrets(values.secret, undefined, io);
  if (secrets.length > 0) options.secrets = secrets;
  const wordlist = readSecrets(undefined, values.wordlist, io);
  if (wordlist.length > 0) options.wordlist = wordlist;
  return options;
}

function signatureCookie(sig: string): string {
  const value = sig.trim();
  if (value === '') throw new CliError('--sig is empty: give the value of the <name>.sig cookie');
  return value;
}

/** The documented JSON shape, exactly: nothing more, so scripts can rely on it. */
export function decodeJson(d: DecodedSession) {
  return {
    format: d.format,
    payload: d.payload,
    compressed: d.compressed,
    issuedAt: d.issuedAt,
    signature: { status: d.signature.status, ...(d.signature.secret !== undefined ? { secret: d.signature.secret } : {}) },
    attribution: d.attribution.map(({ key, library, meaning }) => ({ key, library, meaning })),
    sensitive: d.sensitive,
    warnings: d.warnings,
  };
}

export function renderDecoded(d: DecodedSession, style: Style): string {
  const field = (label: string, text: string) => `${style.bold(label.padEnd(12))}${text}`;
  const out = [
    field('format', `${d.format}${d.compressed ? ' (zlib-compressed)' : ''}`),
    field('issued at', d.issuedAt ?? '(not recorded in this format)'),
    field('signature', signatureText(d, style)),
  ];
  if (d.entropyBits !== undefined) out.push(field('entropy', `about ${Math.round(d.entropyBits)} bits`));
  out.push(style.bold('payload'), d.payload === null ? '  (not readable)' : indent(printableLines(JSON.stringify(d.payload, null, 2))));
  out.push(style.bold('attribution'), ...listOr(d.attribution.map((a) => `${printable(a.key)}: ${printable(a.library)}, ${printable(a.meaning)}`)));
  out.push(style.bold('sensitive'), ...listOr(d.sensitive.map((s) => style.red(`${s.key === '' ? '(the whole value)' : printable(s.key)}: looks like a ${s.kind}`))));
  out.push(style.bold('warnings'), ...listOr(d.warnings.map((w) => style.yellow(printable(w)))));
  return out.join('\n') + '\n';
}

function signatureText(d: DecodedSession, style: Style): string {
  const { status, secret, knownSecret, tried } = d.signature;
  const triedText = tried !== undefined ? ` (${tried} secrets tried)` : '';
  if (status === 'valid' && secret !== undefined) {
    const source = knownSecret ? `, a publicly known secret (${printable(knownSecret.source)})` : '';
    const shown = secret.startsWith("b'") ? secret : JSON.stringify(secret);
    return style.red(`valid: signed with the secret ${printable(shown)}${source}; anyone can forge this session`);
  }
  if (status === 'valid') return style.green('valid');
  if (status === 'invalid') return `not signed by any secret tried${triedText}`;
  if (tried !== undefined) return `unverified: no publicly known secret signed it${triedText}; --secret or --wordlist try yours`;
  return 'unverified';
}

function indent(text: string): string {
  return text.split('\n').map((line) => `  ${line}`).join('\n');
}

function listOr(items: string[]): string[] {
  return items.length === 0 ? ['  none'] : items.map((item) => `  ${item}`);
}
