/**
 * Content script entry: spots names on the page, paints them with the CSS
 * Highlight API, and opens a card when the pointer rests on one.
 */
import browser from 'webextension-polyfill';
import { aliasEntries } from '../core/alias-entries';
import { compileMatcher } from '../core/matcher';
import { parseMessage, type PageSummary } from '../common/messages';
import { dataset } from '../data/entities';
import { CardController } from './card-controller';
import { CardHost } from './card-host';
import { Highlighter, highlightApiAvailable } from './highlighter';
import { HoverController } from './hover-controller';
import { PageScanner } from './page-scanner';
import { guarded, reportError } from './report-error';

const DWELL_MS = 200;
const CLOSE_DELAY_MS = 300;

function summarize(scanner: PageScanner): PageSummary {
  const counts = [...scanner.index.countsByEntity()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { url: location.href, counts };
}

function main(): void {
  // Documents we cannot or should not read: no Highlight API, or no root.
  if (!highlightApiAvailable() || !document.documentElement) return;

  const host = new CardHost(document);
  const highlighter = new Highlighter('underline');
  const matcher = compileMatcher(aliasEntries(dataset));

  let cards: CardController | null = null;
  let summaryTimer = 0;
  const scanner = new PageScanner(document, matcher, highlighter, (node) => host.isOwnNode(node), {
    onChange: () => {
      // Tell the background (toolbar badge) at most a few times a second.
      if (summaryTimer !== 0) return;
      summaryTimer = window.setTimeout(() => {
        summaryTimer = 0;
        if (window !== window.top) return;
        browser.runtime
          .sendMessage({ type: 'summit-lens/page-summary', summary: summarize(scanner) })
          .catch(() => {
            // The background may be restarting; the next change resends.
          });
      }, 250);
    },
    onNavigate: () => cards?.close(),
  });
  cards = new CardController(document, dataset, host, scanner.index, highlighter);
  const hover = new HoverController(
    document,
    scanner.index,
    cards,
    { dwellMs: DWELL_MS, closeDelayMs: CLOSE_DELAY_MS },
    () => scanner.shadowRoots,
  );
  hover.attach(window);

  const openCards = cards;
  window.addEventListener(
    'pointermove',
    guarded('pointer', (e: PointerEvent) => openCards.setPointer(e.clientX, e.clientY)),
    { capture: true, passive: true },
  );
  window.addEventListener(
    'keydown',
    guarded('keys', (e: KeyboardEvent) => {
      if (!openCards.isOpen()) return;
      if (e.key === 'Escape') {
        openCards.close();
      } else if (e.key === 'Tab' && !openCards.hasFocus() && !isTyping(document.activeElement)) {
        // Keyboard users reach the open card with Tab; Escape leaves it.
        if (openCards.focus()) e.preventDefault();
      }
    }),
    { capture: true },
  );

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const msg = parseMessage(raw);
    if (msg?.type === 'summit-lens/get-page-summary') return Promise.resolve(summarize(scanner));
    return undefined;
  });

  scanner.start().catch((err) => reportError('scan', err));
}

function isTyping(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.localName;
  return tag === 'input' || tag === 'textarea' || tag === 'select' || (el as HTMLElement).isContentEditable;
}

try {
  main();
} catch (err) {
  reportError('start', err);
}
