import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, isValidSettings, type Settings } from '../../src/core/settings';
import {
  classifySyncError,
  loadStoredSettings,
  retrySync,
  saveStoredSettings,
  SETTINGS_KEY,
  withUnknownFieldsKept,
  type KeyValueArea,
  type SettingsAreas,
} from '../../src/core/settings-persistence';

// Chrome's own messages for storage.sync's limits.
const QUOTA_ITEM = 'QUOTA_BYTES_PER_ITEM quota exceeded';
const QUOTA_TOTAL = 'QUOTA_BYTES quota exceeded';
const RATE = 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.';

/**
 * A storage area in memory that stores JSON copies (as browsers do) and can
 * be told to fail: every write, every read, or to answer garbage.
 */
class FakeArea implements KeyValueArea {
  readonly data = new Map<string, string>();
  failSet: string | null = null;
  failGet: string | null = null;
  garbage: unknown = undefined;
  writes = 0;

  async get(keys: string[]): Promise<Record<string, unknown>> {
    if (this.failGet) throw new Error(this.failGet);
    if (this.garbage !== undefined) return this.garbage as Record<string, unknown>;
    return Object.fromEntries(keys.filter((k) => this.data.has(k)).map((k) => [k, JSON.parse(this.data.get(k)!)]));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failSet) throw new Error(this.failSet);
    this.writes++;
    for (const [k, v] of Object.entries(items)) this.data.set(k, JSON.stringify(v));
  }

  async remove(keys: string[]): Promise<void> {
    for (const k of keys) this.data.delete(k);
  }

  /** What is stored under `key`, as a reader of the area would get it. */
  value(key = SETTINGS_KEY): unknown {
    const raw = this.data.get(key);
    return raw === undefined ? undefined : JSON.parse(raw);
  }

  put(value: unknown, key = SETTINGS_KEY): void {
    this.data.set(key, JSON.stringify(value));
  }
}

function fakeAreas(): { sync: FakeArea; local: FakeArea; areas: SettingsAreas } {
  const sync = new FakeArea();
  const local = new FakeArea();
  return { sync, local, areas: { sync, local } };
}

const chosen: Settings = {
  ...defaultSettings(),
  highlightStyle: 'background',
  disabledSites: ['example.com'],
  hoverDelayMs: 600,
};

describe('saving and loading', () => {
  it('keeps the settings in the sync area when it takes them', async () => {
    const { sync, local, areas } = fakeAreas();
    expect(await saveStoredSettings(areas, chosen)).toEqual({ synced: true });
    expect(sync.value()).toEqual(chosen);
    expect(local.value()).toBeUndefined();
    expect(await loadStoredSettings(areas)).toEqual({ settings: chosen, problems: [], notSynced: null });
  });

  it('asks both areas at once, and a failing sync read does not matter when this device has a copy', async () => {
    const { sync, local } = fakeAreas();
    local.put(chosen);
    sync.failGet = 'sync is switched off';
    const asked: string[] = [];
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const slow = (name: string, area: FakeArea): KeyValueArea => ({
      get: async (keys) => {
        asked.push(name);
        await gate;
        return area.get(keys);
      },
      set: (items) => area.set(items),
      remove: (keys) => area.remove(keys),
    });
    const loading = loadStoredSettings({ sync: slow('sync', sync), local: slow('local', local) });
    await Promise.resolve();
    // Neither has answered yet, and both have been asked.
    expect(asked.sort()).toEqual(['local', 'sync']);
    open();
    expect(await loading).toEqual({ settings: chosen, problems: [], notSynced: 'unavailable' });
  });

  it('nothing stored gives the defaults, quietly', async () => {
    expect(await loadStoredSettings(fakeAreas().areas)).toEqual({ settings: defaultSettings(), problems: [], notSynced: null });
  });

  for (const [message, failure] of [
    [QUOTA_ITEM, 'quota'],
    [QUOTA_TOTAL, 'quota'],
    [RATE, 'rate'],
    ['Sync is disabled', 'unavailable'],
  ] as const) {
    it(`falls back to this device when sync refuses (${message}), and the choice survives a reload`, async () => {
      const { sync, local, areas } = fakeAreas();
      sync.put(defaultSettings());
      sync.failSet = message;
      const outcome = await saveStoredSettings(areas, chosen);
      expect(outcome).toEqual({ synced: false, failure, detail: message });
      expect(local.value()).toEqual(chosen);
      expect(sync.value()).toEqual(defaultSettings());
      // A reload: new area objects over the same stored data.
      const reloaded: SettingsAreas = { sync: Object.assign(new FakeArea(), { data: sync.data }), local: Object.assign(new FakeArea(), { data: local.data }) };
      expect(await loadStoredSettings(reloaded)).toEqual({ settings: chosen, problems: [], notSynced: failure });
    });
  }

  it('with no sync area at all, keeps the settings on this device', async () => {
    const local = new FakeArea();
    const areas = { sync: null, local };
    expect(await saveStoredSettings(areas, chosen)).toMatchObject({ synced: false, failure: 'unavailable' });
    expect(await loadStoredSettings(areas)).toMatchObject({ settings: chosen, notSynced: 'unavailable' });
  });

  it('a later write that sync takes removes the device copy, so that sync counts again', async () => {
    const { sync, local, areas } = fakeAreas();
    sync.failSet = RATE;
    await saveStoredSettings(areas, chosen);
    sync.failSet = null;
    const next = { ...chosen, hoverDelayMs: 300 };
    expect(await saveStoredSettings(areas, next)).toEqual({ synced: true });
    expect(local.value()).toBeUndefined();
    expect(await loadStoredSettings(areas)).toEqual({ settings: next, problems: [], notSynced: null });
  });

  it('retrySync hands the device copy to sync once sync takes writes again', async () => {
    const { sync, local, areas } = fakeAreas();
    sync.failSet = RATE;
    await saveStoredSettings(areas, chosen);
    expect(await retrySync(areas)).toBe(false); // still refused: nothing lost
    expect(local.value()).toEqual(chosen);
    sync.failSet = null;
    expect(await retrySync(areas)).toBe(true);
    expect(sync.value()).toEqual(chosen);
    expect(local.value()).toBeUndefined();
    expect(await retrySync(areas)).toBe(false); // nothing left to hand over
  });

  it('rejects only when neither area can keep the settings', async () => {
    const { sync, local, areas } = fakeAreas();
    sync.failSet = QUOTA_TOTAL;
    local.failSet = 'disk full';
    await expect(saveStoredSettings(areas, chosen)).rejects.toThrow('disk full');
  });

  it('a sync area that cannot be read gives the defaults and says so', async () => {
    const { sync, areas } = fakeAreas();
    sync.failGet = 'storage.sync is not available';
    const loaded = await loadStoredSettings(areas);
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.problems).toEqual(['Could not read the synced settings (storage.sync is not available); using the defaults.']);
  });

  it('a local area that cannot be read falls back to the synced settings and says so', async () => {
    const { sync, local, areas } = fakeAreas();
    sync.put(chosen);
    local.failGet = 'boom';
    const loaded = await loadStoredSettings(areas);
    expect(loaded.settings).toEqual(chosen);
    expect(loaded.problems).toEqual(["Could not read this device's copy of the settings (boom)."]);
  });

  it('an unreadable device copy gives way to the synced settings', async () => {
    const { sync, local, areas } = fakeAreas();
    sync.put(chosen);
    local.put('%%garbage%%');
    const loaded = await loadStoredSettings(areas);
    expect(loaded.settings).toEqual(chosen);
    expect(loaded.notSynced).toBeNull();
    expect(loaded.problems).toHaveLength(1);
  });

  it('areas answering garbage still give valid settings', async () => {
    for (const garbage of [null, 42, 'text', [], { settings: 'nope' }, { settings: { enabled: 'maybe', hoverDelayMs: 500 } }]) {
      const { sync, areas } = fakeAreas();
      sync.garbage = garbage;
      const loaded = await loadStoredSettings(areas);
      expect(isValidSettings(loaded.settings), JSON.stringify(garbage)).toBe(true);
    }
  });

  it('one bad field is reported; the good ones the reader set are kept', async () => {
    const { sync, areas } = fakeAreas();
    sync.put({ ...chosen, highlightStyle: 'sparkles' });
    const loaded = await loadStoredSettings(areas);
    expect(loaded.settings).toEqual({ ...chosen, highlightStyle: 'underline' });
    expect(loaded.problems).toEqual(['highlightStyle: "sparkles" is not one of underline, background, none; using the default (underline).']);
  });

  it('migrates version 0 settings on load, and writes them back as version 1 without the old keys', async () => {
    const { sync, areas } = fakeAreas();
    sync.put({ on: true, style: 'highlight', blockedHosts: ['Example.COM'], countries: false, delay: 350 });
    const loaded = await loadStoredSettings(areas);
    expect(loaded.settings).toMatchObject({ highlightStyle: 'background', disabledSites: ['example.com'], hoverDelayMs: 350 });
    expect(loaded.settings.kinds.country).toBe(false);
    await saveStoredSettings(areas, loaded.settings);
    expect(sync.value()).toEqual(loaded.settings);
  });
});

describe('fields of a newer version', () => {
  const newer = {
    version: 2,
    enabled: true,
    disabledSites: [],
    highlightStyle: 'underline',
    kinds: { leader: true, country: true, organization: true, place: true, event: false },
    hoverDelayMs: 200,
    theme: 'sepia',
    shortcuts: { open: 'Alt+K' },
  };

  it('are kept when this version writes its settings', async () => {
    const { sync, areas } = fakeAreas();
    sync.put(newer);
    const loaded = await loadStoredSettings(areas);
    await saveStoredSettings(areas, { ...loaded.settings, hoverDelayMs: 700 });
    expect(sync.value()).toEqual({ ...newer, version: 1, hoverDelayMs: 700 });
  });

  it('are kept in the device copy too', async () => {
    const { sync, local, areas } = fakeAreas();
    sync.put(newer);
    sync.failSet = QUOTA_ITEM;
    await saveStoredSettings(areas, { ...defaultSettings(), enabled: false });
    expect(local.value()).toMatchObject({ theme: 'sepia', enabled: false, kinds: { event: false } });
  });

  it('a stored "__proto__" key stays a plain field and changes no prototype', () => {
    const stored = JSON.parse('{"__proto__": {"polluted": true}, "theme": "x"}') as unknown;
    const out = withUnknownFieldsKept(stored, defaultSettings());
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
    expect(out.theme).toBe('x');
  });

  it('nothing stored, or not an object: exactly the settings', () => {
    for (const stored of [undefined, null, 'x', [1]]) expect(withUnknownFieldsKept(stored, chosen)).toEqual(chosen);
  });
});

describe('classifySyncError', () => {
  it('sorts the browsers’ messages', () => {
    expect(classifySyncError(new Error(QUOTA_ITEM))).toBe('quota');
    expect(classifySyncError(new Error(QUOTA_TOTAL))).toBe('quota');
    expect(classifySyncError(new Error('MAX_ITEMS quota exceeded'))).toBe('quota');
    expect(classifySyncError(new Error(RATE))).toBe('rate');
    expect(classifySyncError(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.'))).toBe('rate');
    expect(classifySyncError(new Error('Please set webextensions.storage.sync.enabled to true in about:config'))).toBe('unavailable');
    expect(classifySyncError('odd')).toBe('unavailable');
    expect(classifySyncError(undefined)).toBe('unavailable');
  });
});

describe('property-based', () => {
  const json = fc.jsonValue();
  it('loading never throws and always gives valid settings, whatever the areas hold or throw', async () => {
    await fc.assert(
      fc.asyncProperty(json, json, fc.boolean(), fc.boolean(), async (syncValue, localValue, syncFails, localFails) => {
        const { sync, local, areas } = fakeAreas();
        sync.put(syncValue);
        if (localValue !== null) local.put(localValue);
        if (syncFails) sync.failGet = 'sync broke';
        if (localFails) local.failGet = 'local broke';
        const loaded = await loadStoredSettings(areas);
        expect(isValidSettings(loaded.settings)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('what is saved is what is loaded, whether or not sync takes it', async () => {
    const settings = fc.record({
      version: fc.constant(1 as const),
      enabled: fc.boolean(),
      disabledSites: fc.uniqueArray(fc.constantFrom('a.com', 'b.org', 'news.example', 'x.y.z'), { maxLength: 4 }),
      highlightStyle: fc.constantFrom('underline' as const, 'background' as const, 'none' as const),
      kinds: fc.record({ leader: fc.boolean(), country: fc.boolean(), organization: fc.boolean(), place: fc.boolean() }),
      hoverDelayMs: fc.integer({ min: 100, max: 1000 }),
    });
    await fc.assert(
      fc.asyncProperty(settings, fc.constantFrom(null, QUOTA_ITEM, RATE), async (s, failure) => {
        const { sync, areas } = fakeAreas();
        sync.failSet = failure;
        await saveStoredSettings(areas, s);
        expect((await loadStoredSettings(areas)).settings).toEqual(s);
      }),
      { numRuns: 200 },
    );
  });
});
