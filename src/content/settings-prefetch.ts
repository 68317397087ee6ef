/**
 * Asks storage for the settings at document_start (early.js), so that the
 * answer is waiting when content.js starts at document_idle. Asked only
 * then, the request queues behind the page's own loading work, the longer
 * the page the longer (most in Firefox; see the README's Performance), and
 * no name can be painted before it returns.
 *
 * The pending reads are handed over through a global of the content
 * scripts' own world, as in early-events.ts. A change to the settings in
 * between makes content.js read them again; without early.js (content.js
 * injected once the reader grants access) it reads them itself.
 */
import { findExtensionApi, type StorageArea, type StorageChange } from '../common/browser-api';
import { isSettingsChange, LOCAL_READ_KEYS, SYNC_READ_KEYS, type KeyValueArea, type SettingsAreas } from '../core/settings-persistence';

type Items = Record<string, unknown>;

interface Prefetch {
  /** Reads started, by area and the keys asked for. */
  reads: Map<string, Promise<Items>>;
  /** The settings changed after the reads began: their answers may be stale. */
  changed: boolean;
  stop(): void;
}

const KEY = 'summitLensSettingsPrefetch';

const readKey = (area: string, keys: string[]) => `${area}:${keys.join(',')}`;

/** Runs in early.js at document_start: starts both reads and publishes them. */
export function prefetchSettings(): void {
  const scope = globalThis as { [KEY]?: Prefetch };
  const storage = findExtensionApi()?.storage;
  if (!storage || scope[KEY]) return;
  const reads = new Map<string, Promise<Items>>();
  const start = (name: string, area: StorageArea | undefined, keys: string[]) => {
    if (!area) return;
    try {
      const read = area.get(keys);
      // Looked at later, or never (a site the reader switched off): no unhandled rejection either way.
      read.catch(() => {});
      reads.set(readKey(name, keys), read);
    } catch {
      // content.js asks again and reports what goes wrong.
    }
  };
  start('local', storage.local, LOCAL_READ_KEYS);
  start('sync', storage.sync, SYNC_READ_KEYS);
  const prefetch: Prefetch = {
    reads,
    changed: false,
    stop: () => storage.onChanged.removeListener(onChanged),
  };
  const onChanged = (changes: Record<string, StorageChange>, area: string) => {
    if (isSettingsChange(changes, area)) prefetch.changed = true;
  };
  storage.onChanged.addListener(onChanged);
  scope[KEY] = prefetch;
}

/**
 * `areas`, answering the first read of each with the one early.js started,
 * while no change has made it stale. Takes the prefetch: later loads read afresh.
 */
export function withPrefetch(areas: SettingsAreas): SettingsAreas {
  const scope = globalThis as { [KEY]?: Prefetch | null };
  const prefetch = scope[KEY];
  if (!prefetch) return areas;
  scope[KEY] = null;
  prefetch.stop();
  if (prefetch.changed) return areas;
  const wrap = (name: string, area: KeyValueArea): KeyValueArea => ({
    get: (keys) => {
      const k = readKey(name, keys);
      const early = prefetch.reads.get(k);
      prefetch.reads.delete(k);
      return early ?? area.get(keys);
    },
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
  });
  return { sync: areas.sync && wrap('sync', areas.sync), local: wrap('local', areas.local) };
}
