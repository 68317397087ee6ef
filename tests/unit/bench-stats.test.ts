import { describe, expect, it } from 'vitest';
import { fmt, fmtRatio, isLinear, linearFit, markdownTable, max, median, quantile, ratio, seededRandom } from '../../scripts/bench/stats';

describe('median and quantile', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('ignores missing and non-finite values and is null without any', () => {
    expect(median([null, 5, undefined, NaN, 1, Infinity])).toBe(3);
    expect(median([])).toBeNull();
    expect(median([null, undefined])).toBeNull();
  });
  it('interpolates between order statistics', () => {
    expect(quantile([1, 2, 3, 4, 5], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4, 5], 1)).toBe(5);
    expect(quantile([1, 2, 3, 4, 5], 0.95)).toBeCloseTo(4.8);
    expect(() => quantile([1], 2)).toThrow(RangeError);
  });
  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
  it('max skips missing values', () => {
    expect(max([1, null, 7, 3])).toBe(7);
    expect(max([null])).toBeNull();
  });
});

describe('linearFit', () => {
  it('recovers the slope and intercept of a line', () => {
    const fit = linearFit([0.25, 1, 4].map((x) => ({ x, y: 20 + 100 * x })))!;
    expect(fit.slope).toBeCloseTo(100);
    expect(fit.intercept).toBeCloseTo(20);
    expect(fit.r2).toBeCloseTo(1);
  });
  it('is null with fewer than two distinct x', () => {
    expect(linearFit([{ x: 1, y: 2 }])).toBeNull();
    expect(linearFit([{ x: 1, y: 2 }, { x: 1, y: 3 }])).toBeNull();
  });
});

describe('isLinear', () => {
  it('accepts linear growth and a fixed start-up cost', () => {
    expect(isLinear([0.25, 1, 4].map((x) => ({ x, y: 100 * x })))).toBe(true);
    expect(isLinear([0.25, 1, 4].map((x) => ({ x, y: 50 + 100 * x })))).toBe(true);
  });
  it('rejects quadratic growth', () => {
    expect(isLinear([0.25, 1, 4].map((x) => ({ x, y: 100 * x * x })))).toBe(false);
  });
  it('cannot judge a single point', () => {
    expect(isLinear([{ x: 1, y: 1 }])).toBeNull();
  });
});

describe('ratio and formatting', () => {
  it('ratio is null for a missing or non-positive divisor', () => {
    expect(ratio(10, 4)).toBe(2.5);
    expect(ratio(10, 0)).toBeNull();
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(10, undefined)).toBeNull();
  });
  it('prints about three significant digits', () => {
    expect(fmt(1234.5)).toBe('1235');
    expect(fmt(12.345)).toBe('12.3');
    expect(fmt(1.2345)).toBe('1.23');
    expect(fmt(0.12345)).toBe('0.123');
    expect(fmt(0)).toBe('0');
    expect(fmt(null)).toBe('—');
    expect(fmt(NaN)).toBe('—');
    expect(fmt(2, 1)).toBe('2.0');
    expect(fmtRatio(2.345)).toBe('2.35x');
    expect(fmtRatio(123.4)).toBe('123x');
    expect(fmtRatio(null)).toBe('—');
  });
});

describe('markdownTable', () => {
  it('writes a header, an alignment row and escaped cells', () => {
    const t = markdownTable(['a', 'b'], [['x|y', '1\n2']], ['l', 'r']);
    expect(t.split('\n')).toEqual(['| a | b |', '| --- | ---: |', '| x\\|y | 1 2 |']);
  });
  it('refuses rows of the wrong width', () => {
    expect(() => markdownTable(['a', 'b'], [['x']])).toThrow(/row 0/);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for the same seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });
});
