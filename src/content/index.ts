/**
 * Content script entry, on every page and frame: reads the page for anything
 * that could be a name (name-gate.ts) and only then loads the reader
 * (reader.ts: the dictionary, the highlights, the cards, the settings). A
 * page or frame without names pays for this small script and one walk of its
 * text; it touches no extension API unless someone wakes it (content-wake.ts).
 */
import { extensionApi } from '../common/browser-api';
import { offerWake } from '../common/content-wake';
import { loadSettings, storageAreas } from '../common/settings-store';
import { mayHoldName } from '../core/matcher';
import { loadFirstWords } from '../data/first-words';
import { isReadableDocument } from './document-kind';
import { somethingToRead } from './first-content';
import { highlightApiAvailable } from './highlighter';
import { newGateStats, whenNameMayAppear } from './name-gate';
import type * as ReaderModule from './reader';
import { reportError } from './report-error';

/** When this script began to run, for the benchmark's "first viewport" figure. */
const scriptStartAt = performance.now();
const gate = newGateStats();
/** Ends the walk for names once the reader runs: it reads the page's changes itself. */
const gateDone = new AbortController();

let reader: Promise<ReaderModule.ReaderHandle> | null = null;

/** Loads the reader and starts it (once). `woken`: by a sender, before any name was seen. */
function startReader(woken: boolean): Promise<ReaderModule.ReaderHandle> {
  if (reader) return reader;
  gateDone.abort();
  // Fetched from the extension itself, never the network; web-accessible so
  // that a dynamic import may load it (with a dynamic URL in Chrome: pages cannot probe for it).
  const { runtime } = extensionApi();
  const loading = import(/* webpackIgnore: true */ runtime.getURL('reader.js')) as Promise<typeof ReaderModule>;
  // A word that begins a name was seen: the reader will want the settings
  // before it paints, and both are a round trip to the browser, so they are
  // asked for together rather than one after the other.
  const settings = woken ? undefined : loadSettings(storageAreas());
  // Settled by the reader; a rejection seen here too would be reported twice.
  settings?.catch(() => undefined);
  reader = loading.then((mod) => mod.startReader({ scriptStartAt, gate, woken, settings }));
  return reader;
}

async function main(): Promise<void> {
  if (!document.documentElement) return;
  // Injected a second time (the popup starts us after access is granted, and a
  // browser may inject on grant too): the first instance is already at work.
  const marker = globalThis as { summitLensStarted?: boolean };
  if (marker.summitLensStarted) return;
  marker.summitLensStarted = true;
  // A subframe with nothing to read sets nothing up until it has (first-content.ts).
  // Not the top frame: the toolbar asks it for the page's summary.
  if (window !== window.top) await somethingToRead(document);
  // Documents we cannot or should not read: no Highlight API, or XML data and
  // SVG images (see document-kind.ts).
  if (!highlightApiAvailable() || !isReadableDocument(document)) return;
  // A sender that needs an answer here (the popup, a keyboard command, the
  // context menu) starts the reader whether or not the page names anyone.
  offerWake(async () => (await startReader(true)).listen());
  const firstWords = loadFirstWords();
  await whenNameMayAppear(document, (text) => mayHoldName(text, firstWords), gate, gateDone.signal);
  await startReader(false);
}

main().catch((err) => reportError('start', err));
