/**
 * The shape of Summit Lens's dataset. Pure types: no DOM, no browser APIs,
 * so the dataset and everything that reads it can be tested in Node.
 */

export type EntityKind = 'leader' | 'country' | 'organization' | 'project' | 'place';

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
 * Where statements come from. The article is one source among others, so
 * that a second report can be added without reshaping the data.
 */
export interface Source {
  /** Stable id, kebab-case: "afp-2022-09-16". */
  id: string;
  /**
   * 'article': a report whose text ships with the extension; every quote
   * from it is checked against that text. 'reference': a named, dated
   * document or announcement beyond the article (a declaration, an agency's
   * report), for the few background facts.
   */
  kind: 'article' | 'reference';
  /** Who published it: "AFP", "Shanghai Cooperation Organization". */
  publisher: string;
  /** Its headline, or what the document is. */
  title: string;
  /** ISO date (YYYY-MM-DD) of publication or announcement. */
  date: string;
  /** Articles: the "Reference:" line, as printed. */
  reference?: string;
}

/** One statement a card makes, and where it comes from. */
export interface Statement {
  /** Our own plain sentence. */
  text: string;
  /** Id of a Dataset.sources entry. */
  source: string;
  /**
   * The source's own sentence, verbatim: required when the source is an
   * article (a test and the build check it occurs there, exactly).
   */
  quote?: string;
  /** A reader's note on the quote's wording (an abbreviation, a garble). */
  quoteNote?: string;
}

/** A statement about the summit, from the article. */
export type Fact = Statement;

export type RelationType =
  /** A meeting the article reports as held. Stored on both leaders. */
  | 'met-with'
  /** A meeting the article announces ("will meet", "then meets") but does not report as held. Stored on both. */
  | 'meeting-announced'
  /** The article says no meeting between the two was announced. Stored on both. */
  | 'no-meeting-announced'
  /** Other links the article draws (clashes, a visit, a position). */
  | 'related-to';

export interface Relation extends Statement {
  type: RelationType;
  /** Id of the other entity. */
  target: string;
  /** ISO date (YYYY-MM-DD) of the meeting or event, when the article gives the day. */
  date?: string;
}

/** A statement that was true on a given day: a role, a background fact. */
export interface DatedStatement extends Statement {
  /** ISO date (YYYY-MM-DD) on which the statement was true. */
  asOf: string;
}

/** Something that happened after the article and makes its present tense false or incomplete. */
export interface LaterEvent {
  text: string;
  /** ISO date (YYYY-MM-DD) of the event. */
  date: string;
  /** Id of the (reference) source that announced it. */
  source: string;
}

export type MembershipStatus = 'member' | 'observer' | 'dialogue-partner' | 'none';

/** A country's standing in an organization, on a given day. */
export interface Membership extends Statement {
  /** The organization's entity id. */
  org: string;
  status: MembershipStatus;
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
  /**
   * Role or title on the article's date ("Chinese President"), for leaders
   * (required) and places that stand for a government ("Capital of Russia").
   */
  role?: DatedStatement;
  /** Leader → the country they led on the article's date. */
  country?: string;
  /** Country → its leader on the article's date, where the article names one. */
  leader?: string;
  /** Country → its capital (a place entity). */
  capital?: string;
  /** Place → the country whose capital it is. */
  capitalOf?: string;
  /** Place → the country whose government or presidency sits there ("the Kremlin"). */
  seatOf?: string;
  /** Countries: standing in organizations (the SCO) on the article's date, "none" included. */
  memberships?: Membership[];
  /** Place → the country it is in. */
  locatedIn?: string;
  /** Countries only. */
  flag?: Flag;
  /** One line, our own words, saying who or what this is; roles in it carry their date. */
  summary: string;
  facts: Fact[];
  relations: Relation[];
  /** Facts from outside the article: few, stable, dated, with their source. */
  background?: DatedStatement[];
  /** Since the article: where its present tense has become false or incomplete. */
  sinceThen?: LaterEvent[];
}

export interface Dataset {
  /** Every source a statement cites. */
  sources: Source[];
  /**
   * Id of the report the summit's picture is drawn from. Its date is the
   * day roles, leaders, capitals and memberships are stated for ("as of").
   */
  report: string;
  entities: Entity[];
  /**
   * Alias texts that deliberately resolve to more than one entity, or that
   * are known to be shared. Everything else must resolve to exactly one.
   */
  ambiguousAliases: { text: string; entities: string[]; why: string }[];
  /**
   * Texts that look like a name but are not one of ours ("Xi'an", "印度尼西亚"):
   * the matcher consumes them so that a shorter alias inside is not reported.
   * One that begins with lower-case words ("océan Indien") keeps the name
   * after those words from counting ("l'océan Indien").
   */
  notNames: { text: string; why: string }[];
  /**
   * Aliases that are also ordinary words or names in English ("Turkey", a
   * bird, a dish and a character in Melville): on a page they count only when
   * the page also names some other entity of ours, or one of those listed.
   */
  needsContext: {
    text: string;
    why: string;
    /** Only mentions of these entities give the context (omitted: any other entity of ours does). */
    context?: string[];
  }[];
}
