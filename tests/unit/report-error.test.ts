/**
 * An error inside the extension never reaches the page as an uncaught error;
 * it is reported once, with a prefix that says whose it is.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { errorsSeen, guarded, reportError } from '../../src/content/report-error';

afterEach(() => vi.restoreAllMocks());

it('reports each distinct error once, with the Summit Lens prefix, and counts every one', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const before = errorsSeen();
  reportError('scanning', new TypeError('x is not a function'));
  reportError('scanning', new TypeError('x is not a function'));
  reportError('scanning', 'a string thrown');
  reportError('hover', new TypeError('x is not a function'));
  expect(warn.mock.calls.map((c) => c[0])).toEqual([
    '[Summit Lens] scanning: TypeError: x is not a function',
    '[Summit Lens] scanning: a string thrown',
    '[Summit Lens] hover: TypeError: x is not a function',
  ]);
  expect(errorsSeen() - before).toBe(4);
});

it('keeps what a guarded handler throws from escaping', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const handler = guarded('pointer', (n: number) => {
    if (n > 1) throw new RangeError(`bad ${n}`);
  });
  expect(() => handler(1)).not.toThrow();
  expect(() => handler(2)).not.toThrow();
  expect(warn).toHaveBeenCalledWith('[Summit Lens] pointer: RangeError: bad 2');
});
