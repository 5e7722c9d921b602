/**
 * The order contenders run in, round by round, when they take turns on one machine. A contender can
 * leave work behind (garbage, a storage flush, a warm or cold cache) that the next one pays for, so
 * a plain rotation, in which every contender always follows the same one, can tilt a ratio: the
 * page-load part's two identical floors came out 1.02× apart, the second always run straight after
 * the first. This is a Williams design, a Latin square in which, over one period of rounds, every
 * contender runs once in every position and follows every other contender equally often (once
 * each for an even number of contenders, whose period is their number; twice for an odd number,
 * whose period is twice that, each row then also run backwards).
 */

/** The period's first row: 0, 1, n−1, 2, n−2, 3, …; the others are it shifted by the round. */
function firstRow(count) {
  const row = [0];
  for (let k = 1; row.length < count; k++) {
    row.push(k);
    if (row.length < count) row.push(count - k);
  }
  return row;
}

/** The names in the order round `round` runs them. */
export function roundOrder(names, round) {
  const count = names.length;
  const period = count % 2 === 0 ? count : 2 * count;
  const r = ((round % period) + period) % period;
  const order = firstRow(count).map((k) => names[(k + r) % count]);
  return r >= count ? order.reverse() : order;
}
