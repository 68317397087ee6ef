/**
 * The row of tabs between the popup's views. WAI-ARIA tabs: one tab in the
 * Tab order (the selected one), arrow keys / Home / End move and select.
 */
import { useRef } from 'preact/hooks';
import { t, type StringKey } from '../common/ui/strings';

export type View = 'search' | 'this-page' | 'summit' | 'settings';
export const VIEWS: readonly View[] = ['search', 'this-page', 'summit', 'settings'];

const LABELS: Record<View, StringKey> = {
  search: 'nav_search',
  'this-page': 'nav_this_page',
  summit: 'nav_summit',
  settings: 'nav_settings',
};

export const tabId = (v: View) => `tab-${v}`;

export interface NavProps {
  view: View;
  onSelect: (view: View) => void;
  /** Small counts shown on tabs (e.g. names found on the page). */
  badges?: Partial<Record<View, number>>;
}

export function Nav({ view, onSelect, badges = {} }: NavProps) {
  const refs = useRef<Partial<Record<View, HTMLButtonElement | null>>>({});

  const onKeyDown = (e: KeyboardEvent) => {
    const i = VIEWS.indexOf(view);
    let next: View | undefined;
    if (e.key === 'ArrowRight') next = VIEWS[(i + 1) % VIEWS.length];
    else if (e.key === 'ArrowLeft') next = VIEWS[(i - 1 + VIEWS.length) % VIEWS.length];
    else if (e.key === 'Home') next = VIEWS[0];
    else if (e.key === 'End') next = VIEWS[VIEWS.length - 1];
    if (!next) return;
    e.preventDefault();
    onSelect(next);
    refs.current[next]?.focus();
  };

  return (
    // The landmark holds the tab list: a <nav> given the tablist role would no longer be one.
    <nav class="nav-landmark">
      <div class="nav" role="tablist" aria-label={t('nav_label')} onKeyDown={onKeyDown}>
        {VIEWS.map((v) => {
          const badge = badges[v];
          return (
            <button
              key={v}
              ref={(el) => {
                refs.current[v] = el;
              }}
              type="button"
              role="tab"
              id={tabId(v)}
              class="nav__tab"
              data-view={v}
              aria-selected={v === view}
              aria-controls={v}
              tabIndex={v === view ? 0 : -1}
              onClick={() => onSelect(v)}
            >
              <span class="nav__label">{t(LABELS[v])}</span>
              {badge ? (
                <span class="nav__badge" aria-hidden="true">
                  {badge}
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
    </nav>
  );
}
