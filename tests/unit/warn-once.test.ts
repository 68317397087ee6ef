import { afterEach, describe, expect, it, vi } from 'vitest';
import { warnOnce } from '../../src/common/warn-once';

describe('warnOnce', () => {
  afterEach(() => vi.restoreAllMocks());

  it('warns once per distinct text, with the extension prefix', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnOnce('settings: kinds.place: "yes" is not true or false; using the default (true).');
    warnOnce('settings: kinds.place: "yes" is not true or false; using the default (true).');
    warnOnce('settings: something else');
    expect(warn.mock.calls).toEqual([
      ['[Summit Lens] settings: kinds.place: "yes" is not true or false; using the default (true).'],
      ['[Summit Lens] settings: something else'],
    ]);
  });
});
