/**
 * The reader's settings: schema, defaults, and a forgiving reader; where they
 * are kept: src/core/settings-persistence.ts.
 *
 * `parseSettings` never throws. What it cannot use falls back to the
 * default, field by field; everything the reader set that can be kept is
 * kept (a number in a string, "Example.COM", a delay out of range is
 * clamped); each fix is described in `problems`.
 *
 * History of the stored shape:
 *   version 0 (preview builds, no `version` key):
 *     { on: boolean, style: 'underline' | 'highlight' | 'off',
 *       blockedHosts: string[], countries?: boolean, delay?: number (ms) }
 *     `countries: false` meant "leaders only"; organizations and places were
 *     not spotted before version 1 and are turned on by the migration.
 *   version 1: `Settings` below.
 */

import type { EntityKind } from './dataset-types';

export type HighlightStyle = 'underline' | 'background' | 'none';
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'none'];

export type SpotKind = 'leader' | 'country' | 'organization' | 'place';
export const SPOT_KINDS: readonly SpotKind[] = ['leader', 'country', 'organization', 'place'];

/** The setting that spots an entity kind: projects (the New Silk Roads) go with organizations. */
export function spotKindOf(kind: EntityKind): SpotKind {
  return kind === 'project' ? 'organization' : kind;
}

export interface Settings {
  version: 1;
  /** Spot names at all. */
  enabled: boolean;
  /** Hostnames where nothing is spotted: lower-case, no trailing dot, no duplicates. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  /** Which kinds of entity are spotted on pages. */
  kinds: Record<SpotKind, boolean>;
  /** How long the pointer rests on a name before its card shows, in ms (100..1000). */
  hoverDelayMs: number;
}

export const SETTINGS_VERSION = 1;
export const HOVER_DELAY_MIN = 100;
export const HOVER_DELAY_MAX = 1000;
export const HOVER_DELAY_DEFAULT = 200;
/** More sites than anyone blocks by hand; keeps one stored item well under storage.sync's 8 KB. */
export const MAX_DISABLED_SITES = 200;

export function defaultSettings(): Settings {
  return {
    version: 1,
    enabled: true,
    disabledSites: [],
    highlightStyle: 'underline',
    kinds: { leader: true, country: true, organization: true, place: true },
    hoverDelayMs: HOVER_DELAY_DEFAULT,
  };
}

export interface ParsedSettings {
  settings: Settings;
  /** What was wrong and what was done about it, one sentence each. Empty when all was well. */
  problems: string[];
}

type Obj = Record<string, unknown>;

function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** An own property only: never `__proto__`, `constructor` or anything inherited. */
function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function has(o: Obj, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** A short, safe rendering of a bad value for a problem message. */
function show(x: unknown): string {
  try {
    if (typeof x === 'string') return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x);
    if (typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint' || x === null || x === undefined) {
      return String(x);
    }
    if (Array.isArray(x)) return 'a list';
    if (typeof x === 'object') return 'an object';
    return `a ${typeof x}`;
  } catch {
    return 'a value';
  }
}

/** Reads a flag; "true"/"false" strings and 0/1 are kept, anything else is a problem. */
function readBoolean(x: unknown, field: string, fallback: boolean, problems: string[]): boolean {
  if (typeof x === 'boolean') return x;
  if (x === 'true' || x === 1) {
    problems.push(`${field}: read ${show(x)} as true.`);
    return true;
  }
  if (x === 'false' || x === 0) {
    problems.push(`${field}: read ${show(x)} as false.`);
    return false;
  }
  problems.push(`${field}: ${show(x)} is not true or false; using the default (${fallback}).`);
  return fallback;
}

function readStyle(x: unknown, field: string, problems: string[]): HighlightStyle {
  const fallback = defaultSettings().highlightStyle;
  if (typeof x === 'string') {
    const s = x.trim().toLowerCase();
    if ((HIGHLIGHT_STYLES as readonly string[]).includes(s)) {
      if (s !== x) problems.push(`${field}: read ${show(x)} as "${s}".`);
      return s as HighlightStyle;
    }
  }
  problems.push(`${field}: ${show(x)} is not one of ${HIGHLIGHT_STYLES.join(', ')}; using the default (${fallback}).`);
  return fallback;
}

/** The version 0 style names. */
function readStyleV0(x: unknown, problems: string[]): HighlightStyle {
  if (x === 'highlight') return 'background';
  if (x === 'off') return 'none';
  return readStyle(x, 'style', problems);
}

/** Clamps to 100..1000 (rounded); numeric strings are kept. */
function readDelay(x: unknown, field: string, problems: string[]): number {
  let n: number | undefined;
  if (typeof x === 'number') n = x;
  else if (typeof x === 'string' && x.trim() !== '' && Number.isFinite(Number(x))) {
    n = Number(x);
    problems.push(`${field}: read ${show(x)} as a number.`);
  }
  if (n === undefined || !Number.isFinite(n)) {
    problems.push(`${field}: ${show(x)} is not a number of milliseconds; using the default (${HOVER_DELAY_DEFAULT}).`);
    return HOVER_DELAY_DEFAULT;
  }
  const clamped = Math.min(HOVER_DELAY_MAX, Math.max(HOVER_DELAY_MIN, Math.round(n)));
  if (clamped !== n) {
    problems.push(`${field}: ${show(x)} is outside ${HOVER_DELAY_MIN}..${HOVER_DELAY_MAX} ms; using ${clamped}.`);
  }
  return clamped;
}

const HOST_RE = /^(?=.{1,253}$)([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;
const IPV6_RE = /^\[[0-9a-f:.]+\]$/;

/**
 * The hostname as the browser reports it (`location.hostname`): lower-case,
 * IDNs in punycode, no trailing dot. A URL or "host:port" gives its host.
 * null when it is not a hostname.
 */
export function normalizeHostname(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  let text = input.trim();
  if (text === '' || text.length > 2048) return null;
  try {
    const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
    if (!hasScheme) {
      // Bare host, maybe with a port or a path: only the host part counts.
      if (/[\s/\\?#@]/.test(text.replace(/[/?#].*$/, ''))) return null;
      text = `http://${text}`;
    }
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    if (host === '') return null;
    return HOST_RE.test(host) || IPV6_RE.test(host) ? host : null;
  } catch {
    return null;
  }
}

function readSites(x: unknown, field: string, problems: string[]): string[] {
  let items: unknown[];
  if (Array.isArray(x)) items = x;
  else if (typeof x === 'string') {
    // One site, or several separated by commas or spaces: keep them.
    items = x.split(/[\s,]+/).filter((s) => s !== '');
    problems.push(`${field}: expected a list of sites, read ${show(x)} as ${items.length === 1 ? 'one site' : `${items.length} sites`}.`);
  } else {
    problems.push(`${field}: ${show(x)} is not a list of sites; starting from none.`);
    return [];
  }
  const sites: string[] = [];
  const bad: string[] = [];
  for (const item of items) {
    const host = normalizeHostname(item);
    if (host === null) bad.push(show(item));
    else if (!sites.includes(host)) sites.push(host);
  }
  if (bad.length > 0) {
    const list = bad.slice(0, 5).join(', ') + (bad.length > 5 ? ` and ${bad.length - 5} more` : '');
    problems.push(`${field}: left out what is not a hostname: ${list}.`);
  }
  if (sites.length > MAX_DISABLED_SITES) {
    problems.push(`${field}: kept the first ${MAX_DISABLED_SITES} of ${sites.length} sites.`);
    sites.length = MAX_DISABLED_SITES;
  }
  return sites;
}

function readKinds(x: unknown, problems: string[]): Record<SpotKind, boolean> {
  const kinds = defaultSettings().kinds;
  if (!isObject(x)) {
    problems.push(`kinds: ${show(x)} is not a set of kinds; spotting every kind.`);
    return kinds;
  }
  for (const k of SPOT_KINDS) {
    if (has(x, k)) kinds[k] = readBoolean(own(x, k), `kinds.${k}`, kinds[k], problems);
  }
  return kinds;
}

function readV1(o: Obj, problems: string[]): Settings {
  const s = defaultSettings();
  if (has(o, 'enabled')) s.enabled = readBoolean(own(o, 'enabled'), 'enabled', s.enabled, problems);
  if (has(o, 'disabledSites')) s.disabledSites = readSites(own(o, 'disabledSites'), 'disabledSites', problems);
  if (has(o, 'highlightStyle')) s.highlightStyle = readStyle(own(o, 'highlightStyle'), 'highlightStyle', problems);
  if (has(o, 'kinds')) s.kinds = readKinds(own(o, 'kinds'), problems);
  if (has(o, 'hoverDelayMs')) s.hoverDelayMs = readDelay(own(o, 'hoverDelayMs'), 'hoverDelayMs', problems);
  return s;
}

/** Version 0 → version 1, keeping every choice the reader made. */
function migrateV0(o: Obj, problems: string[]): Settings {
  const s = defaultSettings();
  if (has(o, 'on')) s.enabled = readBoolean(own(o, 'on'), 'on', s.enabled, problems);
  if (has(o, 'style')) s.highlightStyle = readStyleV0(own(o, 'style'), problems);
  if (has(o, 'blockedHosts')) s.disabledSites = readSites(own(o, 'blockedHosts'), 'blockedHosts', problems);
  if (has(o, 'countries')) s.kinds.country = readBoolean(own(o, 'countries'), 'countries', true, problems);
  if (has(o, 'delay')) s.hoverDelayMs = readDelay(own(o, 'delay'), 'delay', problems);
  return s;
}

const V0_KEYS = ['on', 'style', 'blockedHosts', 'countries', 'delay'];
const V1_KEYS = ['enabled', 'disabledSites', 'highlightStyle', 'kinds', 'hoverDelayMs'];

/**
 * Reads stored settings of any version, or anything else, into valid
 * version 1 settings. Never throws. Missing (undefined, or a field left
 * out) is not a problem: it means "not set yet" and gives the default.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const problems: string[] = [];
  try {
    if (raw === undefined) return { settings: defaultSettings(), problems };
    if (!isObject(raw)) {
      problems.push(`Stored settings were ${show(raw)}, not an object; using the defaults.`);
      return { settings: defaultSettings(), problems };
    }
    const version = own(raw, 'version');
    const looksV1 = V1_KEYS.some((k) => has(raw, k));
    const looksV0 = V0_KEYS.some((k) => has(raw, k));
    if (version === 1) return { settings: readV1(raw, problems), problems };
    if (version === 0 || (version === undefined && looksV0 && !looksV1)) {
      return { settings: migrateV0(raw, problems), problems };
    }
    if (version === undefined) {
      if (looksV1) problems.push('The settings had no version number; read them as version 1.');
      return { settings: readV1(raw, problems), problems };
    }
    if (typeof version === 'number' && Number.isInteger(version) && version > SETTINGS_VERSION) {
      problems.push(`The settings were written by a newer Summit Lens (version ${version}); kept what this version understands.`);
    } else {
      problems.push(`version: ${show(version)} is not a known settings version; read the settings as version 1.`);
    }
    return { settings: readV1(raw, problems), problems };
  } catch (err) {
    // Only a hostile object (a throwing getter or proxy) gets here.
    return { settings: defaultSettings(), problems: [...problems, `The settings could not be read (${show(String(err))}); using the defaults.`] };
  }
}

/** Whether names are spotted on pages of this hostname. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  // Asked on every page: reading the hostname costs a URL and several expressions.
  if (settings.disabledSites.length === 0) return true;
  const host = normalizeHostname(hostname);
  return host === null || !settings.disabledSites.includes(host);
}

/**
 * The settings with spotting turned on or off for one site. Unchanged (the
 * same object) when that is already so or the hostname is not one.
 */
export function withSiteEnabled(settings: Settings, hostname: string, on: boolean): Settings {
  const host = normalizeHostname(hostname);
  if (host === null) return settings;
  const listed = settings.disabledSites.includes(host);
  if (on && listed) return { ...settings, disabledSites: settings.disabledSites.filter((h) => h !== host) };
  if (!on && !listed) return { ...settings, disabledSites: [...settings.disabledSites, host] };
  return settings;
}

/** True when `x` is a complete, valid version 1 settings object (what `parseSettings` always returns). */
export function isValidSettings(x: unknown): x is Settings {
  if (!isObject(x)) return false;
  const kinds = own(x, 'kinds');
  const sites = own(x, 'disabledSites');
  const delay = own(x, 'hoverDelayMs');
  return (
    own(x, 'version') === 1 &&
    typeof own(x, 'enabled') === 'boolean' &&
    Array.isArray(sites) &&
    sites.every((h) => typeof h === 'string' && normalizeHostname(h) === h) &&
    new Set(sites).size === sites.length &&
    (HIGHLIGHT_STYLES as readonly unknown[]).includes(own(x, 'highlightStyle')) &&
    isObject(kinds) &&
    SPOT_KINDS.every((k) => typeof own(kinds, k) === 'boolean') &&
    typeof delay === 'number' &&
    Number.isInteger(delay) &&
    delay >= HOVER_DELAY_MIN &&
    delay <= HOVER_DELAY_MAX
  );
}
