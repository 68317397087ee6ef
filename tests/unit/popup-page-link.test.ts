import { describe, expect, it, vi } from 'vitest';

// page-link talks to the browser through the polyfill, which refuses to load
// outside an extension; only its pure helpers are tested here.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { tabIdFromQuery } = await import('../../src/popup/page-link');

describe('tabIdFromQuery: the tab the popup page is pointed at (end-to-end tests)', () => {
  it.each([
    ['?tab=7', 7],
    ['?tab=0', 0],
    ['?tab=2147483647', 2147483647],
    ['?x=1&tab=42', 42],
    ['tab=42', 42],
  ])('%j → %s', (search, id) => {
    expect(tabIdFromQuery(search)).toBe(id);
  });

  it.each(['', '?', '?tab=', '?tab=-1', '?tab=1.5', '?tab=1e3', '?tab=0x10', '?tab= 7', '?tab=7a', '?tab=2147483648', '?tab=99999999999', '?tabs=7'])(
    '%j → null (the active tab)',
    (search) => {
      expect(tabIdFromQuery(search)).toBeNull();
    },
  );
});
