/**
 * "On this page": the entities the active tab's content script found, most
 * mentioned first. A name asks the page to go to it; the (i) button opens
 * its card. When the page cannot be read, it says why.
 */
import type { Settings } from '../core/settings';
import { isSiteEnabled } from '../core/settings';
import { byId } from './data';
import { EntityLabel } from './EntityLabel';
import type { PageState } from './page-link';
import { plural, t } from '../common/ui/strings';

export interface ThisPageViewProps {
  page: PageState;
  hostname: string | null;
  settings: Settings | null;
  onJump: (id: string) => void;
  onOpen: (id: string) => void;
  onReload: () => void;
  /** Turns spotting back on (everywhere, or on this site). */
  onTurnOn: () => void;
  /** Asks the browser for access to these origins (from the click itself). */
  onAllow: (origins: string[]) => void;
}

function InfoIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 7.25v4M8 4.9v.1" />
    </svg>
  );
}

function Notice({ children, action }: { children: string; action?: { label: string; onClick: () => void } }) {
  return (
    <div class="notice">
      <p>{children}</p>
      {action ? (
        <button type="button" class="btn" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </div>
  );
}

export function ThisPageView({ page, hostname, settings, onJump, onOpen, onReload, onTurnOn, onAllow }: ThisPageViewProps) {
  const off = settings && (!settings.enabled || (hostname !== null && !isSiteEnabled(settings, hostname)));

  let body;
  switch (page.status) {
    case 'loading':
      body = <p class="muted" aria-busy="true">{t('page_loading')}</p>;
      break;
    case 'restricted':
      body = <Notice>{t('page_restricted')}</Notice>;
      break;
    case 'not-ready':
      body = <Notice action={{ label: t('page_reload'), onClick: onReload }}>{t('page_not_ready')}</Notice>;
      break;
    case 'no-access': {
      const { origins } = page;
      body = (
        <Notice action={{ label: t('page_allow'), onClick: () => onAllow(origins) }}>
          {page.hostname ? t('page_no_access', page.hostname) : t('page_no_access_all')}
        </Notice>
      );
      break;
    }
    case 'file-urls-off':
      body = <Notice>{t('page_file_urls_off')}</Notice>;
      break;
    case 'unreadable':
      body = <Notice action={{ label: t('page_reload'), onClick: onReload }}>{t('page_unreadable')}</Notice>;
      break;
    case 'ok': {
      const rows = page.summary.counts.filter(([id]) => byId.has(id));
      body =
        rows.length === 0 ? (
          <p class="muted">{t('page_none')}</p>
        ) : (
          <>
            <p class="hint">{t('page_hint')}</p>
            <ul class="rows">
              {rows.map(([id, n]) => {
                const e = byId.get(id)!;
                return (
                  <li key={id} class="row row--split" data-id={id}>
                    {/* Named by what it shows (WCAG 2.5.3: a speech user says what they see), the count in words. */}
                    <button type="button" class="row__main" onClick={() => onJump(id)}>
                      <EntityLabel entity={e} />
                      <span class="count" aria-hidden="true">
                        {n}
                      </span>
                      <span class="visually-hidden">, {plural('page_mentions_one', 'page_mentions_other', n)}</span>
                    </button>
                    <button type="button" class="icon-button" title={t('page_about', e.name)} onClick={() => onOpen(id)}>
                      <InfoIcon />
                    </button>
                  </li>
                );
              })}
            </ul>
          </>
        );
      break;
    }
  }

  return (
    <>
      <h2 class="view__title">{t('page_title')}</h2>
      {off && settings ? (
        <Notice action={{ label: t('page_turn_on'), onClick: onTurnOn }}>
          {settings.enabled ? t('page_off_here', hostname ?? '') : t('page_off_everywhere')}
        </Notice>
      ) : null}
      {body}
    </>
  );
}
