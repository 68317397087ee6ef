/**
 * Search: an ARIA combobox over a listbox of matches, updated on every
 * keystroke. Up/Down move, Enter opens, Escape clears and, when already
 * empty, closes the popup. Each match is `[data-entity]`, best first.
 */
import { Component } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Entity } from '../core/dataset-types';
import type { MatchedBy, Result } from '../core/search';
import { byId, dataset, KIND_ORDER, search } from './data';
import { EntityLabel, EntityMark } from './EntityLabel';
import { plural, t, type StringKey } from '../common/ui/strings';

export interface SearchViewProps {
  onOpen: (id: string) => void;
  /** Changes whenever the popup wants the caret in the search box (opening, coming back from a card). */
  focusToken: number;
  /** Closes the popup (Escape on an empty box). */
  onClose: () => void;
}

const LISTBOX_ID = 'search-results';
const optionId = (id: string) => `match-${id}`;

/** Queries that show what the search can do: another language, another script, no diacritics, a word of the text. */
const EXAMPLES = ['Poutine', '习近平', 'Erdogan', 'grain'];

const KIND_TITLES: Record<Entity['kind'], StringKey> = {
  leader: 'kinds_leader',
  country: 'kinds_country',
  organization: 'kinds_organization',
  project: 'kinds_project',
  place: 'kinds_place',
};

function noteFor(r: Pick<Result, 'matchedBy' | 'alias'>): string | undefined {
  switch (r.matchedBy) {
    case 'alias':
      return r.alias ? t('match_alias', r.alias) : undefined;
    case 'fuzzy':
      return t('match_fuzzy');
    case 'fact':
      return t('match_fact');
    default:
      return undefined;
  }
}

interface MatchRowProps {
  id: string;
  matchedBy: MatchedBy;
  alias?: string;
  selected: boolean;
}

/**
 * One option of the list. Props are plain values (each keystroke's results are
 * new objects) so that a row whose match did not change is not rendered again:
 * typing one more letter then costs only the rows that come and go.
 */
class MatchRow extends Component<MatchRowProps> {
  // Not preact/compat's memo: compat hooks into every element the popup creates.
  override shouldComponentUpdate(next: MatchRowProps): boolean {
    const p = this.props;
    return next.id !== p.id || next.matchedBy !== p.matchedBy || next.alias !== p.alias || next.selected !== p.selected;
  }

  override render({ id, matchedBy, alias, selected }: MatchRowProps) {
    return (
      <li id={optionId(id)} class="row row--option" role="option" aria-selected={selected} data-entity={id} data-matched-by={matchedBy}>
        <EntityLabel entity={byId.get(id)!} note={noteFor({ matchedBy, alias })} />
      </li>
    );
  }
}

/** The option row an event happened in, by its entity id. */
function rowIdOf(e: Event): string | undefined {
  const row = (e.target as Element | null)?.closest?.('[data-entity]');
  return row instanceof HTMLElement ? row.dataset.entity : undefined;
}

function SearchIcon() {
  return (
    <svg class="search__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="7" cy="7" r="4.75" />
      <path d="m10.5 10.5 3.25 3.25" />
    </svg>
  );
}

export function SearchView({ onOpen, focusToken, onClose }: SearchViewProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const results = useMemo(() => search(query).filter((r) => byId.has(r.id)), [query]);
  const hasQuery = query.trim() !== '';
  const expanded = hasQuery && results.length > 0;

  useEffect(() => {
    inputRef.current?.focus();
  }, [focusToken]);

  // Keep the active option in view.
  useEffect(() => {
    if (active < 0) return;
    const el = listRef.current?.children[active] as HTMLElement | undefined;
    el?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const update = (value: string) => {
    setQuery(value);
    // Automatic selection: the best match is active, so Enter opens it (with
    // no results nothing shows as active: see `expanded`). The results
    // themselves are searched once, in render.
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // Hidden behind an open card, the box may still hold focus for a moment: its keys are the card's.
    if (inputRef.current?.closest('[hidden]')) return;
    const n = results.length;
    switch (e.key) {
      case 'ArrowDown':
        if (!expanded) return;
        e.preventDefault();
        setActive((a) => (a + 1) % n);
        break;
      case 'ArrowUp':
        if (!expanded) return;
        e.preventDefault();
        setActive((a) => (a <= 0 ? n - 1 : a - 1));
        break;
      case 'Enter': {
        const r = results[active >= 0 ? active : 0];
        if (!expanded || !r) return;
        e.preventDefault();
        onOpen(r.id);
        break;
      }
      case 'Escape':
        e.preventDefault();
        if (query !== '') update('');
        else onClose();
        break;
    }
  };

  const activeResult = expanded && active >= 0 ? results[active] : undefined;
  // The intro's buttons reach the latest handlers through a ref, so its vnodes never change.
  const latest = useRef({ update, onOpen });
  latest.current = { update, onOpen };
  const intro = useMemo(
    () => (
      <>
        <p class="intro__title">{t('search_empty_title')}</p>
        <p class="intro__body">{t('search_empty_body')}</p>
        <div class="examples">
          <span class="examples__label">{t('search_try')}</span>
          {EXAMPLES.map((q) => (
            <button
              key={q}
              type="button"
              class="example"
              onClick={() => {
                latest.current.update(q);
                inputRef.current?.focus();
              }}
            >
              {q}
            </button>
          ))}
        </div>
        <h2 class="subhead">{t('search_browse')}</h2>
        {KIND_ORDER.map((kind) => (
          <div class="browse" key={kind}>
            <h3 class="browse__title">{t(KIND_TITLES[kind])}</h3>
            <ul class="browse__list">
              {dataset.entities
                .filter((e) => e.kind === kind)
                .map((e) => (
                  <li key={e.id}>
                    <button type="button" class="pill" data-id={e.id} onClick={() => latest.current.onOpen(e.id)}>
                      <EntityMark entity={e} />
                      <span>{e.name}</span>
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </>
    ),
    [],
  );

  return (
    <div class="search">
      <div class="search__box">
        <SearchIcon />
        <input
          ref={inputRef}
          type="search"
          class="search__input"
          role="combobox"
          aria-label={t('search_label')}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={LISTBOX_ID}
          aria-activedescendant={activeResult ? optionId(activeResult.id) : undefined}
          placeholder={t('search_placeholder')}
          autoFocus
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          value={query}
          onInput={(e) => update(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        {query !== '' ? (
          <button
            type="button"
            class="search__clear"
            title={t('search_clear')}
            onClick={() => {
              update('');
              inputRef.current?.focus();
            }}
          >
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />
            </svg>
          </button>
        ) : null}
      </div>

      <div class="visually-hidden" role="status" aria-live="polite">
        {hasQuery ? (results.length > 0 ? plural('search_count_one', 'search_count_other', results.length) : t('search_none', query.trim())) : ''}
      </div>

      <ul
        ref={listRef}
        id={LISTBOX_ID}
        class="matches"
        role="listbox"
        aria-label={t('search_results_label')}
        hidden={!expanded}
        // One set of handlers for all rows (rows stay memoised: no new closures per render).
        onMouseMove={(ev) => {
          const id = rowIdOf(ev);
          const i = id === undefined ? -1 : results.findIndex((r) => r.id === id);
          if (i >= 0 && i !== active) setActive(i);
        }}
        onMouseDown={(ev) => ev.preventDefault() /* keep the caret in the box */}
        onClick={(ev) => {
          const id = rowIdOf(ev);
          if (id !== undefined) onOpen(id);
        }}
      >
        {expanded
          ? results.map((r, i) => <MatchRow key={r.id} id={r.id} matchedBy={r.matchedBy} alias={r.alias} selected={i === active} />)
          : null}
      </ul>

      {hasQuery && results.length === 0 ? (
        <div class="empty">
          <p class="empty__title">{t('search_none', query.trim())}</p>
          <p class="empty__body">{t('search_none_hint')}</p>
        </div>
      ) : null}

      {/* Hidden rather than unmounted while a query is typed, and built once:
          rebuilding its rows of flags on the first key of every search was
          the slowest keystroke (the p95 of the benchmark's search figure). */}
      <div class="intro" hidden={hasQuery}>
        {intro}
      </div>
    </div>
  );
}
