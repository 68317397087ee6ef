/**
 * Input listeners that are in place before any script of the page runs.
 *
 * The window's capture phase is the first stop of every input event, and
 * listeners on one target run in the order they were added, whatever world
 * added them. A page that calls stopImmediatePropagation() in its own capture
 * listener on the window, added while it loads, would silence anything a
 * document_idle content script adds there later: no hover, no Escape. So
 * early.js (run_at document_start) adds one capture listener per event type
 * here first and hands each event to whoever subscribes later, through a
 * global of the content scripts' own world (which the page cannot see).
 * When early.js did not run (content.js injected after the page loaded, once
 * the reader grants access), content.js falls back to the window itself.
 */

/** The part of EventTarget the content script uses for its input listeners. */
export interface InputEvents {
  addEventListener<K extends keyof WindowEventMap>(type: K, listener: (e: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListener, options?: AddEventListenerOptions): void;
  removeEventListener(type: string, listener: EventListener, options?: EventListenerOptions): void;
}

/** The event types content.js listens to on the window. */
const TYPES = ['pointermove', 'pointerdown', 'pointerup', 'pointercancel', 'mouseout', 'keydown'];
const KEY = 'summitLensEarlyEvents';

/** Runs in early.js at document_start: adds the listeners and publishes the hub. */
export function installEarlyEvents(win: Window): void {
  const scope = globalThis as { [KEY]?: InputEvents };
  if (scope[KEY]) return;
  const subscribers = new Map<string, Set<EventListener>>();
  for (const type of TYPES) {
    const set = new Set<EventListener>();
    subscribers.set(type, set);
    win.addEventListener(
      type,
      (e) => {
        for (const listener of set) listener(e);
      },
      // keydown may prevent Tab's default (it moves focus into the card).
      { capture: true, passive: type !== 'keydown' },
    );
  }
  scope[KEY] = {
    addEventListener(type: string, listener: EventListener) {
      subscribers.get(type)?.add(listener);
    },
    removeEventListener(type: string, listener: EventListener) {
      subscribers.get(type)?.delete(listener);
    },
  };
}

/**
 * Where content.js adds its input listeners: the early hub for the types it
 * covers, else the window itself (capture phase either way).
 */
export function inputEvents(win: Window): InputEvents {
  const hub = (globalThis as { [KEY]?: InputEvents })[KEY];
  if (!hub) return win;
  return {
    addEventListener: (type: string, listener: EventListener, options?: AddEventListenerOptions) =>
      TYPES.includes(type) ? hub.addEventListener(type, listener) : win.addEventListener(type, listener, options),
    removeEventListener: (type: string, listener: EventListener, options?: EventListenerOptions) =>
      TYPES.includes(type) ? hub.removeEventListener(type, listener) : win.removeEventListener(type, listener, options),
  };
}
