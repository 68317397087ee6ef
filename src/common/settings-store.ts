/**
 * Settings in browser.storage.sync under one key. Reads go through
 * parseSettings (never throws; old versions are migrated), so the content
 * script, reading the same key, sees the same values.
 */
import browser from 'webextension-polyfill';
import { parseSettings, type ParsedSettings, type Settings } from '../core/settings';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<ParsedSettings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch (err) {
    const parsed = parseSettings(undefined);
    return { ...parsed, problems: [`Could not read storage (${String(err)}); showing the defaults.`] };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** Calls `onChange` when the stored settings change (another window, the options of another device). Returns the unsubscriber. */
export function subscribeSettings(onChange: (parsed: ParsedSettings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    onChange(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
