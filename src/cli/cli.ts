/**
 * The command line: `main(argv, io)` runs one command and returns the exit code (0 done, 1 findings
 * at or above --fail-on, 2 bad usage or unreadable input). Whatever goes wrong ends as one line on
 * stderr, never a stack trace.
 */
import { VERSION } from '../lib/version';
import { CliError } from './cli-error';
import { auditCommand } from './commands/audit';
import { decodeCommand } from './commands/decode';
import { parseCommand } from './commands/parse';
import { AUDIT_HELP, DECODE_HELP, MAIN_HELP, PARSE_HELP } from './help';
import type { CliIo } from './io';
import { printable } from './terminal-text';

type Command = (args: string[], io: CliIo) => number | Promise<number>;

const COMMANDS: Readonly<Record<string, { run: Command; help: string }>> = {
  audit: { run: auditCommand, help: AUDIT_HELP },
  parse: { run: parseCommand, help: PARSE_HELP },
  decode: { run: decodeCommand, help: DECODE_HELP },
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch([...argv], io);
  } catch (error) {
    const message = error instanceof CliError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr.write(`cookie-audit: ${printable(message)}\n`);
    return 2;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(MAIN_HELP);
    return 2;
  }
  if (first === '--help' || first === '-h') return write(io, MAIN_HELP);
  // `version` as a word too: `npx cookie-audit --version` reaches npm, which prints its own version.
  if (first === '--version' || first === 'version') return write(io, `${VERSION}\n`);
  if (first === 'help') return write(io, helpFor(rest[0]));
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (command === undefined) {
    const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command ${JSON.stringify(first)}`;
    throw new CliError(`${what} (expected ${Object.keys(COMMANDS).join(', ')}; see: cookie-audit --help)`);
  }
  return command.run(rest, io);
}

function helpFor(name: string | undefined): string {
  if (name === undefined) return MAIN_HELP;
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) throw new CliError(`unknown command ${JSON.stringify(name)} (expected ${Object.keys(COMMANDS).join(', ')})`);
  return command.help;
}

function write(io: CliIo, text: string): number {
  io.stdout.write(text);
  return 0;
}
