/**
 * Build-time schema and consistency check of the Summit Lens dataset.
 *
 * The input is `unknown`, so a malformed entry (wrong type, missing field,
 * typo in a key) is reported rather than trusted. Every message names where
 * the problem is, e.g.
 *   entity "xi-jinping": facts[2].quote does not occur verbatim in the article
 *
 * Returns an empty array when the dataset is valid.
 */
import type {
  Alias,
  AliasLang,
  Dataset,
  DatedStatement,
  Entity,
  EntityKind,
  Flag,
  FlagShape,
  LaterEvent,
  Membership,
  MembershipStatus,
  Relation,
  RelationType,
  Source,
  Statement,
} from './dataset-types';

// Exhaustive by construction: adding a member to a union or a field to an
// interface without updating these tables is a compile error.
const KINDS: Record<EntityKind, true> = { leader: true, country: true, organization: true, project: true, place: true };
const LANGS: Record<AliasLang, true> = { en: true, fr: true, de: true, es: true, ru: true, zh: true };
const RELATION_TYPES: Record<RelationType, true> = {
  'met-with': true,
  'meeting-announced': true,
  'no-meeting-announced': true,
  'related-to': true,
};
const MEMBERSHIP_STATUSES: Record<MembershipStatus, true> = { member: true, observer: true, 'dialogue-partner': true, none: true };
/** Relations that must be stored on both entities, between two leaders. */
const SYMMETRIC: ReadonlySet<string> = new Set<RelationType>(['met-with', 'meeting-announced', 'no-meeting-announced']);

const DATASET_KEYS: Record<keyof Dataset, true> = {
  sources: true,
  report: true,
  entities: true,
  ambiguousAliases: true,
  notNames: true,
  needsContext: true,
};
const SOURCE_KEYS: Record<keyof Source, true> = { id: true, kind: true, publisher: true, title: true, date: true, reference: true };
const ENTITY_KEYS: Record<keyof Entity, true> = {
  id: true,
  kind: true,
  name: true,
  aliases: true,
  role: true,
  country: true,
  leader: true,
  capital: true,
  capitalOf: true,
  seatOf: true,
  memberships: true,
  locatedIn: true,
  flag: true,
  summary: true,
  facts: true,
  relations: true,
  background: true,
  sinceThen: true,
};
const ALIAS_KEYS: Record<keyof Alias, true> = { text: true, lang: true, demonym: true };
const STATEMENT_KEYS: Record<keyof Statement, true> = { text: true, source: true, quote: true, quoteNote: true };
const RELATION_KEYS: Record<keyof Relation, true> = { ...STATEMENT_KEYS, type: true, target: true, date: true };
const DATED_KEYS: Record<keyof DatedStatement, true> = { ...STATEMENT_KEYS, asOf: true };
const MEMBERSHIP_KEYS: Record<keyof Membership, true> = { ...STATEMENT_KEYS, org: true, status: true, asOf: true };
const LATER_KEYS: Record<keyof LaterEvent, true> = { text: true, date: true, source: true };
const FLAG_KEYS: Record<keyof Flag, true> = { label: true, shapes: true };
type ShapeOf<T extends FlagShape['type']> = Extract<FlagShape, { type: T }>;
const SHAPE_KEYS: { [T in FlagShape['type']]: Record<keyof ShapeOf<T>, true> } = {
  rect: { type: true, x: true, y: true, width: true, height: true, fill: true },
  circle: { type: true, cx: true, cy: true, r: true, fill: true },
  path: { type: true, d: true, fill: true },
};
const AMBIGUOUS_KEYS: Record<keyof Dataset['ambiguousAliases'][number], true> = {
  text: true,
  entities: true,
  why: true,
};
const NOT_NAME_KEYS: Record<keyof Dataset['notNames'][number], true> = { text: true, why: true };
const NEEDS_CONTEXT_KEYS: Record<keyof Dataset['needsContext'][number], true> = { text: true, why: true, context: true };

/** Which kinds may carry which link fields, and what the link must point to. */
const LINK_RULES: { field: 'country' | 'leader' | 'locatedIn' | 'capital' | 'capitalOf' | 'seatOf'; on: EntityKind; to: EntityKind }[] = [
  { field: 'country', on: 'leader', to: 'country' },
  { field: 'leader', on: 'country', to: 'leader' },
  { field: 'capital', on: 'country', to: 'place' },
  { field: 'locatedIn', on: 'place', to: 'country' },
  { field: 'capitalOf', on: 'place', to: 'country' },
  { field: 'seatOf', on: 'place', to: 'country' },
];
/** Kinds that may state a role: leaders must, places standing for a government may. */
const ROLE_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['leader', 'place']);

const VIEW_W = 30;
const VIEW_H = 20;
/** Slack for shapes computed with fractions (20 / 3 …). */
const EPS = 0.01;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const STARTS_LOWER = /^\p{Ll}/u;
/** "océan Indien" → "Indien": the name after a not-a-name entry's lower-case words. */
const LEADING_LOWER_WORDS = /^(?:\p{Ll}[\p{L}\p{M}'’-]*\s+)+(\S.*)$/u;
const HAS_HAN = /\p{Script=Han}/u;
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'undefined';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

/** What a wrong value was, short enough for one line of a message. */
const got = (v: unknown): string => {
  const text = show(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Key under which alias texts of different entities are compared. It mirrors
 * what the matcher (src/core/matcher.ts) treats as the same name: ALL CAPS
 * matches too ("CHINA"), diacritics are folded ("Erdoğan" = "Erdogan") and
 * curly apostrophes / hyphen look-alikes are plain punctuation.
 */
function aliasKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .normalize('NFC')
    .toUpperCase();
}

/** Straight quotes and hyphens for curly quotes and dashes: only used to give a hint. */
const loosen = (s: string): string =>
  s
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ');

/** The article up to (not including) the line starting "Reference:"; the rest is the footer. */
export function splitArticle(articleText: string): { body: string; footer: string } {
  const text = articleText.replace(/\r\n?/g, '\n');
  const m = /^Reference:/m.exec(text);
  if (!m) return { body: text, footer: '' };
  return { body: text.slice(0, m.index), footer: text.slice(m.index) };
}

/** Complain about keys that the type does not know (typos such as "memberof"). */
/**
 * Checks a top-level list of `{ text, why, … }` entries and calls `more` for
 * each well-formed one.
 */
function eachListedText(
  list: unknown,
  name: string,
  keys: Record<string, true>,
  errors: string[],
  more: (entry: Obj & { text: string }, at: string) => void,
): void {
  if (!Array.isArray(list)) {
    errors.push(`${name} must be an array (it may be empty), got ${got(list)}`);
    return;
  }
  list.forEach((entry: unknown, i: number) => {
    const at = `${name}[${i}]`;
    if (!isObject(entry)) {
      errors.push(`${at} must be an object`);
      return;
    }
    unknownKeys(entry, keys, at, errors);
    if (!isNonEmptyString(entry.why)) errors.push(`${at}.why must be a non-empty string`);
    if (!isNonEmptyString(entry.text)) {
      errors.push(`${at}.text must be a non-empty string`);
      return;
    }
    more(entry as Obj & { text: string }, at);
  });
}

function unknownKeys(obj: Obj, known: Record<string, true>, where: string, errors: string[]): void {
  for (const key of Object.keys(obj)) {
    if (!Object.prototype.hasOwnProperty.call(known, key)) errors.push(`${where}: unknown field "${key}"`);
  }
}

// ───────────────────────────── SVG paths ─────────────────────────────

const PATH_PARAMS: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

/**
 * Checks an SVG path: valid syntax, starts with a moveto, right number of
 * parameters per command, arc flags 0/1, and every point it reaches (and
 * every control point) inside the 30 x 20 viewBox. Returns a problem or null.
 */
export function checkPath(d: string): string | null {
  const token = /\s*,?\s*(?:([MmLlHhVvCcSsQqTtAaZz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?))/y;
  const tokens: (string | number)[] = [];
  let pos = 0;
  const src = d.trim();
  while (pos < src.length) {
    token.lastIndex = pos;
    const m = token.exec(src);
    if (!m) return `unexpected character ${show(src[pos])} at position ${pos}`;
    tokens.push(m[1] ?? Number(m[2]));
    pos = token.lastIndex;
  }
  if (tokens.length === 0) return 'is empty';
  if (typeof tokens[0] !== 'string' || tokens[0].toUpperCase() !== 'M') return 'must start with a moveto (M or m)';

  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const outside = (px: number, py: number): boolean =>
    px < -EPS || py < -EPS || px > VIEW_W + EPS || py > VIEW_H + EPS;

  let i = 0;
  while (i < tokens.length) {
    const cmd = tokens[i] as string;
    if (typeof cmd !== 'string') return `number ${tokens[i]} where a command was expected`;
    i++;
    const args: number[] = [];
    while (i < tokens.length && typeof tokens[i] === 'number') args.push(tokens[i++] as number);
    const upper = cmd.toUpperCase();
    const rel = cmd !== upper;
    const n = PATH_PARAMS[upper] as number;
    if (n === 0) {
      if (args.length > 0) return `"${cmd}" takes no parameters`;
      x = startX;
      y = startY;
      continue;
    }
    if (args.length === 0 || args.length % n !== 0) {
      return `"${cmd}" needs a multiple of ${n} parameters, got ${args.length}`;
    }
    for (let k = 0; k < args.length; k += n) {
      const a = args.slice(k, k + n);
      const points: [number, number][] = [];
      const ox = rel ? x : 0;
      const oy = rel ? y : 0;
      switch (upper) {
        case 'M':
        case 'L':
        case 'T':
          points.push([ox + a[0]!, oy + a[1]!]);
          break;
        case 'H':
          points.push([ox + a[0]!, y]);
          break;
        case 'V':
          points.push([x, oy + a[0]!]);
          break;
        case 'C':
          points.push([ox + a[0]!, oy + a[1]!], [ox + a[2]!, oy + a[3]!], [ox + a[4]!, oy + a[5]!]);
          break;
        case 'S':
        case 'Q':
          points.push([ox + a[0]!, oy + a[1]!], [ox + a[2]!, oy + a[3]!]);
          break;
        case 'A':
          if (a[0]! < 0 || a[1]! < 0) return 'arc radii must not be negative';
          if ((a[3] !== 0 && a[3] !== 1) || (a[4] !== 0 && a[4] !== 1)) return 'arc flags must be 0 or 1';
          points.push([ox + a[5]!, oy + a[6]!]);
          break;
      }
      for (const [px, py] of points) {
        if (outside(px, py)) return `point (${px}, ${py}) is outside the ${VIEW_W}x${VIEW_H} viewBox`;
      }
      const end = points[points.length - 1]!;
      x = end[0];
      y = end[1];
      if (upper === 'M' && k === 0) {
        startX = x;
        startY = y;
      }
    }
  }
  return null;
}

function checkFlag(flag: unknown, where: string, errors: string[]): void {
  if (!isObject(flag)) {
    errors.push(`${where}: flag must be an object with a label and shapes`);
    return;
  }
  unknownKeys(flag, FLAG_KEYS, `${where}: flag`, errors);
  if (!isNonEmptyString(flag.label)) errors.push(`${where}: flag.label must be a non-empty string`);
  if (!Array.isArray(flag.shapes) || flag.shapes.length === 0) {
    errors.push(`${where}: flag.shapes must be a non-empty array`);
    return;
  }
  flag.shapes.forEach((shape: unknown, i: number) => {
    const at = `${where}: flag.shapes[${i}]`;
    if (!isObject(shape)) {
      errors.push(`${at} must be an object`);
      return;
    }
    const type = shape.type;
    if (type !== 'rect' && type !== 'circle' && type !== 'path') {
      errors.push(`${at}.type must be "rect", "circle" or "path", got ${show(type)}`);
      return;
    }
    unknownKeys(shape, SHAPE_KEYS[type], at, errors);
    if (typeof shape.fill !== 'string' || !HEX_COLOUR.test(shape.fill)) {
      errors.push(`${at}.fill must be a hex colour like "#EE1C25", got ${show(shape.fill)}`);
    }
    const numbers = (...keys: string[]): boolean => {
      let ok = true;
      for (const key of keys) {
        if (!isFiniteNumber(shape[key])) {
          errors.push(`${at}.${key} must be a finite number, got ${show(shape[key])}`);
          ok = false;
        }
      }
      return ok;
    };
    if (type === 'rect') {
      if (!numbers('x', 'y', 'width', 'height')) return;
      const { x, y, width, height } = shape as { x: number; y: number; width: number; height: number };
      if (width <= 0 || height <= 0) errors.push(`${at}: width and height must be positive`);
      if (x < -EPS || y < -EPS || x + width > VIEW_W + EPS || y + height > VIEW_H + EPS) {
        errors.push(`${at}: rect leaves the ${VIEW_W}x${VIEW_H} viewBox`);
      }
    } else if (type === 'circle') {
      if (!numbers('cx', 'cy', 'r')) return;
      const { cx, cy, r } = shape as { cx: number; cy: number; r: number };
      if (r <= 0) errors.push(`${at}.r must be positive`);
      if (cx - r < -EPS || cy - r < -EPS || cx + r > VIEW_W + EPS || cy + r > VIEW_H + EPS) {
        errors.push(`${at}: circle leaves the ${VIEW_W}x${VIEW_H} viewBox`);
      }
    } else {
      if (typeof shape.d !== 'string' || shape.d.trim() === '') {
        errors.push(`${at}.d must be a non-empty SVG path string`);
        return;
      }
      const problem = checkPath(shape.d);
      if (problem) errors.push(`${at}.d is not a well-formed path: ${problem}`);
    }
  });
}

// ───────────────────────────── the check ─────────────────────────────

interface SeenEntity {
  id: string;
  kind: EntityKind | undefined;
  obj: Obj;
}

/**
 * `texts`: the text of each article source, by source id; a plain string is
 * the text of the report (`dataset.report`).
 */
export function validateDataset(dataset: unknown, texts: string | Readonly<Record<string, string>>): string[] {
  const errors: string[] = [];

  if (!isObject(dataset)) return [`dataset must be an object, got ${Array.isArray(dataset) ? 'an array' : got(dataset)}`];
  unknownKeys(dataset, DATASET_KEYS, 'dataset', errors);

  // ── sources ──
  const sources = new Map<string, { kind: 'article' | 'reference'; date: string | undefined; body: string; footer: string }>();
  const articleTexts: Readonly<Record<string, string>> =
    typeof texts === 'string' ? (typeof dataset.report === 'string' ? { [dataset.report]: texts } : {}) : texts;
  if (!Array.isArray(dataset.sources) || dataset.sources.length === 0) {
    errors.push(`sources must be a non-empty array, got ${got(dataset.sources)}`);
  } else {
    dataset.sources.forEach((raw: unknown, i: number) => {
      const at = `sources[${i}]`;
      if (!isObject(raw)) {
        errors.push(`${at} must be an object`);
        return;
      }
      unknownKeys(raw, SOURCE_KEYS, at, errors);
      const id = raw.id;
      if (typeof id !== 'string' || !KEBAB.test(id)) {
        errors.push(`${at}.id must be a kebab-case id, got ${show(id)}`);
        return;
      }
      if (sources.has(id)) errors.push(`${at}: id "${id}" is used twice`);
      for (const key of ['publisher', 'title'] as const) {
        if (!isNonEmptyString(raw[key])) errors.push(`source "${id}": ${key} must be a non-empty string`);
      }
      if (!isIsoDate(raw.date)) errors.push(`source "${id}": date must be an ISO date (YYYY-MM-DD), got ${show(raw.date)}`);
      const date = isIsoDate(raw.date) ? raw.date : undefined;
      if (raw.kind === 'reference') {
        if (raw.reference !== undefined) errors.push(`source "${id}": reference is only for articles`);
        sources.set(id, { kind: 'reference', date, body: '', footer: '' });
      } else if (raw.kind === 'article') {
        const text = articleTexts[id];
        if (text === undefined) {
          errors.push(`source "${id}": no text was given for this article, so its quotes cannot be checked`);
          sources.set(id, { kind: 'article', date, body: '', footer: '' });
          return;
        }
        const { body, footer } = splitArticle(text);
        sources.set(id, { kind: 'article', date, body, footer });
        if (isNonEmptyString(raw.title) && !body.includes(raw.title)) errors.push(`source "${id}": title does not occur in the article`);
        if (!isNonEmptyString(raw.reference)) errors.push(`source "${id}": reference must be a non-empty string for an article`);
        else if (!footer.startsWith(`Reference: ${raw.reference}`)) {
          errors.push(`source "${id}": reference does not match the article's "Reference:" line`);
        }
      } else {
        errors.push(`source "${id}": kind must be "article" or "reference", got ${show(raw.kind)}`);
      }
    });
  }
  const reportId = dataset.report;
  const report = typeof reportId === 'string' ? sources.get(reportId) : undefined;
  if (!report || report.kind !== 'article') errors.push(`report must be the id of an article source, got ${show(dataset.report)}`);
  /** The report's date: roles and memberships are stated as of this day. */
  const reportDate = report?.date;

  // ── entities: shape of each one ──
  if (!Array.isArray(dataset.entities)) {
    errors.push(`entities must be an array, got ${got(dataset.entities)}`);
    return errors;
  }
  const entities: SeenEntity[] = [];
  const byId = new Map<string, SeenEntity>();
  /** Where each id is first used: a duplicate's message names both places. */
  const firstIndex = new Map<string, number>();
  const labelOf = (i: number, obj: unknown): string =>
    isObject(obj) && typeof obj.id === 'string' && obj.id !== '' ? `entity "${obj.id}"` : `entities[${i}]`;

  dataset.entities.forEach((raw: unknown, i: number) => {
    if (!isObject(raw)) {
      errors.push(`entities[${i}] must be an object, got ${Array.isArray(raw) ? 'an array' : show(raw)}`);
      return;
    }
    const where = labelOf(i, raw);
    unknownKeys(raw, ENTITY_KEYS, where, errors);

    // id
    const id = raw.id;
    if (typeof id !== 'string' || id === '') {
      errors.push(`${where}: id must be a non-empty string`);
    } else {
      if (!KEBAB.test(id)) errors.push(`${where}: id must be kebab-case (e.g. "xi-jinping")`);
      const first = firstIndex.get(id);
      if (first !== undefined) errors.push(`${where} (entities[${i}]): id is already used by entities[${first}]`);
      else firstIndex.set(id, i);
    }

    // kind
    const kind = typeof raw.kind === 'string' && raw.kind in KINDS ? (raw.kind as EntityKind) : undefined;
    if (!kind) {
      errors.push(`${where}: kind must be one of ${Object.keys(KINDS).join(', ')}, got ${show(raw.kind)}`);
    }

    // plain strings
    if (!isNonEmptyString(raw.name)) errors.push(`${where}: name must be a non-empty string`);
    if (!isNonEmptyString(raw.summary)) errors.push(`${where}: summary must be a non-empty string`);
    else if (/[\r\n]/.test(raw.summary)) errors.push(`${where}: summary must be one line`);

    // role, as of the report's date
    if (raw.role !== undefined) {
      if (kind !== undefined && !ROLE_KINDS.has(kind)) errors.push(`${where}: role is only for ${[...ROLE_KINDS].join(' and ')} entities`);
      if (checkStatement(raw.role, `${where}: role`, DATED_KEYS, errors) && isObject(raw.role) && raw.role.asOf !== reportDate) {
        errors.push(`${where}: role.asOf must be the report's date (${show(reportDate)}), got ${show(raw.role.asOf)}`);
      }
    }
    if (kind === 'leader' && raw.role === undefined) errors.push(`${where}: role is required for a leader`);

    // aliases
    checkAliases(raw, where, errors);

    // facts, relations, background, since then
    if (!Array.isArray(raw.facts)) {
      errors.push(`${where}: facts must be an array, got ${got(raw.facts)}`);
    } else {
      raw.facts.forEach((f: unknown, j: number) => checkStatement(f, `${where}: facts[${j}]`, STATEMENT_KEYS, errors));
    }
    if (!Array.isArray(raw.relations)) {
      errors.push(`${where}: relations must be an array, got ${got(raw.relations)}`);
    } else {
      raw.relations.forEach((r: unknown, j: number) => {
        const at = `${where}: relations[${j}]`;
        if (!checkStatement(r, at, RELATION_KEYS, errors)) return;
        const rel = r as Obj;
        if (typeof rel.type !== 'string' || !(rel.type in RELATION_TYPES)) {
          errors.push(`${at}.type must be one of ${Object.keys(RELATION_TYPES).join(', ')}, got ${show(rel.type)}`);
        }
        if (!isNonEmptyString(rel.target)) errors.push(`${at}.target must be a non-empty entity id`);
        else if (rel.target === id) errors.push(`${at}.target points to the entity itself`);
        if (rel.date !== undefined && !isIsoDate(rel.date)) {
          errors.push(`${at}.date must be an ISO date (YYYY-MM-DD), got ${show(rel.date)}`);
        }
      });
    }
    if (raw.background !== undefined) {
      if (!Array.isArray(raw.background)) errors.push(`${where}: background must be an array when present`);
      else raw.background.forEach((b: unknown, j: number) => checkStatement(b, `${where}: background[${j}]`, DATED_KEYS, errors));
    }
    if (raw.sinceThen !== undefined) {
      if (!Array.isArray(raw.sinceThen)) errors.push(`${where}: sinceThen must be an array when present`);
      else raw.sinceThen.forEach((e: unknown, j: number) => checkLaterEvent(e, `${where}: sinceThen[${j}]`));
    }
    if (raw.memberships !== undefined) {
      if (kind !== undefined && kind !== 'country') errors.push(`${where}: memberships are only for countries`);
      if (!Array.isArray(raw.memberships)) {
        errors.push(`${where}: memberships must be an array when present`);
      } else {
        raw.memberships.forEach((m: unknown, j: number) => {
          const at = `${where}: memberships[${j}]`;
          if (!checkStatement(m, at, MEMBERSHIP_KEYS, errors) || !isObject(m)) return;
          if (typeof m.status !== 'string' || !(m.status in MEMBERSHIP_STATUSES)) {
            errors.push(`${at}.status must be one of ${Object.keys(MEMBERSHIP_STATUSES).join(', ')}, got ${show(m.status)}`);
          }
          if (m.asOf !== reportDate) errors.push(`${at}.asOf must be the report's date (${show(reportDate)}), got ${show(m.asOf)}`);
        });
      }
    }
    // Everything rests on the article, but for the capitals and seats that
    // stand for a government: those say what they are, and the article need not name them.
    if (kind !== undefined && !restsOnTheReport(raw) && !(kind === 'place' && (raw.capitalOf !== undefined || raw.seatOf !== undefined))) {
      errors.push(`${where}: has no statement from the report; every entity must rest on the article`);
    }

    // flag
    if (kind === 'country' && raw.flag === undefined) errors.push(`${where}: flag is required for a country`);
    if (raw.flag !== undefined) {
      if (kind !== undefined && kind !== 'country') errors.push(`${where}: flag is only for countries`);
      checkFlag(raw.flag, where, errors);
    }

    if (typeof id === 'string' && id !== '' && !byId.has(id)) {
      const seen = { id, kind, obj: raw };
      byId.set(id, seen);
      entities.push(seen);
    }
  });

  // ── links between entities ──
  const kindOf = (id: string): EntityKind | undefined => byId.get(id)?.kind;
  /** `field` on `from` names `to`, and `back` on `to` must name `from` again. */
  const mustPointBack = (where: string, from: string, field: string, to: unknown, back: string): void => {
    if (typeof to !== 'string') return;
    const other = byId.get(to);
    if (!other || other.obj[back] === from) return;
    errors.push(
      other.obj[back] === undefined
        ? `${where}: ${field} "${to}" does not name this entity in its ${back} field`
        : `${where}: ${field} "${to}" names ${show(other.obj[back])} in its ${back} field, not "${from}"`,
    );
  };
  const organizationsWithMembers = new Set<string>();
  for (const { id, kind, obj } of entities) {
    const where = `entity "${id}"`;
    for (const rule of LINK_RULES) {
      const value = obj[rule.field];
      if (value === undefined) continue;
      if (kind !== undefined && kind !== rule.on) errors.push(`${where}: ${rule.field} is only for a ${rule.on}`);
      if (typeof value !== 'string' || value === '') {
        errors.push(`${where}: ${rule.field} must be an entity id`);
      } else if (!byId.has(value)) {
        errors.push(`${where}: ${rule.field} "${value}" is not an entity`);
      } else if (kindOf(value) !== undefined && kindOf(value) !== rule.to) {
        errors.push(`${where}: ${rule.field} "${value}" must be a ${rule.to}, not a ${kindOf(value)}`);
      }
    }
    // Links that must agree both ways.
    if (kind === 'leader') mustPointBack(where, id, 'country', obj.country, 'leader');
    if (kind === 'country') {
      mustPointBack(where, id, 'leader', obj.leader, 'country');
      mustPointBack(where, id, 'capital', obj.capital, 'capitalOf');
    }
    if (kind === 'place') mustPointBack(where, id, 'capitalOf', obj.capitalOf, 'capital');
    if (obj.capitalOf !== undefined && obj.seatOf !== undefined) errors.push(`${where}: a place is a capital or a seat, not both`);
    if (Array.isArray(obj.memberships)) {
      const seenOrgs = new Set<unknown>();
      obj.memberships.forEach((m: unknown, j: number) => {
        if (!isObject(m)) return;
        const at = `${where}: memberships[${j}]`;
        if (typeof m.org !== 'string' || m.org === '') errors.push(`${at}.org must be an entity id`);
        else if (!byId.has(m.org)) errors.push(`${at}.org "${m.org}" is not an entity`);
        else if (kindOf(m.org) !== undefined && kindOf(m.org) !== 'organization') {
          errors.push(`${at}.org "${m.org}" must be an organization, not a ${kindOf(m.org)}`);
        } else organizationsWithMembers.add(m.org);
        if (seenOrgs.has(m.org)) errors.push(`${at} repeats ${show(m.org)}`);
        seenOrgs.add(m.org);
      });
    }

    // relations: targets, kinds, symmetry, duplicates
    if (!Array.isArray(obj.relations)) continue;
    const seenRelations = new Set<string>();
    obj.relations.forEach((r: unknown, j: number) => {
      if (!isObject(r) || typeof r.target !== 'string' || typeof r.type !== 'string') return;
      const at = `${where}: relations[${j}]`;
      const signature = JSON.stringify([r.type, r.target, r.date ?? null, r.quote]);
      if (seenRelations.has(signature)) errors.push(`${at} repeats an earlier relation`);
      seenRelations.add(signature);
      const target = byId.get(r.target);
      if (!target) {
        if (r.target !== '') errors.push(`${at}.target "${r.target}" is not an entity`);
        return;
      }
      if (!SYMMETRIC.has(r.type)) return;
      if (kind !== undefined && kind !== 'leader') errors.push(`${at}: ${r.type} is only between leaders`);
      if (target.kind !== undefined && target.kind !== 'leader') {
        errors.push(`${at}.target "${r.target}" must be a leader for ${r.type}, not a ${target.kind}`);
      }
      const back = Array.isArray(target.obj.relations)
        ? (target.obj.relations as unknown[]).some(
            (b) => isObject(b) && b.type === r.type && b.target === id && (b.date ?? null) === (r.date ?? null),
          )
        : false;
      if (!back) {
        const dated = r.date !== undefined ? ` on ${String(r.date)}` : '';
        errors.push(
          `${at} (${r.type} "${r.target}"${dated}) has no matching ${r.type} relation back on entity "${r.target}"`,
        );
      }
    });
  }
  // Every country states where it stood in an organization that others belong to ("none" included).
  for (const org of organizationsWithMembers) {
    for (const { id, kind, obj } of entities) {
      if (kind !== 'country') continue;
      const list = Array.isArray(obj.memberships) ? obj.memberships : [];
      if (!list.some((m: unknown) => isObject(m) && m.org === org)) {
        errors.push(`entity "${id}": memberships must state its standing in "${org}" (member, observer, dialogue-partner or none)`);
      }
    }
  }

  // ── aliases across entities ──
  const owners = new Map<string, { id: string; index: number; text: string }[]>();
  for (const { id, obj } of entities) {
    if (!Array.isArray(obj.aliases)) continue;
    obj.aliases.forEach((a: unknown, index: number) => {
      if (!isObject(a) || !isNonEmptyString(a.text)) return;
      const key = aliasKey(a.text);
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.id === id)) list.push({ id, index, text: a.text });
      owners.set(key, list);
    });
  }

  const declaredAmbiguous = new Set<string>();
  eachListedText(dataset.ambiguousAliases, 'ambiguousAliases', AMBIGUOUS_KEYS, errors, (entry, at) => {
    const key = aliasKey(entry.text);
    if (declaredAmbiguous.has(key)) errors.push(`${at}: ${show(entry.text)} is listed twice`);
    declaredAmbiguous.add(key);
    if (!Array.isArray(entry.entities) || entry.entities.some((e) => typeof e !== 'string')) {
      errors.push(`${at}.entities must be an array of entity ids`);
      return;
    }
    const listed = new Set(entry.entities as string[]);
    for (const e of listed) if (!byId.has(e)) errors.push(`${at}.entities: "${e}" is not an entity`);
    const actual = new Set((owners.get(key) ?? []).map((o) => o.id));
    if (actual.size < 2) {
      errors.push(
        `${at}: ${show(entry.text)} is not shared: it is an alias of ${
          actual.size === 0 ? 'no entity' : `only "${[...actual][0]}"`
        }`,
      );
    } else if (actual.size !== listed.size || [...actual].some((e) => !listed.has(e))) {
      errors.push(
        `${at}: ${show(entry.text)} is an alias of ${[...actual].map((e) => `"${e}"`).join(', ')}, ` +
          `but entities lists ${[...listed].map((e) => `"${e}"`).join(', ')}`,
      );
    }
  });

  for (const [key, list] of owners) {
    if (list.length < 2 || declaredAmbiguous.has(key)) continue;
    const who = list.map((o) => `entity "${o.id}" aliases[${o.index}]`).join(', ');
    errors.push(
      `alias ${show(list[0]!.text)} resolves to more than one entity (${who}); ` +
        'remove it or list it in ambiguousAliases',
    );
  }

  // ── notNames ──
  const allKeys = [...owners.keys()];
  const seenNotNames = new Set<string>();
  eachListedText(dataset.notNames, 'notNames', NOT_NAME_KEYS, errors, (entry, at) => {
    const key = aliasKey(entry.text);
    const exact = entry.text.normalize('NFC');
    if (seenNotNames.has(exact)) errors.push(`${at}: ${show(entry.text)} is listed twice`);
    seenNotNames.add(exact);
    if (STARTS_LOWER.test(entry.text)) {
      // "océan Indien": lower-case words, then exactly one of our names.
      const name = LEADING_LOWER_WORDS.exec(entry.text)?.[1] ?? '';
      if (!owners.has(aliasKey(name))) {
        errors.push(
          `${at}: ${show(entry.text)} starts with a lower-case letter, so it must be lower-case words followed by one of our aliases (got ${show(name)} after them)`,
        );
      }
      return;
    }
    const owner = owners.get(key);
    if (owner) {
      errors.push(`${at}: ${show(entry.text)} is itself an alias of entity "${owner[0]!.id}"`);
    } else if (!allKeys.some((k) => key.includes(k))) {
      errors.push(`${at}: ${show(entry.text)} contains no alias, so it is not needed`);
    }
  });

  // ── needsContext ──
  eachListedText(dataset.needsContext, 'needsContext', NEEDS_CONTEXT_KEYS, errors, (entry, at) => {
    if (!owners.has(aliasKey(entry.text))) errors.push(`${at}: ${show(entry.text)} is not an alias of any entity`);
    if (entry.context === undefined) return;
    if (!Array.isArray(entry.context) || entry.context.length === 0) {
      errors.push(`${at}.context must be a non-empty array of entity ids when present`);
      return;
    }
    entry.context.forEach((c: unknown, j: number) => {
      if (typeof c !== 'string' || !byId.has(c)) errors.push(`${at}.context[${j}]: ${show(c)} is not an entity`);
    });
  });

  return errors;

  // ── helpers that close over the sources ──

  function checkAliases(raw: Obj, where: string, errs: string[]): void {
    if (!Array.isArray(raw.aliases) || raw.aliases.length === 0) {
      errs.push(`${where}: aliases must be a non-empty array, got ${got(raw.aliases)}`);
      return;
    }
    const seen = new Set<string>();
    const texts = new Set<string>();
    raw.aliases.forEach((a: unknown, j: number) => {
      const at = `${where}: aliases[${j}]`;
      if (!isObject(a)) {
        errs.push(`${at} must be an object with text and lang`);
        return;
      }
      unknownKeys(a, ALIAS_KEYS, at, errs);
      const text = a.text;
      if (!isNonEmptyString(text)) {
        errs.push(`${at}.text must be a non-empty string`);
      } else {
        texts.add(text);
        if (text !== text.trim() || /[\r\n\t]/.test(text)) {
          errs.push(`${at}.text ${show(text)} must not have surrounding whitespace or line breaks`);
        }
        if (STARTS_LOWER.test(text)) {
          errs.push(`${at}.text ${show(text)} starts with a lower-case letter; the matcher only matches capitalised names`);
        }
        // Exact text: "Erdogan" and "Erdoğan" are both wanted, but not the same text twice.
        const exact = text.normalize('NFC');
        if (seen.has(exact)) errs.push(`${at}.text ${show(text)} is listed twice (list an alias once, whatever its languages)`);
        seen.add(exact);
      }
      const lang = a.lang;
      if (typeof lang !== 'string' || !(lang in LANGS)) {
        errs.push(`${at}.lang must be one of ${Object.keys(LANGS).join(', ')}, got ${show(lang)}`);
      } else if (isNonEmptyString(text)) {
        if (lang === 'zh' && !HAS_HAN.test(text)) errs.push(`${at}: a "zh" alias must be written in Chinese characters`);
        if (lang === 'ru' && !HAS_CYRILLIC.test(text)) errs.push(`${at}: a "ru" alias must be written in Cyrillic`);
        if (lang !== 'zh' && lang !== 'ru' && (HAS_HAN.test(text) || HAS_CYRILLIC.test(text))) {
          errs.push(`${at}: ${show(text)} is not written in Latin script, so its lang cannot be "${lang}"`);
        }
      }
      if (a.demonym !== undefined && a.demonym !== true) errs.push(`${at}.demonym must be true when present`);
    });
    if (isNonEmptyString(raw.name) && !texts.has(raw.name)) {
      errs.push(`${where}: name ${show(raw.name)} is not among its aliases`);
    }
  }

  /** True when some statement of the entity cites the report. */
  function restsOnTheReport(raw: Obj): boolean {
    const statements = [raw.role, ...(Array.isArray(raw.facts) ? raw.facts : []), ...(Array.isArray(raw.relations) ? raw.relations : [])];
    if (Array.isArray(raw.memberships)) statements.push(...raw.memberships);
    return statements.some((s) => isObject(s) && s.source === reportId);
  }

  /**
   * A statement: our own one-line sentence and its source; a quote, verbatim,
   * when the source is an article, none when it is a reference we cannot
   * check. `keys` are the fields its type allows. False when it is not an object.
   */
  function checkStatement(v: unknown, at: string, keys: Record<string, true>, errs: string[]): boolean {
    if (!isObject(v)) {
      errs.push(`${at} must be an object with text and source`);
      return false;
    }
    unknownKeys(v, keys, at, errs);
    if (!isNonEmptyString(v.text)) errs.push(`${at}.text must be a non-empty string`);
    else if (/[\r\n]/.test(v.text)) errs.push(`${at}.text must be one line`);
    if ('asOf' in keys && !isIsoDate(v.asOf)) errs.push(`${at}.asOf must be an ISO date (YYYY-MM-DD), got ${show(v.asOf)}`);
    const source = typeof v.source === 'string' ? sources.get(v.source) : undefined;
    if (!source) {
      errs.push(`${at}.source must be the id of one of the sources, got ${show(v.source)}`);
      return true;
    }
    const quote = v.quote;
    if (v.quoteNote !== undefined && (!isNonEmptyString(v.quoteNote) || quote === undefined)) {
      errs.push(`${at}.quoteNote must be a non-empty string, and only beside a quote`);
    }
    if (source.kind === 'reference') {
      if (quote !== undefined) errs.push(`${at}.quote: a reference source is not shipped, so it cannot be quoted and checked`);
      return true;
    }
    if (!isNonEmptyString(quote)) {
      errs.push(`${at}.quote must be a non-empty string (the article's own sentence)`);
      return true;
    }
    if (quote !== quote.trim()) errs.push(`${at}.quote must not start or end with whitespace`);
    if (v.text === quote) errs.push(`${at}.text must be our own sentence, not a copy of the quote`);
    if (source.body !== '' && !source.body.includes(quote)) {
      if (source.footer.includes(quote)) {
        errs.push(`${at}.quote comes from after the "Reference:" line (the footer), which must never be quoted`);
      } else {
        const hint = loosen(source.body).includes(loosen(quote))
          ? ' (it matches once quote marks and dashes are ignored: copy the article’s curly quotes and dashes exactly)'
          : '';
        errs.push(`${at}.quote does not occur verbatim in the article${hint}`);
      }
    }
    return true;
  }

  /** An event after the report: dated after it, announced by a reference source no earlier than it happened. */
  function checkLaterEvent(v: unknown, at: string): void {
    if (!isObject(v)) {
      errors.push(`${at} must be an object with text, date and source`);
      return;
    }
    unknownKeys(v, LATER_KEYS, at, errors);
    if (!isNonEmptyString(v.text)) errors.push(`${at}.text must be a non-empty string`);
    if (!isIsoDate(v.date)) {
      errors.push(`${at}.date must be an ISO date (YYYY-MM-DD), got ${show(v.date)}`);
      return;
    }
    if (reportDate !== undefined && v.date <= reportDate) errors.push(`${at}.date ${v.date} is not after the report (${reportDate})`);
    const source = typeof v.source === 'string' ? sources.get(v.source) : undefined;
    if (!source) errors.push(`${at}.source must be the id of one of the sources, got ${show(v.source)}`);
    else if (source.kind !== 'reference') errors.push(`${at}.source must be a reference that announced the event`);
    else if (source.date !== undefined && source.date < v.date) errors.push(`${at}.source "${v.source}" is dated before the event`);
  }
}
