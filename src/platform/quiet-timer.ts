/**
 * Runs `run` once `quietMs` have passed since the last poke. A burst of hundreds of pokes costs one
 * timer: a poke only notes the time, and the timer, when it fires too early, sets itself again for
 * what is left (clearing and setting a timer for every response of a page load showed up in the
 * worker's profile).
 */
export function quietTimer(quietMs: number, run: () => void): { poke(): void } {
  let last = 0;
  let armed = false;
  function fire(): void {
    const quietFor = Date.now() - last;
    if (quietFor < quietMs) {
      setTimeout(fire, quietMs - quietFor);
      return;
    }
    armed = false;
    run();
  }
  return {
    poke(): void {
      last = Date.now();
      if (armed) return;
      armed = true;
      setTimeout(fire, quietMs);
    },
  };
}
