/**
 * The page's reader, loaded by the content script (index.ts) once the page
 * may name someone: spots names on the page, paints them with the CSS
 * Highlight API, opens a card when the pointer rests on one, and follows the
 * reader's settings as they change.
 */
import { extensionApi, onExtensionMessage, type MessageSender } from '../common/browser-api';
import { Matcher } from '../core/matcher';
import { defaultSettings, isSiteEnabled, SPOT_KINDS, type Settings } from '../core/settings';
import { acceptMessage, type PageSummary } from '../common/messages';
import { getMessage } from '../common/browser-i18n';
import { loadSettings, storageAreas, subscribeSettings, type LoadedSettings } from '../common/settings-store';
import { loadDictionary } from '../data/dictionary';
import { inputEvents } from './early-events';
import { Highlighter } from './highlighter';
import { HoverController } from './hover-controller';
import { LazyCards } from './lazy-cards';
import type { GateStats } from './name-gate';
import { PageScanner } from './page-scanner';
import { ownFramePath, samePath } from './frame-path';
import { TapOpener } from './tap-opener';
import { errorsSeen, guarded, reportError } from './report-error';

const CLOSE_DELAY_MS = 300;

/** The dictionary for the kinds the reader spots: `all` itself when every kind is on. */
function matcherFor(settings: Settings, all: Matcher): Matcher {
  const kinds = new Set<string>(SPOT_KINDS.filter((k) => settings.kinds[k]));
  if (kinds.size === SPOT_KINDS.length) return all;
  return new Matcher(loadDictionary(), kinds);
}

function kindsKey(settings: Settings): string {
  return SPOT_KINDS.filter((k) => settings.kinds[k]).join(',');
}

function isActive(settings: Settings): boolean {
  return settings.enabled && isSiteEnabled(settings, location.hostname);
}

/** Runs `fn` once the browser is idle (once per page: later calls do nothing). */
let idleRequested = false;
function whenIdle(fn: () => void): void {
  if (idleRequested) return;
  idleRequested = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 500 });
  else setTimeout(fn, 50);
}

/** What the content script keeps of a reader it started. */
export interface ReaderHandle {
  /** Starts listening for messages (once): called by a sender that wakes the page (content-wake.ts). */
  listen(): void;
}

/** What the content script tells the reader it starts. */
export interface StartInfo {
  /** When the content script began, for the benchmark's "first viewport" figure. */
  scriptStartAt: number;
  /** What the content script's walk for names cost before (name-gate.ts). */
  gate: GateStats;
  /** Started by a sender (content-wake.ts) before the walk saw anything that could be a name. */
  woken: boolean;
  /** The settings, asked for by the content script while it loaded the reader (absent when woken). */
  settings?: Promise<LoadedSettings>;
}

/** Reads `document` from now on. */
export function startReader({ scriptStartAt, gate, woken, settings: asked }: StartInfo): ReaderHandle {
  const isTop = window === window.top;
  // The reader's settings are read once there may be a name to paint (the
  // content script asks for them as it loads the reader; a woken reader asks at
  // its first name), not before: a page or frame without names never touches the extension's APIs, whose
  // first use in a document is the costliest thing this script does there
  // (Firefox builds its `browser` object and storage bindings for each
  // document). Until they come, the page is read with the defaults (every
  // kind) and nothing is painted (the highlighter is held), so that a site the
  // reader switched off never flashes a highlight; what differs when they
  // come is undone (scanning stopped, or read again for fewer kinds).
  const setup = { dictionaryReadyAt: -1, settingsReadyAt: -1 };
  // Lookups from the context menu search every kind, whatever the page shows.
  const fullMatcher = new Matcher(loadDictionary());
  setup.dictionaryReadyAt = performance.now();
  let settings = defaultSettings();
  let settingsKnown = false;
  let settingsRead: Promise<void> | null = null;
  /** While the settings are being read: settles when they are known or could not be read. */
  let settingsWait: Promise<void> | null = null;
  /** Reads the settings (once), applies them and follows their changes. */
  const knowSettings = () => {
    if (settingsRead) return settingsRead;
    settingsRead = Promise.resolve().then(listen).then(() => asked ?? loadSettings(storageAreas())).then((loaded) => {
      setup.settingsReadyAt = performance.now();
      settingsKnown = true;
      apply(loaded.settings);
      highlighter.release(settings.highlightStyle);
      subscribeSettings(guarded('settings', (parsed) => apply(parsed.settings)));
    });
    const waited = () => void (settingsWait = null);
    settingsWait = settingsRead.then(waited, waited);
    return settingsRead;
  };
  const highlighter = new Highlighter(settings.highlightStyle, {
    onFirstRange: () => void knowSettings().catch((err) => reportError('settings', err)),
  });

  let summaryTimer = 0;
  /** Whether the toolbar badge shows a count of ours (the browser clears it when the tab loads another page). */
  let badgeSet = false;
  const summarize = (): PageSummary => ({
    url: location.href,
    // Ids are ASCII: plain comparison. localeCompare's first call loads the
    // collation data, a visible cost on the page's main thread in Chromium.
    counts: [...scanner.index.countsByEntity()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  });
  const reportSummary = () => {
    // Tell the background (toolbar badge) at most a few times a second; top frame only.
    if (!isTop || summaryTimer !== 0) return;
    summaryTimer = window.setTimeout(() => {
      summaryTimer = 0;
      const summary = summarize();
      // No names and no badge to clear: no message, and no first use of the APIs for it.
      if (summary.counts.length === 0 && !badgeSet) return;
      badgeSet = summary.counts.length > 0;
      extensionApi().runtime.sendMessage({ type: 'summit-lens/page-summary', summary }).catch(() => {
        // The background may be restarting; the next change resends.
      });
    }, 250);
  };

  const scanner: PageScanner = new PageScanner(document, matcherFor(settings, fullMatcher), highlighter, (node) => cards.isOwnNode(node), {
    onChange: reportSummary,
    onNavigate: () => cards.close(),
    // Read no further than the first names until the settings are known: they
    // are what decides whether and how the page is read.
    beforeSlice: () => settingsWait,
  });
  const cards = new LazyCards(document, scanner.index, highlighter, getMessage, {
    shadowRoots: () => scanner.shadowRoots,
    active: () => active(settings),
  });
  const hover = new HoverController(
    document,
    scanner.index,
    cards,
    { dwellMs: settings.hoverDelayMs, closeDelayMs: CLOSE_DELAY_MS },
    () => scanner.shadowRoots,
  );
  // Registered at document_start where possible: a page cannot swallow them first.
  const input = inputEvents(window);
  hover.attach(input);
  // Touch and pen: a tap opens a card (keyboard: see cards.onKeyDown and the step messages below).
  new TapOpener(cards, (x, y) => hover.mentionAt(x, y)).attach(input);

  input.addEventListener(
    'pointermove',
    guarded('pointer', (e: PointerEvent) => {
      cards.setPointer(e.clientX, e.clientY);
      highlighter.reclaim();
      // The reader is moving over a page with names: fetch the card's code while idle.
      if (scanner.index.size > 0) whenIdle(() => void cards.load());
    }),
    { capture: true, passive: true },
  );
  input.addEventListener(
    'keydown',
    guarded('keys', (e: KeyboardEvent) => cards.onKeyDown(e)),
    { capture: true },
  );

  /** Settles when the page has been read through once (or the reading was stopped). */
  let initialScan: Promise<void> = Promise.resolve();
  const handleMessage = (raw: unknown, sender: MessageSender): Promise<unknown> | undefined => {
    const msg = acceptMessage(raw, sender.id, extensionApi().runtime.id);
    // What the page names, once it is all read: the toolbar asks as soon as it opens, maybe while the reader is starting.
    if (msg?.type === 'summit-lens/get-page-summary') return initialScan.then(summarize);
    if (msg?.type === 'summit-lens/get-stats') {
      return Promise.resolve({
        ...scanner.stats,
        // Done means on screen: names found before the settings came are held until they do.
        initialDoneAt: scanner.index.size > 0 && !settingsKnown ? -1 : scanner.stats.initialDoneAt,
        ...setup,
        scriptStartAt,
        gateWorkMs: gate.workMs,
        gateSlices: gate.slices,
        gateIdleAt: gate.idleAt,
        woken,
        mentions: scanner.index.size,
        sizes: scanner.sizes(),
        hover: hover.stats,
        errors: errorsSeen(),
      });
    }
    // What the reader asks for here needs their settings (cards open only once they are known).
    if (msg?.type === 'summit-lens/lookup-selection') {
      const text = msg.text;
      return knowSettings().then(() => {
        lookUpSelection(text);
        return true;
      });
    }
    if (msg?.type === 'summit-lens/toggle-page') {
      return knowSettings().then(() => {
        // Switched off by the settings, there is nothing to pause or resume here.
        if (!isActive(settings)) return false;
        pausedHere = !pausedHere;
        apply(settings, true);
        return !pausedHere;
      });
    }
    if (msg?.type === 'summit-lens/jump-to') {
      const id = msg.entityId;
      return knowSettings().then(() => cards.goToEntity(id));
    }
    if (msg?.type === 'summit-lens/step-name') {
      // Every frame of the tab gets it; only the frame it is for answers (and loads the card's code).
      const own = ownFramePath(window);
      if (!own || !samePath(own, msg.path)) return undefined;
      const { direction, mode, path } = msg;
      return knowSettings().then(() => cards.step(direction, mode, path));
    }
    if (msg?.type === 'summit-lens/step-shown') cards.release(msg.path);
    return undefined;
  };
  let listening = false;
  /** Listens for messages from now on: once a name is found, or when a sender wakes us (content-wake.ts). */
  const listen = () => {
    if (listening) return;
    listening = true;
    onExtensionMessage(handleMessage);
  };

  /** The context menu: the card for the selected text, at the selection. */
  const lookUpSelection = (text: string) => {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (!range) return;
    const match = fullMatcher.find(text.trim())[0];
    if (!match) {
      cards.showNoMatch(text.trim().slice(0, 60), range);
      return;
    }
    cards.open({ entityId: match.entityId, range: new StaticRange(range), owner: document.body, demonym: match.demonym });
  };

  /** Paused by the keyboard command, for this page view only. */
  let pausedHere = false;
  /** Whether the page is read with `s` (with the defaults until the settings come). */
  const reading = (s: Settings) => !pausedHere && isActive(s);
  /** Whether cards may open: only once the settings are known. */
  const active = (s: Settings) => settingsKnown && reading(s);

  const apply = (next: Settings, pauseChanged = false) => {
    // Turning the site back on in the settings also ends a pause of this page.
    if (!pauseChanged && !isActive(settings) && isActive(next)) pausedHere = false;
    const wasActive = pauseChanged ? !reading(next) : reading(settings);
    const kindsChanged = kindsKey(next) !== kindsKey(settings);
    settings = next;
    highlighter.setStyle(next.highlightStyle);
    hover.setTiming({ dwellMs: next.hoverDelayMs, closeDelayMs: CLOSE_DELAY_MS });
    if (!reading(next)) {
      if (wasActive) {
        cards.close();
        scanner.stop();
        reportSummary();
      }
      return;
    }
    if (!wasActive || kindsChanged) {
      cards.close();
      scanner.rescanAll(matcherFor(next, fullMatcher)).catch((err) => reportError('rescan', err));
    }
  };
  initialScan = scanner.start().catch((err) => reportError('start', err));
  return { listen };
}

