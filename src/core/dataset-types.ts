/**
 * The shape of Summit Lens's dataset. Pure types: no DOM, no browser APIs,
 * so the dataset and everything that reads it can be tested in Node.
 */

export type EntityKind = 'leader' | 'country' | 'organization' | 'place';

/** Languages whose news writing we keep aliases for. */
export type AliasLang = 'en' | 'fr' | 'de' | 'es' | 'ru' | 'zh';

export interface Alias {
  /** Exactly as it is written in running text, e.g. "Mr. Putin", "Путина", "习近平". */
  text: string;
  lang: AliasLang;
  /** A demonym ("Chinese", "Russian") rather than the name itself. */
  demonym?: true;
}

/**
 * A statement about the summit: our own plain sentence plus the verbatim
 * sentence of the article it rests on. Every `quote` must occur in the
 * article text exactly as written (checked by a test and at build time).
 */
export interface Fact {
  text: string;
  quote: string;
}

export type RelationType =
  /** A meeting reported by the article. Stored on both entities. */
  | 'met-with'
  /** The article says no meeting between the two was announced. Stored on both. */
  | 'no-meeting-announced'
  /** Other links the article draws (clashes, a visit, a position). */
  | 'related-to';

export interface Relation extends Fact {
  type: RelationType;
  /** Id of the other entity. */
  target: string;
  /** ISO date (YYYY-MM-DD) of the meeting or event, when the article gives the day. */
  date?: string;
}

/** A fact from outside the article: few, stable, and dated. */
export interface BackgroundFact {
  text: string;
  /** ISO date (YYYY-MM-DD) on which the statement was true. */
  asOf: string;
}

/**
 * A flag drawn as a few SVG shapes, so it renders the same on every system
 * (emoji flags show as two letters on Windows) and needs no HTML strings.
 * Coordinates are in a 30 x 20 viewBox.
 */
export type FlagShape =
  | { type: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | { type: 'circle'; cx: number; cy: number; r: number; fill: string }
  | { type: 'path'; d: string; fill: string };

export interface Flag {
  /** Accessible description, e.g. "Flag of China". */
  label: string;
  shapes: FlagShape[];
}

export interface Entity {
  /** Stable id, kebab-case: "xi-jinping", "china", "sco". */
  id: string;
  kind: EntityKind;
  /** Display name, used as the card heading. */
  name: string;
  aliases: Alias[];
  /** Role or title as the article gives it ("Chinese President"); kinds other than leader may omit. */
  role?: string;
  /** Leader → the country they lead. */
  country?: string;
  /** Country → its leader, where the article names one. */
  leader?: string;
  /** Membership the article states (e.g. SCO members: ["sco"]). */
  memberOf?: string[];
  /** Place → the country it is in. */
  locatedIn?: string;
  /** Countries only. */
  flag?: Flag;
  /** One line, our own words, saying who or what this is. */
  summary: string;
  facts: Fact[];
  relations: Relation[];
  background?: BackgroundFact[];
}

export interface SourceInfo {
  outlet: string;
  /** ISO date of the report. */
  date: string;
  /** Headline as the article gives it. */
  title: string;
  /** The reference line of the article, as printed. */
  reference: string;
}

export interface Dataset {
  source: SourceInfo;
  entities: Entity[];
  /**
   * Alias texts that deliberately resolve to more than one entity, or that
   * are known to be shared. Everything else must resolve to exactly one.
   */
  ambiguousAliases: { text: string; entities: string[]; why: string }[];
  /**
   * Texts that look like a name but are not one of ours ("Xi'an", "印度尼西亚"):
   * the matcher consumes them so that a shorter alias inside is not reported.
   */
  notNames: { text: string; why: string }[];
  /**
   * Aliases that are also ordinary words or names in English ("Turkey", a
   * bird, a dish and a character in Melville): on a page they count only when
   * the page also names some other entity of ours.
   */
  needsContext: { text: string; why: string }[];
}
