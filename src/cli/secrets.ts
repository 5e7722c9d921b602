/** The secrets to try on signed sessions: each --secret, then every line of --wordlist. */
import { readFileSync } from 'node:fs';
import { parseWordlist } from '../core/session/wordlist';
import { CliError, fileProblem } from './cli-error';
import type { CliIo } from './io';
import { plural, printable } from './terminal-text';

export function readSecrets(secrets: readonly string[] | undefined, wordlist: string | undefined, io: CliIo): (string | Uint8Array)[] {
  const all: (string | Uint8Array)[] = [...(secrets ?? [])];
  if (wordlist === undefined) return all;
  let text: string;
  try {
    text = readFileSync(wordlist, 'utf8');
  } catch (error) {
    throw new CliError(`${wordlist}: ${fileProblem(error)}`);
  }
  const list = parseWordlist(text);
  if (list.skipped > 0) {
    io.stderr.write(`cookie-audit: warning: ${printable(wordlist)}: ${plural(list.skipped, 'line')} written as a Python literal but not a valid one, left out\n`);
  }
  all.push(...list.secrets);
  return all;
}
