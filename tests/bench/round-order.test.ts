import { describe, expect, it } from 'vitest';
import { roundOrder } from '../../bench/lib/round-order.mjs';

const names = (count: number) => Array.from({ length: count }, (_, k) => String.fromCharCode(97 + k));
const period = (count: number) => (count % 2 === 0 ? count : 2 * count);
const rounds = (count: number) => Array.from({ length: period(count) }, (_, r) => roundOrder(names(count), r));

describe('roundOrder', () => {
  it('runs every contender once a round', () => {
    for (let count = 1; count <= 7; count++) {
      for (const order of rounds(count)) expect([...order].sort()).toEqual(names(count));
    }
  });

  it('puts every contender in every position equally often over a period', () => {
    for (let count = 2; count <= 7; count++) {
      const seen = new Map<string, number>();
      for (const order of rounds(count)) order.forEach((name, position) => seen.set(`${position}:${name}`, (seen.get(`${position}:${name}`) ?? 0) + 1));
      expect(seen.size).toBe(count * count);
      expect(new Set(seen.values())).toEqual(new Set([period(count) / count]));
    }
  });

  it('has every contender follow every other equally often over a period, unlike a rotation', () => {
    for (let count = 2; count <= 7; count++) {
      const follows = new Map<string, number>();
      for (const order of rounds(count)) {
        for (let k = 1; k < count; k++) follows.set(`${order[k - 1]}>${order[k]}`, (follows.get(`${order[k - 1]}>${order[k]}`) ?? 0) + 1);
      }
      expect(follows.size).toBe(count * (count - 1));
      expect(new Set(follows.values())).toEqual(new Set([count % 2 === 0 ? 1 : 2]));
    }
  });

  it('repeats with the period, so that a block of four rounds of four contenders is one whole square', () => {
    const four = ['ours', 'floor', 'floorB', 'none'];
    expect([0, 1, 2, 3].map((r) => roundOrder(four, r))).toEqual([
      ['ours', 'floor', 'none', 'floorB'],
      ['floor', 'floorB', 'ours', 'none'],
      ['floorB', 'none', 'floor', 'ours'],
      ['none', 'ours', 'floorB', 'floor'],
    ]);
    expect(roundOrder(four, 6)).toEqual(roundOrder(four, 2));
  });
});
