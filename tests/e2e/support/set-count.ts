export interface SetCount {
  sets: number;
  of: number;
}

/** What a user reads in the popup for one cookie, "set by X of Y responses", as numbers; null if it says no such thing. */
export function parseSetCount(text: string | null): SetCount | null {
  const m = /set by (\d+) of (\d+) responses/.exec(text ?? '');
  return m ? { sets: Number(m[1]), of: Number(m[2]) } : null;
}
