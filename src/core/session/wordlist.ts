import { looksLikePythonLiteral, parsePythonLiteral } from './python-literal';

export interface Wordlist {
  secrets: (string | Uint8Array)[];
  /** Lines written as Python literals that are not valid ones (they are left out, not guessed at). */
  skipped: number;
}

/**
 * Reads a wordlist: one secret per line. A line written as a Python str or bytes literal
 * (`'dev'`, `"x"`, `b'_5#y2L"F4Q8z\n\xec]/'`) is read as Python would, escapes included, as in
 * the flask-unsign wordlist; any other line is the secret as written, surrounding whitespace
 * removed (write a literal to keep it). Blank lines are ignored.
 */
export function parseWordlist(text: string): Wordlist {
  const secrets: (string | Uint8Array)[] = [];
  let skipped = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (!looksLikePythonLiteral(line)) {
      secrets.push(line);
      continue;
    }
    const value = parsePythonLiteral(line);
    if (value === null) skipped++;
    else secrets.push(value);
  }
  return { secrets, skipped };
}
