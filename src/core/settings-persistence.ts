/**
 * Where the settings are kept, and what happens when keeping them fails.
 * Pure logic over two key-value areas handed in (browser.storage.sync and
 * browser.storage.local in the extension, fakes in the unit tests).
 *
 * - The settings live in the sync area, under one key, so that they follow
 *   the reader to their other browsers.
 * - When the sync area refuses a write (QUOTA_BYTES, QUOTA_BYTES_PER_ITEM,
 *   MAX_WRITE_OPERATIONS_PER_MINUTE, or sync switched off or missing), the
 *   same settings go to the local area instead: the reader's choice still
 *   applies and survives a restart, and the caller is told, to say so.
 * - A copy in the local area wins over the sync area: it is this device's
 *   latest choice, which sync could not take. The next write that sync
 *   accepts (or `retrySync`) removes it.
 * - Fields this version does not know (written by a newer Summit Lens on
 *   another device) are kept on write, not silently dropped.
 */
import { parseSettings, SPOT_KINDS, type ParsedSettings, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';
/** Beside the local copy: why sync refused it (a SyncFailure). */
export const SYNC_FAILURE_KEY = 'settingsSyncFailure';

/** What loading the settings reads from each area (content.js may have these reads started early). */
export const LOCAL_READ_KEYS = [SETTINGS_KEY, SYNC_FAILURE_KEY];
/** As read(sync, SETTINGS_KEY) asks for it. */
export const SYNC_READ_KEYS = [SETTINGS_KEY];

/** True when a storage.onChanged event may change the settings in effect. */
export function isSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  return (area === 'sync' || area === 'local') && (SETTINGS_KEY in changes || SYNC_FAILURE_KEY in changes);
}

/** The part of a browser.storage area used here. */
export interface KeyValueArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface SettingsAreas {
  /** null when the browser has no sync area at all. */
  sync: KeyValueArea | null;
  local: KeyValueArea;
}

/** Why the sync area refused: what the popup tells the reader. */
export type SyncFailure = 'quota' | 'rate' | 'unavailable';

export interface LoadedSettings extends ParsedSettings {
  /** Set when the settings in use are this device's own copy, not the synced ones. */
  notSynced: SyncFailure | null;
}

export type SaveOutcome = { synced: true } | { synced: false; failure: SyncFailure; detail: string };

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : typeof err === 'string' ? err : String(err);
  return text.slice(0, 300);
}

/**
 * Sorts a storage.sync error into what the reader can act on. Chrome's
 * messages name the quota ("QUOTA_BYTES quota exceeded", "…
 * MAX_WRITE_OPERATIONS_PER_MINUTE quota"); anything else (Firefox with
 * sync turned off, no sync area, a storage failure) counts as unavailable.
 */
export function classifySyncError(err: unknown): SyncFailure {
  const text = errorText(err);
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE|per (minute|hour)/i.test(text)) return 'rate';
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(text)) return 'quota';
  return 'unavailable';
}

type Obj = Record<string, unknown>;
const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const ownKeys = (o: Obj): string[] => Object.keys(o);

// Every key some version of this code reads (version 0 and 1); a migration drops the old ones.
const KNOWN_KEYS = new Set(['version', 'enabled', 'disabledSites', 'highlightStyle', 'kinds', 'hoverDelayMs', 'on', 'style', 'blockedHosts', 'countries', 'delay']);

/**
 * What to store for `next`, given what is stored now: `next`, plus the
 * fields (and kinds) of `stored` this version does not know. Version 1 is
 * written: a newer reader knows how to read it and finds its own fields
 * still there. Never throws.
 */
export function withUnknownFieldsKept(stored: unknown, next: Settings): Obj {
  try {
    if (!isObject(stored)) return { ...next };
    // fromEntries defines own properties: a stored "__proto__" key stays a plain key.
    const extra = ownKeys(stored).filter((k) => !KNOWN_KEYS.has(k)).map((k) => [k, stored[k]] as const);
    const storedKinds = stored.kinds;
    const extraKinds = isObject(storedKinds)
      ? ownKeys(storedKinds)
          .filter((k) => !(SPOT_KINDS as readonly string[]).includes(k))
          .map((k) => [k, storedKinds[k]] as const)
      : [];
    return Object.fromEntries([
      ...extra,
      ...Object.entries(next),
      ['kinds', Object.fromEntries([...extraKinds, ...Object.entries(next.kinds)])],
    ]);
  } catch {
    return { ...next }; // a hostile stored object: keep nothing of it
  }
}

const FAILURES: readonly string[] = ['quota', 'rate', 'unavailable'] satisfies SyncFailure[];

async function read(area: KeyValueArea, key: string): Promise<unknown> {
  const items = await area.get([key]);
  return isObject(items) ? items[key] : undefined;
}

interface Stored {
  raw: unknown;
  /** Set when the raw value is this device's copy: why sync refused it. */
  notSynced: SyncFailure | null;
  problems: string[];
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Starts a read; its failure (thrown or rejected) becomes a value, to look at later or not at all. */
function settle<T>(start: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return start().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
  } catch (error) {
    return Promise.resolve({ ok: false as const, error });
  }
}

/** What is stored, from the area that counts, without parsing it. */
async function readRaw(areas: SettingsAreas): Promise<Stored> {
  const problems: string[] = [];
  // Both areas are asked at once. The synced copy counts only when this
  // device has none of its own, but asking for it afterwards would make a
  // page wait for two storage round trips before its first highlight.
  const localRead = settle(() => areas.local.get(LOCAL_READ_KEYS));
  const syncArea = areas.sync;
  const syncRead = syncArea ? settle(() => read(syncArea, SETTINGS_KEY)) : null;
  const l = await localRead;
  if (l.ok) {
    const items = l.value;
    const local = isObject(items) ? items[SETTINGS_KEY] : undefined;
    if (local !== undefined && !isObject(local)) {
      // Not even an object: nothing of the reader's can be in it; the synced settings are worth more.
      problems.push(`This device's copy of the settings was unreadable; used the synced settings instead.`);
    } else if (local !== undefined) {
      const why = isObject(items) ? items[SYNC_FAILURE_KEY] : undefined;
      return { raw: local, notSynced: FAILURES.includes(why as string) ? (why as SyncFailure) : 'unavailable', problems };
    }
  } else {
    problems.push(`Could not read this device's copy of the settings (${errorText(l.error)}).`);
  }
  if (!syncRead) return { raw: undefined, notSynced: null, problems };
  const s = await syncRead;
  if (s.ok) return { raw: s.value, notSynced: null, problems };
  problems.push(`Could not read the synced settings (${errorText(s.error)}); using the defaults.`);
  return { raw: undefined, notSynced: null, problems };
}

/** The settings in effect on this device. Never throws. */
export async function loadStoredSettings(areas: SettingsAreas): Promise<LoadedSettings> {
  const { raw, notSynced, problems } = await readRaw(areas);
  const parsed = parseSettings(raw);
  return { settings: parsed.settings, problems: [...problems, ...parsed.problems], notSynced };
}

/**
 * Stores `next`: in the sync area if it takes it, else in the local one.
 * Rejects only when neither area could keep it.
 */
export async function saveStoredSettings(areas: SettingsAreas, next: Settings): Promise<SaveOutcome> {
  const { raw } = await readRaw(areas);
  const value = withUnknownFieldsKept(raw, next);
  let failure: SyncFailure = 'unavailable';
  let detail = 'this browser has no storage.sync';
  if (areas.sync) {
    try {
      await areas.sync.set({ [SETTINGS_KEY]: value });
      // Sync holds the latest now: an older copy here must not shadow it.
      await areas.local.remove([SETTINGS_KEY, SYNC_FAILURE_KEY]).catch(() => {});
      return { synced: true };
    } catch (err) {
      failure = classifySyncError(err);
      detail = errorText(err);
    }
  }
  await areas.local.set({ [SETTINGS_KEY]: value, [SYNC_FAILURE_KEY]: failure });
  return { synced: false, failure, detail };
}

/**
 * Offers this device's copy to the sync area again (a per-minute limit
 * passes; sync may be back). True when sync took it and the copy is gone.
 */
export async function retrySync(areas: SettingsAreas): Promise<boolean> {
  if (!areas.sync) return false;
  try {
    const local = await read(areas.local, SETTINGS_KEY);
    if (local === undefined) return false;
    await areas.sync.set({ [SETTINGS_KEY]: local });
    await areas.local.remove([SETTINGS_KEY, SYNC_FAILURE_KEY]);
    return true;
  } catch {
    return false;
  }
}
