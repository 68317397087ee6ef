import { afterEach, describe, expect, it } from 'vitest';
import { SETTINGS_KEY, SYNC_FAILURE_KEY, type KeyValueArea } from '../../src/core/settings-persistence';
import { prefetchSettings, withPrefetch } from '../../src/content/settings-prefetch';

type Items = Record<string, unknown>;
type Listener = (changes: Items, area: string) => void;

/** A storage namespace that records every read, as early.js and content.js would see it. */
function fakeStorage(local: Items, sync: Items) {
  const reads: string[] = [];
  const listeners = new Set<Listener>();
  const area = (name: string, items: Items): KeyValueArea => ({
    get: async (keys) => {
      reads.push(`${name}:${keys.join(',')}`);
      return Object.fromEntries(keys.filter((k) => k in items).map((k) => [k, items[k]]));
    },
    set: async () => {},
    remove: async () => {},
  });
  const storage = {
    local: area('local', local),
    sync: area('sync', sync),
    onChanged: { addListener: (f: Listener) => listeners.add(f), removeListener: (f: Listener) => listeners.delete(f) },
  };
  return { storage, reads, listeners, change: (changes: Items, name: string) => listeners.forEach((f) => f(changes, name)) };
}

const scope = globalThis as { browser?: unknown; summitLensSettingsPrefetch?: unknown };

afterEach(() => {
  delete scope.browser;
  delete scope.summitLensSettingsPrefetch;
});

describe('settings asked for at document_start', () => {
  it('answers content.js with the reads early.js started, once, and stops listening', async () => {
    const fake = fakeStorage({ [SYNC_FAILURE_KEY]: 'quota', [SETTINGS_KEY]: { version: 1 } }, { [SETTINGS_KEY]: { version: 1, enabled: false } });
    scope.browser = { runtime: {}, storage: fake.storage };
    prefetchSettings();
    expect(fake.reads).toEqual([`local:${SETTINGS_KEY},${SYNC_FAILURE_KEY}`, `sync:${SETTINGS_KEY}`]);
    expect(fake.listeners.size).toBe(1);

    const areas = withPrefetch(fake.storage);
    expect(fake.listeners.size).toBe(0);
    expect(await areas.local.get([SETTINGS_KEY, SYNC_FAILURE_KEY])).toEqual({ [SETTINGS_KEY]: { version: 1 }, [SYNC_FAILURE_KEY]: 'quota' });
    expect(await areas.sync!.get([SETTINGS_KEY])).toEqual({ [SETTINGS_KEY]: { version: 1, enabled: false } });
    // Nothing asked twice; a second read of the same keys goes to storage.
    expect(fake.reads).toHaveLength(2);
    await areas.sync!.get([SETTINGS_KEY]);
    expect(fake.reads).toHaveLength(3);
    // Taken: a later load (a settings change) reads storage itself.
    expect(withPrefetch(fake.storage)).toBe(fake.storage);
  });

  it('reads again when the settings changed in between', async () => {
    const fake = fakeStorage({}, { [SETTINGS_KEY]: { version: 1 } });
    scope.browser = { runtime: {}, storage: fake.storage };
    prefetchSettings();
    fake.change({ unrelated: {} }, 'local');
    fake.change({ [SETTINGS_KEY]: {} }, 'managed');
    expect(withPrefetch(fake.storage)).not.toBe(fake.storage);

    delete scope.summitLensSettingsPrefetch;
    prefetchSettings();
    fake.change({ [SETTINGS_KEY]: { newValue: {} } }, 'sync');
    expect(withPrefetch(fake.storage)).toBe(fake.storage);
  });

  it('without early.js, or without storage, content.js reads storage itself', async () => {
    const fake = fakeStorage({}, {});
    expect(withPrefetch(fake.storage)).toBe(fake.storage);
    scope.browser = {};
    prefetchSettings();
    expect(withPrefetch(fake.storage)).toBe(fake.storage);
  });

  it('a read that fails at once is asked again by content.js, which reports it', async () => {
    const fake = fakeStorage({}, {});
    const failing = { ...fake.storage, sync: { get: () => Promise.reject(new Error('sync is off')) } };
    scope.browser = { runtime: {}, storage: failing };
    prefetchSettings();
    const areas = withPrefetch(fake.storage);
    await expect(areas.sync!.get([SETTINGS_KEY])).rejects.toThrow('sync is off');
    // A read that throws instead of rejecting: content.js asks the area itself.
    const other = fakeStorage({}, {});
    const throwing = { ...other.storage, local: { get: () => { throw new Error('no storage'); } } };
    delete scope.summitLensSettingsPrefetch;
    scope.browser = { runtime: {}, storage: throwing };
    prefetchSettings();
    await withPrefetch(other.storage).local.get([SETTINGS_KEY, SYNC_FAILURE_KEY]);
    expect(other.reads).toEqual([`sync:${SETTINGS_KEY}`, `local:${SETTINGS_KEY},${SYNC_FAILURE_KEY}`]);
  });
});
