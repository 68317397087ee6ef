/**
 * The toolbar popup: Search, This page, Summit, Settings, and the entity
 * card that any of them opens. Owns the state they share: the active tab,
 * what its page mentions, and the settings.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { parseIsoDate } from '../core/dates';
import { t, type StringKey } from '../common/ui/strings';
import { withSiteEnabled, type Settings } from '../core/settings';
import { CardView } from './CardView';
import { cardData } from './data';
import { Nav, tabId, type View } from './Nav';
import { getActiveTab, hostnameOf, jumpTo, readPage, reloadTab, type ActiveTab, type PageState } from './page-link';
import { SearchView } from './SearchView';
import { loadSettings, retrySettingsSync, saveSettings, subscribeSettings } from '../common/settings-store';
import type { SyncFailure } from '../core/settings-persistence';
import { SettingsView } from './SettingsView';
import { SummitView } from './SummitView';
import { ThisPageView } from './ThisPageView';
import { requestSiteAccess } from './site-access';

/** "2022-09-16" → "16 Sep 2022" (the header has little room). */
function shortDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${d.day} ${t(`month_short_${d.month}` as StringKey)} ${d.year}` : iso;
}

const RELOAD_POLL_MS = 600;
const RELOAD_POLL_TRIES = 15;

export interface AppProps {
  /** Closes the popup (window.close in the extension). */
  close?: () => void;
}

export function App({ close = () => window.close() }: AppProps) {
  const [view, setView] = useState<View>('search');
  const [stack, setStack] = useState<string[]>([]);
  const [focusToken, setFocusToken] = useState(0);
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [saveError, setSaveError] = useState(false);
  // Why the settings in use are kept on this device only (sync refused them), or null.
  const [notSynced, setNotSynced] = useState<SyncFailure | null>(null);
  const contentRef = useRef<HTMLElement>(null);
  const returnTo = useRef<{ el: Element | null; scroll: number } | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    void (async () => {
      const active = await getActiveTab();
      if (!alive.current) return;
      setTab(active);
      const p = await readPage(active);
      if (alive.current) setPage(p);
    })();
    void loadSettings().then(async (loaded) => {
      if (!alive.current) return;
      setSettings(loaded.settings);
      setProblems(loaded.problems);
      setNotSynced(loaded.notSynced);
      // A per-minute limit has passed, or sync is back: offer this device's copy again.
      if (loaded.notSynced && (await retrySettingsSync()) && alive.current) setNotSynced(null);
    });
    const unsubscribe = subscribeSettings((loaded) => {
      setSettings(loaded.settings);
      setNotSynced(loaded.notSynced);
    });
    return () => {
      alive.current = false;
      unsubscribe();
    };
  }, []);

  const hostname = tab?.hostname ?? (page.status === 'ok' ? hostnameOf(page.summary.url) : null);

  const change = useCallback((next: Settings) => {
    setSettings(next);
    setSaveError(false);
    saveSettings(next).then(
      (outcome) => setNotSynced(outcome.synced ? null : outcome.failure),
      () => setSaveError(true),
    );
  }, []);

  const open = useCallback((id: string) => {
    if (!returnTo.current) {
      returnTo.current = { el: document.activeElement, scroll: contentRef.current?.scrollTop ?? 0 };
    }
    setStack([id]);
    if (contentRef.current) contentRef.current.scrollTop = 0;
  }, []);

  const closeCard = () => {
    const back = returnTo.current;
    returnTo.current = null;
    setStack([]);
    requestAnimationFrame(() => {
      if (contentRef.current && back) contentRef.current.scrollTop = back.scroll;
      // The element that opened the card: the search box, a row, a node of the picture (an SVG element).
      const el = back?.el;
      if ((el instanceof HTMLElement || el instanceof SVGElement) && el.isConnected && el !== document.body) el.focus({ preventScroll: true });
      else if (view === 'search') setFocusToken((n) => n + 1);
    });
  };

  const select = (v: View) => {
    returnTo.current = null;
    setStack([]);
    setView(v);
    // Each visit to "This page" asks again: the page may have changed or finished loading.
    if (v === 'this-page' && tab && page.status !== 'loading') void readPage(tab).then((p) => alive.current && setPage(p));
  };

  /** Asks the tab again until its content script answers (after a reload, or once access is granted). */
  const pollPage = async () => {
    if (!tab) return;
    for (let i = 0; i < RELOAD_POLL_TRIES && alive.current; i++) {
      await new Promise((r) => setTimeout(r, RELOAD_POLL_MS));
      const p = await readPage(tab);
      if (p.status === 'ok' || i === RELOAD_POLL_TRIES - 1) {
        if (alive.current) setPage(p);
        return;
      }
    }
  };

  const reload = async () => {
    if (!tab) return;
    setPage({ status: 'loading' });
    await reloadTab(tab.id);
    await pollPage();
  };

  /** Asks for access from the click itself; once granted the content script starts in the tab. */
  const allow = (origins: string[]) => {
    if (!tab) return;
    void requestSiteAccess(origins, tab.id).then((granted) => (granted ? pollPage() : undefined));
  };

  const turnOn = () => {
    if (!settings) return;
    let next = settings.enabled ? settings : { ...settings, enabled: true };
    if (hostname) next = withSiteEnabled(next, hostname, true);
    change(next);
  };

  const found = page.status === 'ok' ? page.summary.counts.length : 0;
  const cardOpen = stack.length > 0;
  const panel = (v: View) => ({
    id: v,
    role: 'tabpanel' as const,
    'aria-labelledby': tabId(v),
    class: `view view--${v}`,
    hidden: cardOpen || view !== v,
  });

  return (
    <div class="app">
      <header class="header">
        <img class="header__icon" src="icons/icon-32.png" alt="" width={20} height={20} />
        <div class="header__text">
          <h1 class="header__title">{t('app_name')}</h1>
          <p class="header__subtitle">{t('app_subtitle', cardData.report.publisher, shortDate(cardData.report.date))}</p>
        </div>
      </header>
      <Nav view={view} onSelect={select} badges={found > 0 ? { 'this-page': found } : {}} />
      <main class="content" ref={contentRef}>
        {cardOpen ? (
          <CardView stack={stack} onOpen={(id) => setStack((s) => [...s, id])} onBack={() => (stack.length > 1 ? setStack((s) => s.slice(0, -1)) : closeCard())} />
        ) : null}
        <section {...panel('search')}>
          <SearchView onOpen={open} focusToken={focusToken} onClose={close} />
        </section>
        <section {...panel('this-page')}>
          <ThisPageView
            page={page}
            hostname={hostname}
            settings={settings}
            onJump={(id) => tab && void jumpTo(tab.id, id)}
            onOpen={open}
            onReload={() => void reload()}
            onTurnOn={turnOn}
            onAllow={allow}
          />
        </section>
        <section {...panel('summit')}>
          <SummitView onOpen={open} />
        </section>
        <section {...panel('settings')}>
          <SettingsView settings={settings} problems={problems} saveError={saveError} notSynced={notSynced} hostname={hostname} onChange={change} />
        </section>
      </main>
    </div>
  );
}
