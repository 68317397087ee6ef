/**
 * The card about one entity: shared by the content script's hover card and
 * the popup's detail view. Styles live in card.css (class names are
 * prefixed nowhere: the card is meant to sit in a shadow root, or in the
 * popup's own document).
 *
 * Contract: the root is `<div class="card" data-entity={id}>`, a dialog
 * (hover) or a region (panel) named by its first heading (h2), which holds
 * `entity.name`. Not an <article>: ARIA in HTML allows neither role there.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Entity, Flag as FlagData, Relation, Statement } from '../../core/dataset-types';
import { Flag } from './Flag';
import { groupRelations, structuralLinks, type CardData } from '../../core/dataset-queries';
import {
  formatLongDate,
  formatMentionCount,
  formatMentionPosition,
  formatShortDay,
  formatSourceCredit,
  formatSourceLine,
  linkLabel,
  roleLine,
} from './format';
import { t } from './strings';

export interface MentionsNav {
  /** How many times the entity is mentioned on the page. */
  count: number;
  /** 0-based index of the current mention; -1 when none is current. */
  index: number;
  onPrev: () => void;
  onNext: () => void;
}

export interface EntityCardProps {
  entity: Entity;
  /** The rest of the dataset: related entities, sources, an organization's members (cardData()). */
  data: CardData;
  /** Related-entity buttons call this; the caller then renders the card for `id`. */
  onOpenEntity: (id: string) => void;
  /** Shown as a "Back" button when present. */
  onBack?: () => void;
  mentions?: MentionsNav;
  /** 'hover': role="dialog" labelled by the heading; 'panel': role="region". */
  variant: 'hover' | 'panel';
  /** Shown as a close button when present (either variant). */
  onClose?: () => void;
}

type Lookup = CardData['lookup'];

/** The flag to show next to an entity: its own, or its country's (leaders, places). */
function flagOf(entity: Entity | undefined, lookup: Lookup): FlagData | undefined {
  if (!entity) return undefined;
  if (entity.flag) return entity.flag;
  const countryId = entity.kind === 'leader' ? entity.country : entity.kind === 'place' ? entity.locatedIn : undefined;
  return countryId ? lookup(countryId)?.flag : undefined;
}

function Icon({ d }: { d: string }) {
  return (
    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}
const ICON_PREV = 'M10 3.5 5.5 8l4.5 4.5';
const ICON_NEXT = 'M6 3.5 10.5 8 6 12.5';
const ICON_CLOSE = 'M4 4l8 8M12 4l-8 8';

/** Where a statement comes from: "Source: AFP, 16 September 2022". */
function Credit({ source, data }: { source: string; data: CardData }) {
  const s = data.source(source);
  return s ? <span class="credit">{t('credit_label', formatSourceCredit(s))}</span> : null;
}

/**
 * Our sentence, with its source: a toggle reveals the article's verbatim
 * sentence (and a note on its wording, if any), credited to the article;
 * a statement from a reference says which.
 */
function Quoted({ statement, id, data }: { statement: Statement; id: string; data: CardData }) {
  const [open, setOpen] = useState(false);
  const { text, quote, quoteNote, source } = statement;
  if (quote === undefined) {
    return (
      <p class="statement">
        {text} <Credit source={source} data={data} />
      </p>
    );
  }
  return (
    <>
      <p class="statement">
        {text}{' '}
        <button type="button" class="quote-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
          {open ? t('quote_hide') : t('quote_show')}
        </button>
      </p>
      <blockquote class="quote" id={id} hidden={!open}>
        <p class="quote__text">{quote}</p>
        {quoteNote ? (
          <p class="quote__note">
            {t('quote_note_label')}: {quoteNote}
          </p>
        ) : null}
        <footer class="quote__credit">
          <Credit source={source} data={data} />
        </footer>
      </blockquote>
    </>
  );
}

function EntityButton({ id, lookup, onOpen, children }: { id: string; lookup: Lookup; onOpen: (id: string) => void; children?: ComponentChildren }) {
  const target = lookup(id);
  if (!target) {
    // Not in the dataset (the build's dataset check should prevent this):
    // name it as plain text rather than offer a button that leads nowhere.
    return <span class="chip chip--static">{id}</span>;
  }
  const flag = flagOf(target, lookup);
  return (
    <button type="button" class="chip" data-target={id} onClick={() => onOpen(id)}>
      {flag ? <Flag flag={flag} decorative /> : null}
      <span class="chip__name">{target.name}</span>
      {children}
    </button>
  );
}

function RelationList({
  relations,
  data,
  onOpen,
  idBase,
  withDay,
}: {
  relations: Relation[];
  data: CardData;
  onOpen: (id: string) => void;
  idBase: string;
  withDay: boolean;
}) {
  return (
    <ul class="relations">
      {relations.map((r, i) => (
        <li class="relation" key={`${r.target}-${i}`}>
          <div class="relation__head">
            <EntityButton id={r.target} lookup={data.lookup} onOpen={onOpen} />
            {withDay && r.date ? <span class="relation__day">{formatShortDay(r.date)}</span> : null}
          </div>
          <Quoted statement={r} id={`${idBase}-${i}`} data={data} />
        </li>
      ))}
    </ul>
  );
}

function Group({ title, kind, children }: { title: string; kind: string; children: ComponentChildren }) {
  return (
    <div class={`group group--${kind}`}>
      <h4 class="group__title">{title}</h4>
      {children}
    </div>
  );
}

function Section({ id, title, note, kind, children }: { id: string; title: string; note?: string; kind: string; children: ComponentChildren }) {
  return (
    <section class={`section section--${kind}`} aria-labelledby={id}>
      <div class="section__head">
        <h3 class="section__title" id={id}>
          {title}
        </h3>
        {note ? <span class="section__note">{note}</span> : null}
      </div>
      {children}
    </section>
  );
}

/** The part of the card that belongs to one entity; keyed by id so toggles reset. */
function CardBody({ entity, data, onOpen, uid }: { entity: Entity; data: CardData; onOpen: (id: string) => void; uid: string }) {
  const links = structuralLinks(entity, entity.kind === 'organization' ? data.standing(entity.id) : undefined);
  const groups = groupRelations(entity.relations);
  const hasSummit = entity.facts.length > 0 || entity.relations.length > 0;
  const reportDate = formatLongDate(data.report.date);
  // Where a country stood in an organization, said in a sentence with its source.
  const background: (Statement & { asOf: string })[] = [...(entity.memberships ?? []), ...(entity.background ?? [])];
  const sinceThen = [...(entity.sinceThen ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return (
    <>
      <p class="summary">{entity.summary}</p>

      {links.length > 0 ? (
        <div class="links">
          <p class="links__as-of">{t('links_as_of', reportDate)}</p>
          <dl class="links__list">
            {links.map((g) => (
              <div class="links__row" key={g.link}>
                <dt>{linkLabel(g.link)}</dt>
                <dd>
                  {g.ids.map((id) => (
                    <EntityButton key={id} id={id} lookup={data.lookup} onOpen={onOpen} />
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}

      {hasSummit ? (
        <Section id={`${uid}-summit`} kind="summit" title={t('section_summit')} note={t('reported_by', data.report.publisher, reportDate)}>
          {entity.facts.length > 0 ? (
            <ul class="facts">
              {entity.facts.map((f, i) => (
                <li class="fact" key={i}>
                  <Quoted statement={f} id={`${uid}-fact-${i}`} data={data} />
                </li>
              ))}
            </ul>
          ) : null}
          {groups.metWith.length > 0 ? (
            <Group kind="met" title={t('group_met_with')}>
              <RelationList relations={groups.metWith} data={data} onOpen={onOpen} idBase={`${uid}-met`} withDay />
            </Group>
          ) : null}
          {groups.announced.length > 0 ? (
            <Group kind="announced" title={t('group_announced')}>
              <RelationList relations={groups.announced} data={data} onOpen={onOpen} idBase={`${uid}-announced`} withDay />
            </Group>
          ) : null}
          {groups.noMeeting.length > 0 ? (
            <Group kind="no-meeting" title={t('group_no_meeting')}>
              <RelationList relations={groups.noMeeting} data={data} onOpen={onOpen} idBase={`${uid}-nomeet`} withDay={false} />
            </Group>
          ) : null}
          {groups.related.length > 0 ? (
            <Group kind="related" title={t('group_related')}>
              <RelationList relations={groups.related} data={data} onOpen={onOpen} idBase={`${uid}-rel`} withDay />
            </Group>
          ) : null}
        </Section>
      ) : null}

      {sinceThen.length > 0 ? (
        <Section id={`${uid}-since`} kind="since" title={t('section_since')} note={t('since_note', reportDate)}>
          <ul class="since">
            {sinceThen.map((e, i) => (
              <li class="since__item" key={i}>
                <span class="since__date">{formatLongDate(e.date)}</span> {e.text} <Credit source={e.source} data={data} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {background.length > 0 ? (
        <Section id={`${uid}-bg`} kind="background" title={t('section_background')}>
          <ul class="background">
            {background.map((b, i) => (
              <li class="background__item" key={i}>
                <Quoted statement={{ ...b, text: `${b.text} (${t('as_of', formatLongDate(b.asOf))})` }} id={`${uid}-bg-${i}`} data={data} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <p class="source">{formatSourceLine(data.report)}</p>
    </>
  );
}

export function EntityCard(props: EntityCardProps) {
  const { entity, data, variant, mentions, onBack, onClose } = props;
  const uid = `sl${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const headingId = `${uid}-name`;
  const rootRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const shownId = useRef(entity.id);
  const refocus = useRef(false);

  // Switching entity (related button, Back): scroll to the top and, when the
  // switch came from inside the card, keep focus in the card instead of
  // letting it fall to <body> with the removed button.
  useEffect(() => {
    if (shownId.current === entity.id) return;
    shownId.current = entity.id;
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
    if (refocus.current) {
      refocus.current = false;
      rootRef.current?.focus({ preventScroll: true });
    }
  }, [entity.id]);

  const open = (id: string) => {
    refocus.current = true;
    props.onOpenEntity(id);
  };
  const back = () => {
    refocus.current = true;
    onBack?.();
  };

  const metaFlag = flagOf(entity, data.lookup);
  const place = entity.kind === 'leader' ? entity.country : entity.kind === 'place' ? entity.locatedIn : undefined;
  const placeEntity = place ? data.lookup(place) : undefined;
  const roleSource = entity.role ? data.source(entity.role.source) : undefined;
  const position = mentions ? formatMentionPosition(mentions.index, mentions.count) : '';

  return (
    <div
      ref={rootRef}
      class={`card card--${variant}`}
      data-entity={entity.id}
      data-kind={entity.kind}
      lang={t('card_lang')}
      tabIndex={-1}
      role={variant === 'hover' ? 'dialog' : 'region'}
      aria-labelledby={headingId}
    >
      <header class="card__header">
        {onBack || onClose ? (
          <div class="card__bar">
            {onBack ? (
              <button type="button" class="text-btn back" onClick={back}>
                <Icon d={ICON_PREV} />
                {t('card_back')}
              </button>
            ) : null}
            {onClose ? (
              <button type="button" class="icon-btn close" title={t('card_close_label')} onClick={onClose}>
                <Icon d={ICON_CLOSE} />
              </button>
            ) : null}
          </div>
        ) : null}
        <h2 class="card__name" id={headingId}>
          {entity.name}
        </h2>
        <p class="card__meta">
          {entity.kind === 'country' && metaFlag ? <Flag flag={metaFlag} /> : null}
          <span class="card__role">{roleLine(entity)}</span>
          {placeEntity ? (
            <>
              <span class="card__sep" aria-hidden="true">
                ·
              </span>
              <span class="card__place">
                {/* The place's name follows: its flag would only say it again. */}
                {metaFlag ? <Flag flag={metaFlag} decorative /> : null}
                {placeEntity.name}
              </span>
            </>
          ) : null}
          {entity.role ? (
            <span class="card__as-of">
              {t('as_of', formatLongDate(entity.role.asOf))}
              {roleSource ? ` (${roleSource.publisher})` : ''}
            </span>
          ) : null}
        </p>
      </header>

      <div class="card__body" ref={bodyRef}>
        <CardBody key={entity.id} entity={entity} data={data} onOpen={open} uid={uid} />
      </div>

      {mentions ? (
        <div class="card__mentions" role="group" aria-label={t('mentions_group')}>
          <span class="mentions__count">{formatMentionCount(mentions.count)}</span>
          {mentions.count > 0 ? (
            <span class="mentions__nav">
              <button type="button" class="icon-btn" title={t('mention_prev')} onClick={mentions.onPrev}>
                <Icon d={ICON_PREV} />
              </button>
              {/* Not a live region: the content script's own region says where a jump went, once. */}
              <span class="mentions__pos">{position}</span>
              <button type="button" class="icon-btn" title={t('mention_next')} onClick={mentions.onNext}>
                <Icon d={ICON_NEXT} />
              </button>
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
