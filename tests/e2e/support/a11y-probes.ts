/**
 * What a keyboard, screen-reader or touch reader has in front of them,
 * read from the page under test (its main world, through TestPage.evaluate):
 * the document's selection, the live region, the open card and where focus
 * is inside it. Each function is self-contained: it is sent as source text.
 */

export interface ReaderState {
  /** The document's selection, as text. */
  selection: string;
  /** What the live region in our UI host says ('' when silent, null when there is no host yet). */
  live: string | null;
  /** The open, visible card: its entity and heading. */
  card: { entity: string | null; heading: string | null; position: string | null } | null;
  /** Focus is inside our UI host (the card). */
  focusInCard: boolean;
  /** The page's own focused element (localName), outside our host. */
  pageFocus: string;
}

export function readerState(): ReaderState {
  const hosts = [...document.querySelectorAll('summit-lens-ui'), ...document.documentElement.children];
  const host = hosts.find((el) => el.shadowRoot?.querySelector('.live')) ?? null;
  const root = host?.shadowRoot ?? null;
  const card = root?.querySelector<HTMLElement>('[data-entity]') ?? null;
  const shown = card !== null && card.getBoundingClientRect().width > 0 && getComputedStyle(card).visibility !== 'hidden';
  return {
    selection: String(document.getSelection() ?? ''),
    live: root ? (root.querySelector('.live')?.textContent ?? '') : null,
    card: shown
      ? {
          entity: card.getAttribute('data-entity'),
          heading: card.querySelector('h2')?.textContent?.trim() ?? null,
          position: card.querySelector('.mentions__pos')?.textContent?.trim() || null,
        }
      : null,
    focusInCard: host !== null && document.activeElement === host && root?.activeElement != null,
    pageFocus: document.activeElement?.localName ?? '',
  };
}

export interface FocusInfo {
  /** Button text or label, "dialog" for the card itself. */
  name: string;
  kind: string;
  /** Shown: rendered, not hidden, and inside the card's own box. */
  shown: boolean;
  outline: { style: string; width: number; contrast: number };
}

/** The element focused inside the card, described; null when focus is not in the card. */
export function focusInCard(): FocusInfo | null {
  const hosts = [...document.querySelectorAll('summit-lens-ui'), ...document.documentElement.children];
  const host = hosts.find((el) => el.shadowRoot?.querySelector('.live'));
  const root = host?.shadowRoot;
  const el = root?.activeElement as HTMLElement | null | undefined;
  const card = root?.querySelector<HTMLElement>('.card');
  if (!el || !card) return null;
  const parse = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]: number[]): number => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  const style = getComputedStyle(el);
  const ring = parse(style.outlineColor).slice(0, 3);
  const bg = parse(getComputedStyle(card).backgroundColor).slice(0, 3);
  const [hi, lo] = [lum(ring), lum(bg)].sort((a, b) => b - a);
  const r = el.getBoundingClientRect();
  const c = card.getBoundingClientRect();
  const inside = r.width > 0 && r.height > 0 && r.left >= c.left - 1 && r.right <= c.right + 1 && r.top >= c.top - 1 && r.bottom <= c.bottom + 1;
  return {
    name: el === card ? 'dialog' : el.localName === 'button' ? (el.getAttribute('aria-label') || el.title || el.textContent || '').trim() : el.className,
    kind: el === card ? 'card' : (el.className || el.localName),
    shown: inside && el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions),
    outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth), contrast: (hi! + 0.05) / (lo! + 0.05) },
  };
}

/** The centre of an element of the card (by selector, inside the shadow root), for a tap or a click. */
export function pointInCard(selector: string): { x: number; y: number } | null {
  const hosts = [...document.querySelectorAll('summit-lens-ui'), ...document.documentElement.children];
  const root = hosts.find((el) => el.shadowRoot?.querySelector('.card'))?.shadowRoot;
  const el = root?.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
}

export interface CardLayout {
  viewport: number;
  /** How far the page scrolls sideways (0: no horizontal scrolling). */
  overflowX: number;
  card: { left: number; right: number };
  /** Targets of the card smaller than 24 × 24 CSS pixels, as "name w×h". */
  small: string[];
  targets: number;
}

/** The open card's fit in the viewport and the size of its targets (WCAG 2.5.8). */
export function cardLayout(): CardLayout | null {
  const hosts = [...document.querySelectorAll('summit-lens-ui'), ...document.documentElement.children];
  const root = hosts.find((el) => el.shadowRoot?.querySelector('.card'))?.shadowRoot;
  const card = root?.querySelector<HTMLElement>('.card');
  if (!card) return null;
  const scroller = document.scrollingElement ?? document.documentElement;
  const c = card.getBoundingClientRect();
  const small: string[] = [];
  let targets = 0;
  for (const el of card.querySelectorAll<HTMLElement>('button, a[href]')) {
    if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
    targets++;
    const r = el.getBoundingClientRect();
    if (r.width < 24 || r.height < 24) small.push(`${(el.getAttribute('aria-label') || el.title || el.textContent || '').trim()} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
  }
  return { viewport: innerWidth, overflowX: scroller.scrollWidth - scroller.clientWidth, card: { left: c.left, right: c.right }, small, targets };
}

/**
 * Counts what is written into the live region from now on (a MutationObserver
 * in the page): how often the card was announced.
 */
export function countAnnouncements(): void {
  const hosts = [...document.querySelectorAll('summit-lens-ui'), ...document.documentElement.children];
  const live = hosts.find((el) => el.shadowRoot?.querySelector('.live'))?.shadowRoot?.querySelector('.live');
  const w = window as unknown as { summitAnnouncements: string[]; summitAnnouncer?: MutationObserver };
  w.summitAnnouncer?.disconnect();
  w.summitAnnouncements = [];
  if (!live) return;
  w.summitAnnouncer = new MutationObserver(() => {
    if (live.textContent) w.summitAnnouncements.push(live.textContent);
  });
  w.summitAnnouncer.observe(live, { childList: true, characterData: true, subtree: true });
}

export function announcements(): string[] {
  return (window as unknown as { summitAnnouncements?: string[] }).summitAnnouncements ?? [];
}
