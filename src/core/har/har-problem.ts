/** Why a file could not be read as a HAR, worded for a one-line error after the file's name. */
export interface HarProblem {
  code: 'empty' | 'invalid-json' | 'truncated' | 'not-a-har';
  message: string;
}

export function emptyFile(): HarProblem {
  return { code: 'empty', message: 'the file is empty' };
}

export function invalidJson(detail: string): HarProblem {
  return { code: 'invalid-json', message: `not valid JSON: ${detail}` };
}

export function truncated(where: string): HarProblem {
  return { code: 'truncated', message: `truncated JSON: the file ends inside ${where}` };
}

export function notAHar(reason: string): HarProblem {
  return { code: 'not-a-har', message: `not a HAR file: ${reason}` };
}

export const NOT_AN_OBJECT = 'the top-level value is not an object';
export const NO_LOG = 'no "log" object at the top level';
export const LOG_NOT_OBJECT = '"log" is not an object';
export const NO_ENTRIES = 'log.entries is missing';
export const ENTRIES_NOT_ARRAY = 'log.entries is not an array';

/** A JSON member name as part of a path: `log.pages`, `log["odd key"]`, never raw control characters. */
export function memberPath(parent: string, key: string): string {
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  const step = /^[A-Za-z_$][\w$]*$/.test(shown) ? `.${shown}` : `[${JSON.stringify(shown)}]`;
  return parent === '' ? step.replace(/^\./, '') : parent + step;
}
