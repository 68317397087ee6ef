/**
 * The settings in browser storage: thin glue around
 * src/core/settings-persistence.ts (storage.sync, falling back to
 * storage.local when sync refuses). Reads go through parseSettings (never
 * throws; old versions are migrated), so the content script and the popup
 * see the same values; what could not be read as stored is logged once.
 */
import { extensionApi, type StorageChange } from './browser-api';
import type { Settings } from '../core/settings';
import {
  isSettingsChange,
  loadStoredSettings,
  retrySync,
  saveStoredSettings,
  SETTINGS_KEY,
  type LoadedSettings,
  type SaveOutcome,
  type SettingsAreas,
} from '../core/settings-persistence';
import { warnOnce } from './warn-once';

export { SETTINGS_KEY };
export type { LoadedSettings, SaveOutcome };

export function storageAreas(): SettingsAreas {
  // storage.sync is missing in some builds and may throw on use when sync is off: the core handles both.
  const storage = extensionApi().storage;
  return { sync: storage.sync ?? null, local: storage.local };
}

/** The settings in effect, read from `from`. */
export async function loadSettings(from: SettingsAreas = storageAreas()): Promise<LoadedSettings> {
  const loaded = await loadStoredSettings(from);
  for (const problem of loaded.problems) warnOnce(`settings: ${problem}`);
  return loaded;
}

/** Saves `settings`; says whether sync took them. Rejects only when even this device could not keep them. */
export function saveSettings(settings: Settings): Promise<SaveOutcome> {
  return saveStoredSettings(storageAreas(), settings);
}

/** Offers settings kept on this device only to sync again; true when sync took them. */
export function retrySettingsSync(): Promise<boolean> {
  return retrySync(storageAreas());
}

/**
 * Calls `onChange` with the settings in effect whenever they change (the
 * popup, another window, another device through sync). Returns the unsubscriber.
 */
export function subscribeSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  let alive = true;
  let latest = 0;
  const listener = (changes: Record<string, StorageChange>, area: string) => {
    if (!isSettingsChange(changes, area)) return;
    // Which area counts depends on both: read again rather than trust this one change.
    const asked = ++latest;
    // Only the answer to the latest change counts: reads may finish out of order.
    void loadSettings().then((loaded) => alive && asked === latest && onChange(loaded));
  };
  const onChanged = extensionApi().storage.onChanged;
  onChanged.addListener(listener);
  return () => {
    alive = false;
    onChanged.removeListener(listener);
  };
}
