/**
 * Functions that run inside the page under test (its main world), through
 * TestPage.evaluate. Each is self-contained: it is sent as source text.
 * They read only what any page script could see: the highlight registry,
 * the extension's host element and its OPEN shadow root.
 */

export interface RangeInfo {
  text: string;
  /** A point inside the range's first line box, in viewport coordinates. */
  x: number;
  y: number;
}

/** Texts of all highlighted ranges in document order (both style registries). */
export function highlightedTexts(): string[] {
  const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const all: AbstractRange[] = [];
  for (const name of ['summit-lens-underline', 'summit-lens-background']) {
    const h = reg.get(name);
    if (h) for (const r of h) all.push(r);
  }
  const live = all.map((r) => {
    const x = document.createRange();
    x.setStart(r.startContainer, r.startOffset);
    x.setEnd(r.endContainer, r.endOffset);
    return x;
  });
  // Ranges inside shadow trees cannot be compared with the document's
  // directly: order them by their hosts in the document, then by position.
  const anchor = (n: Node): Node => {
    let x = n;
    for (let root = x.getRootNode(); root instanceof ShadowRoot; root = x.getRootNode()) x = root.host;
    return x;
  };
  live.sort((a, b) => {
    if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) {
      return a.compareBoundaryPoints(Range.START_TO_START, b);
    }
    const pos = anchor(a.startContainer).compareDocumentPosition(anchor(b.startContainer));
    return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
  });
  return live.map((r) => r.toString());
}

/** Number of highlighted ranges; -1 when no registry entry exists. */
export function highlightCount(): number {
  const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const h = reg.get('summit-lens-underline') ?? reg.get('summit-lens-background');
  return h ? h.size : -1;
}

/**
 * Scrolls the i-th highlighted range (document order) into view and returns a
 * point on it. Null when there is no such range or it has no visible box.
 */
export function pointOnHighlight(i: number): RangeInfo | null {
  const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const h = reg.get('summit-lens-underline') ?? reg.get('summit-lens-background');
  if (!h) return null;
  const live = [...h].map((r) => {
    const x = document.createRange();
    x.setStart(r.startContainer, r.startOffset);
    x.setEnd(r.endContainer, r.endOffset);
    return x;
  });
  // Ranges inside shadow trees cannot be compared with the document's
  // directly: order them by their hosts in the document, then by position.
  const anchor = (n: Node): Node => {
    let x = n;
    for (let root = x.getRootNode(); root instanceof ShadowRoot; root = x.getRootNode()) x = root.host;
    return x;
  };
  live.sort((a, b) => {
    if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) {
      return a.compareBoundaryPoints(Range.START_TO_START, b);
    }
    const pos = anchor(a.startContainer).compareDocumentPosition(anchor(b.startContainer));
    return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
  });
  const range = live[i];
  if (!range) return null;
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
  if (!rect) return null;
  const x = rect.left + Math.min(rect.width / 2, 6);
  const y = rect.top + rect.height / 2;
  // A name under an overlay (a sticky banner, a modal) cannot be hovered by a reader either.
  const top = document.elementFromPoint(x, y);
  let textParent = range.startContainer.parentElement;
  while (textParent && textParent.getRootNode() instanceof ShadowRoot) {
    textParent = (textParent.getRootNode() as ShadowRoot).host as HTMLElement;
  }
  if (!top || !textParent || !(top === textParent || top.contains(textParent) || textParent.contains(top))) return null;
  return { text: range.toString(), x, y };
}

/** Finds the first visible occurrence of `word` in the page's text and returns a point on it. */
export function pointOnWord(word: string): RangeInfo | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(word);
    if (at < 0) continue;
    const r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + word.length);
    r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const rect = [...r.getClientRects()].find((b) => b.width > 0 && b.height > 0);
    if (rect) return { text: word, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

export interface CardInfo {
  entity: string | null;
  heading: string | null;
  role: string | null;
  label: string | null;
  rect: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
  hostCount: number;
  /** The card's "2 of 3" (where its mention stands among the entity's on the page); null when it shows none. */
  position: string | null;
}

/** The open card, if any: read through the host element's open shadow root. */
export function openCard(): CardInfo | null {
  const hosts = document.querySelectorAll('summit-lens-ui');
  // The host is <summit-lens-ui> in <html>, unless the page took that tag name
  // for itself: then it is another element in <html>, with the card in its open shadow root.
  const candidates = [...hosts, ...document.documentElement.children];
  const host = candidates.find((el) => el.shadowRoot?.querySelector('[data-entity]'));
  const card = host?.shadowRoot?.querySelector<HTMLElement>('[data-entity]');
  if (!card) return null;
  const heading = card.querySelector('h1, h2, h3');
  const r = card.getBoundingClientRect();
  if (r.width === 0 || getComputedStyle(card).visibility === 'hidden') return null;
  const labelledBy = card.getAttribute('aria-labelledby');
  return {
    entity: card.getAttribute('data-entity'),
    heading: heading?.textContent?.trim() ?? null,
    role: card.getAttribute('role'),
    label: labelledBy ? (host!.shadowRoot!.getElementById(labelledBy)?.textContent?.trim() ?? null) : null,
    rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
    viewport: { width: innerWidth, height: innerHeight },
    hostCount: hosts.length,
    position: card.querySelector('.mentions__pos')?.textContent?.trim() || null,
  };
}

/**
 * The page's DOM as text. Async scripts that the page's own loaders insert
 * land in whichever order their loaders happen to run (the saved New York
 * Times page inserts two such tags that swap places from one load to the
 * next, with or without the extension): each parent's async script tags are
 * written in a fixed order, so that only a real difference counts.
 */
export function serializeDom(): string {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  const parents = new Set([...clone.querySelectorAll('script[async]')].map((s) => s.parentNode!));
  for (const parent of parents) {
    const scripts = [...parent.childNodes].filter((n): n is HTMLScriptElement => n instanceof HTMLScriptElement && n.async);
    const sorted = [...scripts].sort((a, b) => (a.outerHTML < b.outerHTML ? -1 : a.outerHTML > b.outerHTML ? 1 : 0));
    // Swap the tags into the places the tags held, in sorted order: the text between them stays put.
    const marks = scripts.map((s) => {
      const mark = document.createComment('');
      parent.replaceChild(mark, s);
      return mark;
    });
    marks.forEach((mark, i) => parent.replaceChild(sorted[i]!, mark));
  }
  return clone.outerHTML;
}

/** Nodes that are direct children of <html> other than <head> and <body>. */
export function extraRootChildren(): string[] {
  return [...document.documentElement.children]
    .filter((c) => c !== document.head && c !== document.body)
    .map((c) => c.localName);
}
