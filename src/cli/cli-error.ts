/**
 * A problem the user can fix (bad arguments, unreadable input): printed as one line on stderr,
 * exit code 2. Anything else that goes wrong is a bug, but still gets one line, never a stack trace.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** The reason a file could not be read, in words, from a Node fs error. */
export function fileProblem(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
