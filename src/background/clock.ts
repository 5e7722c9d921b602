/** The time and the timer; a test passes its own instead of patching the globals. */
export interface Clock {
  now(): number;
  after(ms: number, run: () => Promise<void>): void;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  after: (ms, run) => void setTimeout(() => void run(), ms),
};
