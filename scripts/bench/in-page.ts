/**
 * Functions the benchmark runs inside pages (TestPage.evaluate, the page's
 * main world) or in an extension context (evaluateInExtension). Each one is
 * self-contained: it is sent as source text and must not close over anything.
 */

export interface FloorResult {
  ms: number;
  textNodes: number;
  chars: number;
}

/** The floor: one TreeWalker pass over the text of <body>, reading every text node's data. */
export function floorPass(): FloorResult {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    textNodes++;
    chars += (n as Text).data.length;
  }
  return { ms: performance.now() - t0, textNodes, chars };
}

export interface LoadTiming {
  domContentLoadedEnd: number;
  loadEnd: number;
  now: number;
}

/** The page's navigation timing (page time origin). */
export function loadTiming(): LoadTiming {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    domContentLoadedEnd: nav?.domContentLoadedEventEnd ?? -1,
    loadEnd: nav?.loadEventEnd ?? -1,
    now: performance.now(),
  };
}

export interface MarkJsResult {
  ms: number;
  marks: number;
  done: boolean;
}

/**
 * mark.js (installed by markjs.ts's installer as window.__benchMark) wrapping
 * every alias match of the page in <mark>: one regular expression of all
 * aliases, whole words, like the extension's dictionary.
 */
export function runMarkJs(pattern: string, flags: string, notNames: string[]): MarkJsResult {
  type MarkCtor = new (ctx: Element) => {
    markRegExp(re: RegExp, opt: Record<string, unknown>): void;
  };
  const Mark = (window as unknown as { __benchMark?: MarkCtor }).__benchMark;
  if (typeof Mark !== 'function') throw new Error('mark.js is not installed in this page');
  const skip = new Set(notNames);
  const re = new RegExp(pattern, flags);
  let marks = 0;
  let done = false;
  const t0 = performance.now();
  new Mark(document.body).markRegExp(re, {
    // "Not a name" texts (Xi'an) are consumed but not marked, as the extension does.
    filter: (_node: Node, match: string) => !skip.has(match),
    done: (n: number) => {
      marks = n;
      done = true;
    },
  });
  return { ms: performance.now() - t0, marks, done };
}

/** Whether mark.js is installed in this page. */
export function markJsInstalled(): boolean {
  return typeof (window as unknown as { __benchMark?: unknown }).__benchMark === 'function';
}

export interface HoverSample {
  /** performance.now() of the last pointermove the page saw. */
  moveAt: number;
  /** When the card became visible (mutation observer callback, a microtask of the task that showed it). */
  mutationAt: number;
  /**
   * When a message posted from that callback arrived: after the rest of the
   * opening task, including its microtasks (Floating UI positions the card in
   * promise callbacks, after HoverStats stops its clock).
   */
  taskEndAt: number;
  /** Start of the next animation frame. */
  frameAt: number;
  /** After that frame was rendered (a message posted from its rAF callback). */
  paintedAt: number;
  /** The frame after the card was rendered out of sight during the dwell (-1: none). */
  hiddenFrameMs: number;
}

/**
 * Watches, from the page's main world, for the extension's card being shown:
 * the host element `summit-lens-ui` (its style is set on every show) and its
 * open shadow root. When armed, the next change that leaves the card visible
 * records the frame that paints it.
 */
export function installHoverProbe(): void {
  interface Probe {
    armed: boolean;
    moveAt: number;
    samples: HoverSample[];
    arm(): void;
  }
  const w = window as unknown as { __benchHover?: Probe };
  if (w.__benchHover) return;
  // The frame that lays out a card rendered out of sight (during the dwell, so not in the hover's figures).
  let hiddenFrameMs = -1;
  let hiddenFrameAsked = false;
  const probe: Probe = {
    armed: false,
    moveAt: -1,
    samples: [],
    arm() {
      this.armed = true;
      hiddenFrameMs = -1;
      hiddenFrameAsked = false;
    },
  };
  w.__benchHover = probe;
  window.addEventListener('pointermove', () => (probe.moveAt = performance.now()), { capture: true, passive: true });
  const channel = new MessageChannel();
  let pending: HoverSample | null = null;
  channel.port1.onmessage = () => {
    if (!pending) return;
    pending.paintedAt = performance.now();
    probe.samples.push(pending);
    pending = null;
  };
  const taskEnd = new MessageChannel();
  let opening: HoverSample | null = null;
  taskEnd.port1.onmessage = () => {
    if (opening && opening.taskEndAt < 0) opening.taskEndAt = performance.now();
  };
  // The card may be rendered out of sight during the dwell: only the change that shows it counts.
  const cardShown = () => {
    const positioner = document.querySelector('summit-lens-ui')?.shadowRoot?.querySelector<HTMLElement>('.positioner');
    return positioner !== null && positioner !== undefined && positioner.style.visibility !== 'hidden';
  };
  const timeHiddenFrame = () => {
    hiddenFrameAsked = true;
    requestAnimationFrame(() => {
      const at = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (hiddenFrameMs = performance.now() - at);
      ch.port2.postMessage(null);
    });
  };
  const onChange = () => {
    if (!probe.armed) return;
    const mutationAt = performance.now();
    if (!cardShown()) {
      if (!hiddenFrameAsked) timeHiddenFrame();
      return;
    }
    probe.armed = false;
    const sample: HoverSample = { moveAt: probe.moveAt, mutationAt, taskEndAt: -1, frameAt: -1, paintedAt: -1, hiddenFrameMs };
    opening = sample;
    taskEnd.port2.postMessage(null);
    requestAnimationFrame(() => {
      // If the frame came first, the opening task ended before it.
      if (sample.taskEndAt < 0) sample.taskEndAt = performance.now();
      sample.frameAt = performance.now();
      pending = sample;
      channel.port2.postMessage(null);
    });
  };
  const watched = new WeakSet<Node>();
  const watchHost = (host: Element) => {
    if (watched.has(host)) return;
    watched.add(host);
    new MutationObserver(onChange).observe(host, { attributes: true });
    if (host.shadowRoot) {
      new MutationObserver(onChange).observe(host.shadowRoot, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
    }
  };
  const existing = document.querySelector('summit-lens-ui');
  if (existing) watchHost(existing);
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && (n as Element).localName === 'summit-lens-ui') {
          watchHost(n as Element);
          onChange();
        }
      }
    }
  }).observe(document.documentElement, { childList: true });
}

export function armHoverProbe(): number {
  const probe = (window as unknown as { __benchHover?: { arm(): void; samples: HoverSample[] } }).__benchHover;
  if (!probe) throw new Error('hover probe not installed');
  probe.arm();
  return probe.samples.length;
}

export function hoverSamples(): HoverSample[] {
  return (window as unknown as { __benchHover?: { samples: HoverSample[] } }).__benchHover?.samples ?? [];
}

/** A point (viewport coordinates) on the `index`-th registered highlight (modulo their number), scrolled into view. */
export function highlightPoint(index: number): { x: number; y: number; text: string } | null {
  const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const h = reg.get('summit-lens-underline') ?? reg.get('summit-lens-background');
  if (!h || h.size === 0) return null;
  // Past 1,000 names only the blocks near the viewport are registered: wrap around them.
  const wanted = index % h.size;
  let i = 0;
  for (const r of h) {
    if (i++ !== wanted) continue;
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const rect = [...range.getClientRects()].find((b) => b.width > 2 && b.height > 0);
    if (!rect) return null;
    return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2, text: range.toString() };
  }
  return null;
}

export function cardIsOpen(): boolean {
  const host = document.querySelector('summit-lens-ui');
  const card = host?.shadowRoot?.querySelector<HTMLElement>('[data-entity]');
  if (!card) return false;
  return card.getBoundingClientRect().width > 0 && getComputedStyle(card).visibility !== 'hidden';
}

export interface PaintTiming {
  fcp: number | null;
  firstPaint: number | null;
  domContentLoadedEnd: number;
  loadEnd: number;
}

/** Paint timing of the current document (null where the browser reports none). */
export function paintTiming(): PaintTiming {
  const byName = new Map(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    fcp: byName.get('first-contentful-paint') ?? null,
    firstPaint: byName.get('first-paint') ?? null,
    domContentLoadedEnd: nav?.domContentLoadedEventEnd ?? -1,
    loadEnd: nav?.loadEventEnd ?? -1,
  };
}

export interface KeystrokeSample {
  /** keydown (capture, before any handler) to the end of the `input` handlers, including the render they queued. */
  scriptMs: number;
  /**
   * Only the popup's own work: the `input` event from its first listener
   * (window, capture) to its last (window, bubble), which holds the search
   * and the render; scriptMs adds the browser's editing of the field.
   */
  handlerMs: number;
  /** The next animation frame: from its rAF callback to after it was rendered (style, layout, paint). */
  frameMs: number;
  /**
   * keydown to a message posted from the `input` listener arriving (the
   * benchmark's first definition): adds whatever the browser ran in between,
   * sometimes the frame, sometimes the next key, so it is kept for comparison only.
   */
  nextTaskMs: number;
}

/**
 * Times each printable keystroke in the popup's search box. The `input`
 * listener on window runs after the component's own handler; a microtask it
 * queues runs after the render that handler queued (Preact renders in a
 * microtask), so reading the clock there gives the keystroke's script work:
 * event handling, search, rendering the results into the DOM. The frame that shows them is timed as the hover's is.
 * Samples are per keystroke, so a key typed before the last one's frame still counts.
 */
export function installKeystrokeProbe(): boolean {
  const w = window as unknown as { __benchKeys?: { samples: KeystrokeSample[] } };
  if (w.__benchKeys) return true;
  const state = { samples: [] as KeystrokeSample[] };
  w.__benchKeys = state;
  let downAt = -1;
  let inputAt = -1;
  window.addEventListener('keydown', (e) => (downAt = e.key.length === 1 ? performance.now() : -1), { capture: true });
  window.addEventListener('input', () => (inputAt = performance.now()), { capture: true });
  window.addEventListener('input', () => {
    if (downAt < 0) return;
    const start = downAt;
    downAt = -1;
    // The render is a microtask queued by the component's handler. It has run
    // by now when the browser dispatched the event with no script on the
    // stack (a real key, Chromium's driver); under Firefox's driver, whose
    // own script dispatches the key, it runs after the last listener. A
    // microtask queued here runs after it either way.
    queueMicrotask(() => timeKeystroke(start));
  });
  const timeKeystroke = (start: number) => {
    const end = performance.now();
    const sample: KeystrokeSample = { scriptMs: end - start, handlerMs: end - inputAt, frameMs: -1, nextTaskMs: -1 };
    const task = new MessageChannel();
    task.port1.onmessage = () => (sample.nextTaskMs = performance.now() - start);
    task.port2.postMessage(null);
    requestAnimationFrame(() => {
      const frameAt = performance.now();
      const painted = new MessageChannel();
      painted.port1.onmessage = () => {
        sample.frameMs = performance.now() - frameAt;
        state.samples.push(sample);
      };
      painted.port2.postMessage(null);
    });
  };
  const input = document.querySelector<HTMLInputElement>('input[type=search]');
  input?.focus();
  return input !== null;
}

/** Empties the search box the way the app sees it (an input event), outside the timed keystrokes. */
export function clearSearchBox(): boolean {
  const input = document.querySelector<HTMLInputElement>('input[type=search]');
  if (!input) return false;
  input.focus();
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

export function keystrokeSamples(): KeystrokeSample[] {
  return (window as unknown as { __benchKeys?: { samples: KeystrokeSample[] } }).__benchKeys?.samples ?? [];
}

/** Waits for two animation frames (lets pending rendering finish). */
export function twoFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
