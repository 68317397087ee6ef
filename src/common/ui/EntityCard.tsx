/**
 * The card about one entity: shared by the content script's hover card and
 * the popup's detail view. Styles live in card-styles.ts (class names are
 * prefixed nowhere: the card is meant to sit in a shadow root, or in the
 * popup's own document).
 *
 * Contract: the root is `<article class="card" data-entity={id}>` and its
 * first heading (h2) holds `entity.name`.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Entity, Flag as FlagData, Relation, SourceInfo } from '../../core/dataset-types';
import { Flag } from './Flag';
import { groupRelations, structuralLinks } from '../../core/dataset-queries';
import { formatLongDate, formatMentionCount, formatMentionPosition, formatShortDay, formatSourceLine, linkLabel, roleLine } from './format';
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
  /** Resolves related ids (country, leader, relation targets, members). */
  lookup: (id: string) => Entity | undefined;
  source: SourceInfo;
  /** Related-entity buttons call this; the caller then renders the card for `id`. */
  onOpenEntity: (id: string) => void;
  /** Shown as a "Back" button when present. */
  onBack?: () => void;
  mentions?: MentionsNav;
  /** 'hover': role="dialog" labelled by the heading; 'panel': role="region". */
  variant: 'hover' | 'panel';
  /** Shown as a close button when present (either variant). */
  onClose?: () => void;
  /**
   * Organizations: ids of their members, in display order. The card only
   * has `lookup`, so the caller derives this from the dataset, e.g. with
   * `buildMembersIndex(dataset.entities).get(entity.id)` (core/dataset-queries.ts).
   */
  members?: string[];
}

/** The flag to show next to an entity: its own, or its country's (leaders, places). */
function flagOf(entity: Entity | undefined, lookup: EntityCardProps['lookup']): FlagData | undefined {
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

/** Our sentence, with a toggle revealing the article's verbatim sentence. */
function Quoted({ text, quote, id }: { text: string; quote: string; id: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <p class="statement">
        {text}{' '}
        <button
          type="button"
          class="quote-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('quote_hide') : t('quote_show')}
        </button>
      </p>
      <blockquote class="quote" id={id} hidden={!open}>
        {quote}
      </blockquote>
    </>
  );
}

function EntityButton({
  id,
  lookup,
  onOpen,
  children,
}: {
  id: string;
  lookup: EntityCardProps['lookup'];
  onOpen: (id: string) => void;
  children?: ComponentChildren;
}) {
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
  lookup,
  onOpen,
  idBase,
  withDay,
}: {
  relations: Relation[];
  lookup: EntityCardProps['lookup'];
  onOpen: (id: string) => void;
  idBase: string;
  withDay: boolean;
}) {
  return (
    <ul class="relations">
      {relations.map((r, i) => (
        <li class="relation" key={`${r.target}-${i}`}>
          <div class="relation__head">
            <EntityButton id={r.target} lookup={lookup} onOpen={onOpen} />
            {withDay && r.date ? <span class="relation__day">{formatShortDay(r.date)}</span> : null}
          </div>
          <Quoted text={r.text} quote={r.quote} id={`${idBase}-${i}`} />
        </li>
      ))}
    </ul>
  );
}

function Group({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="group">
      <h4 class="group__title">{title}</h4>
      {children}
    </div>
  );
}

/** The part of the card that belongs to one entity; keyed by id so toggles reset. */
function CardBody({
  entity,
  lookup,
  source,
  members,
  onOpen,
  uid,
}: Pick<EntityCardProps, 'entity' | 'lookup' | 'source' | 'members'> & { onOpen: (id: string) => void; uid: string }) {
  const links = structuralLinks(entity, members);
  const groups = groupRelations(entity.relations);
  const hasSummit =
    entity.facts.length > 0 || groups.metWith.length > 0 || groups.noMeeting.length > 0 || groups.related.length > 0;
  const background = entity.background ?? [];
  const summitId = `${uid}-summit`;
  const bgId = `${uid}-bg`;

  return (
    <>
      <p class="summary">{entity.summary}</p>

      {links.length > 0 ? (
        <dl class="links">
          {links.map((g) => (
            <div class="links__row" key={g.link}>
              <dt>{linkLabel(g.link)}</dt>
              <dd>
                {g.ids.map((id) => (
                  <EntityButton key={id} id={id} lookup={lookup} onOpen={onOpen} />
                ))}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}

      {hasSummit ? (
        <section class="section" aria-labelledby={summitId}>
          <div class="section__head">
            <h3 class="section__title" id={summitId}>
              {t('section_summit')}
            </h3>
            <span class="section__note">{t('reported_on', formatLongDate(source.date))}</span>
          </div>
          {entity.facts.length > 0 ? (
            <ul class="facts">
              {entity.facts.map((f, i) => (
                <li class="fact" key={i}>
                  <Quoted text={f.text} quote={f.quote} id={`${uid}-fact-${i}`} />
                </li>
              ))}
            </ul>
          ) : null}
          {groups.metWith.length > 0 ? (
            <Group title={t('group_met_with')}>
              <RelationList relations={groups.metWith} lookup={lookup} onOpen={onOpen} idBase={`${uid}-met`} withDay />
            </Group>
          ) : null}
          {groups.noMeeting.length > 0 ? (
            <Group title={t('group_no_meeting')}>
              <RelationList relations={groups.noMeeting} lookup={lookup} onOpen={onOpen} idBase={`${uid}-nomeet`} withDay={false} />
            </Group>
          ) : null}
          {groups.related.length > 0 ? (
            <Group title={t('group_related')}>
              <RelationList relations={groups.related} lookup={lookup} onOpen={onOpen} idBase={`${uid}-rel`} withDay />
            </Group>
          ) : null}
        </section>
      ) : null}

      {background.length > 0 ? (
        <section class="section" aria-labelledby={bgId}>
          <div class="section__head">
            <h3 class="section__title" id={bgId}>
              {t('section_background')}
            </h3>
          </div>
          <ul class="background">
            {background.map((b, i) => (
              <li key={i}>
                {b.text} <span class="as-of">({t('as_of', formatLongDate(b.asOf))})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p class="source">{formatSourceLine(source)}</p>
    </>
  );
}

export function EntityCard(props: EntityCardProps) {
  const { entity, lookup, source, variant, mentions, onBack, onClose, members } = props;
  const uid = `sl${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const headingId = `${uid}-name`;
  const rootRef = useRef<HTMLElement>(null);
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

  const metaFlag = flagOf(entity, lookup);
  const place = entity.kind === 'leader' ? entity.country : entity.kind === 'place' ? entity.locatedIn : undefined;
  const placeEntity = place ? lookup(place) : undefined;
  const position = mentions ? formatMentionPosition(mentions.index, mentions.count) : '';

  return (
    <article
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
              <button type="button" class="icon-btn close" aria-label={t('card_close_label')} title={t('card_close')} onClick={onClose}>
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
                {metaFlag ? <Flag flag={metaFlag} /> : null}
                {placeEntity.name}
              </span>
            </>
          ) : null}
        </p>
      </header>

      <div class="card__body" ref={bodyRef}>
        <CardBody key={entity.id} entity={entity} lookup={lookup} source={source} members={members} onOpen={open} uid={uid} />
      </div>

      {mentions ? (
        <div class="card__mentions" role="group" aria-label={t('mentions_group')}>
          <span class="mentions__count">{formatMentionCount(mentions.count)}</span>
          {mentions.count > 0 ? (
            <span class="mentions__nav">
              <button type="button" class="icon-btn" aria-label={t('mention_prev')} title={t('mention_prev')} onClick={mentions.onPrev}>
                <Icon d={ICON_PREV} />
              </button>
              <span class="mentions__pos" aria-live="polite" aria-atomic="true">
                {position}
              </span>
              <button type="button" class="icon-btn" aria-label={t('mention_next')} title={t('mention_next')} onClick={mentions.onNext}>
                <Icon d={ICON_NEXT} />
              </button>
            </span>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
