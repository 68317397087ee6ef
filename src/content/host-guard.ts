/**
 * The card's host element on pages that get in its way.
 *
 * - A page may have defined `summit-lens-ui` itself (customElements.define
 *   runs before any document_idle content script). Creating one then runs
 *   the page's constructor, which may attach its own shadow root (ours then
 *   fails) or throw. Firefox lets a content script ask the page's registry
 *   first; Chromium gives content scripts no registry (it is null in their
 *   world; seen in Chromium 156, crbug.com/390807), so there we can only try
 *   and fall back. The fallback is a plain <div>: no page can define it, and
 *   it may hold a shadow root.
 * - A page may move or remove elements it does not know from the root of its
 *   document (a "root police" on a MutationObserver). While a card shows,
 *   `HostWatch` notices and the host comes back as a <div>, which such a
 *   police leaves alone, a few times at most: a page that removes whatever
 *   we add would otherwise fight us forever.
 */

export const HOST_TAG = 'summit-lens-ui';

/** How many times a card may be rescued from the page while it shows. */
const MAX_RESCUES = 3;

export interface HostParts {
  host: HTMLElement;
  root: ShadowRoot;
}

/** A host with an open shadow root: `summit-lens-ui` if the page leaves it to us, else a <div>. */
export function createHost(doc: Document, plain: boolean): HostParts {
  const registry = doc.defaultView?.customElements;
  if (!plain && !registry?.get(HOST_TAG)) {
    try {
      const host = doc.createElement(HOST_TAG);
      return { host, root: host.attachShadow({ mode: 'open' }) };
    } catch {
      // The page's own summit-lens-ui took the shadow root: use a plain element.
    }
  }
  const host = doc.createElement('div');
  return { host, root: host.attachShadow({ mode: 'open' }) };
}

/** Calls `onLost` when the host leaves <html> while a card shows. */
export class HostWatch {
  private observer: MutationObserver | null = null;
  private rescues = 0;

  constructor(
    private readonly doc: Document,
    private readonly current: () => HTMLElement | null,
    private readonly onLost: () => void,
  ) {}

  /** A card is showing now: watch the root of the document. */
  start(): void {
    this.rescues = 0;
    this.observer ??= new MutationObserver(() => {
      const host = this.current();
      if (!host || host.parentNode === this.doc.documentElement || this.rescues >= MAX_RESCUES) return;
      this.rescues++;
      this.onLost();
    });
    this.observer.observe(this.doc.documentElement, { childList: true });
  }

  stop(): void {
    this.observer?.disconnect();
  }
}
