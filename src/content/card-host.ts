/**
 * The one node Summit Lens adds to a page: a host element, created the first
 * time a card opens, with an OPEN shadow root that holds the card and a
 * polite live region that says which card opened. Its own inline style
 * (card-host.css) keeps page rules from hiding or moving it; inside, the
 * card's style sheet isolates the card from the page (why it is a
 * constructed sheet: card-styles.ts; how it resists page rules: card.css).
 */
import { render, type ComponentChild } from 'preact';
import { mountCardStyles } from '../common/ui/card-styles';
import HOST_STYLE from './card-host.css';
import { createHost, HostWatch } from './host-guard';

export { HOST_TAG } from './host-guard';

/** How long a new live region stays silent before its first words. */
const LIVE_SETTLE_MS = 250;
/** Between clearing the region and saying the next words. */
const LIVE_MIN_GAP_MS = 50;

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private mountPoint: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private liveSince = 0;
  private liveTimer = 0;
  /** Brings the host back (as a plain element) when a page moves it away while a card shows. */
  private readonly watch: HostWatch;

  constructor(private readonly doc: Document) {
    this.watch = new HostWatch(doc, () => this.host, () => this.build(true));
  }

  isOwnNode(node: Node | null): boolean {
    return node !== null && this.host !== null && (node === this.host || this.host.contains(node));
  }

  isOwnEventTarget(target: EventTarget | null): boolean {
    return target instanceof Node && this.isOwnNode(target);
  }

  /** Renders `vnode` into the shadow root, creating (or re-attaching) the host. */
  show(vnode: ComponentChild): HTMLElement {
    const mount = this.ensureHost();
    render(vnode, mount);
    this.watch.start();
    return mount;
  }

  hide(): void {
    this.watch.stop();
    if (this.mountPoint) render(null, this.mountPoint);
  }

  get shadowRoot(): ShadowRoot | null {
    return this.root;
  }

  /**
   * Says `text` once through the live region. The region is made with the
   * host, often in the same task as the first card: a screen reader hears
   * changes only to a region it already knows, so the text waits until the
   * region has been in the page for a moment. Clearing first lets the same
   * text be said again (the same name gone to twice).
   */
  announce(text: string, lang: string): void {
    const live = this.live;
    if (!live) return;
    live.textContent = '';
    live.lang = lang;
    clearTimeout(this.liveTimer);
    const wait = Math.max(LIVE_MIN_GAP_MS, this.liveSince + LIVE_SETTLE_MS - performance.now());
    this.liveTimer = window.setTimeout(() => {
      if (this.live === live) live.textContent = text;
    }, wait);
  }

  private ensureHost(): HTMLElement {
    if (!this.host) this.build(false);
    this.host!.setAttribute('style', HOST_STYLE);
    // A page may have removed or moved the host: put it back where it belongs.
    if (this.host!.parentNode !== this.doc.documentElement) this.doc.documentElement.append(this.host!);
    return this.mountPoint!;
  }

  /** A new host (see host-guard.ts); what the card shows moves into it as it is. */
  private build(plain: boolean): void {
    const { host, root } = createHost(this.doc, plain);
    mountCardStyles(root);
    if (!this.mountPoint) {
      this.mountPoint = this.doc.createElement('div');
      this.mountPoint.className = 'layer';
    }
    root.append(this.mountPoint);
    // Beside the card's layer, not in it: rendering a card never touches it.
    const live = this.doc.createElement('div');
    live.className = 'live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('aria-atomic', 'true');
    root.append(live);
    this.live = live;
    this.liveSince = performance.now();
    host.setAttribute('style', HOST_STYLE);
    // The old host, wherever the page put it, is an empty shell now.
    this.host?.remove();
    if (plain) this.doc.documentElement.append(host);
    this.host = host;
    this.root = root;
  }

  dispose(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.mountPoint = null;
    this.live = null;
  }
}
