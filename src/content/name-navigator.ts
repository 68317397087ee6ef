/**
 * The keyboard's way to the names: the next/previous name in reading order
 * (the browser's keyboard commands, through the background), the popup's
 * "This page", Escape and Tab while a card is open.
 *
 * Going to a name scrolls it into view, flashes it, makes it the document's
 * selection (where a screen reader and the reader's eyes land) and opens its
 * card without taking focus: Tab moves into the card, Escape closes it and
 * puts the selection back on the name.
 *
 * Each frame keeps a cursor: the name it last went to, or the child frame the
 * reader went into. The next step starts from where the reader is: a
 * selection or caret they placed since, else the open card's name, else the
 * cursor, else the top (or bottom) of the view.
 */
import type { StepAnswer, StepDirection, StepMode } from '../common/messages';
import { caretFromPoint, liveRange } from './caret-from-point';
import { ELEMENT_NODE } from './dom-constants';
import { childFrameIndex, ownFramePath, samePath } from './frame-path';
import type { Highlighter } from './highlighter';
import type { OpenedBy } from './hover-controller';
import { jumpToMention, stepMention } from './jump-to-mention';
import type { Mention, MentionIndex } from './mention-index';
import { nextStop, stopPoint, type BoundaryPoint, type Stop, type StopSource } from './reading-order';

/** What the navigator needs of the cards (LazyCards). */
export interface NavigatorCards {
  open(mention: Mention, onShown?: () => void, how?: OpenedBy): void;
  close(): void;
  isOpen(): boolean;
  current(): Mention | null;
  openedBy(): OpenedBy | null;
  hasFocus(): boolean;
  focus(): boolean;
  wrapFocus(backwards: boolean): boolean;
  isOwnNode(node: Node | null): boolean;
}

export interface NavigatorContext {
  win: Window;
  index: MentionIndex;
  cards: NavigatorCards;
  highlighter: Highlighter;
  /** The page's open shadow roots (the scanner's), for frames inside them and for caret lookups. */
  shadowRoots: () => ShadowRoot[];
  /** False while the page is paused or switched off: no name to go to here. */
  active: () => boolean;
}

/** The selection as it was read back right after we made it: a different one is the reader's. */
interface SelectionMark {
  anchorNode: Node | null;
  anchorOffset: number;
  focusNode: Node | null;
  focusOffset: number;
}

function markOf(sel: Selection): SelectionMark {
  return { anchorNode: sel.anchorNode, anchorOffset: sel.anchorOffset, focusNode: sel.focusNode, focusOffset: sel.focusOffset };
}

function sameMark(a: SelectionMark, b: SelectionMark): boolean {
  return a.anchorNode === b.anchorNode && a.anchorOffset === b.anchorOffset && a.focusNode === b.focusNode && a.focusOffset === b.focusOffset;
}

/** Frames smaller than this (tracking pixels, hidden helpers) are not places a reader goes. */
const MIN_FRAME_SIDE = 2;

export function isTyping(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.localName;
  return tag === 'input' || tag === 'textarea' || tag === 'select' || (el as HTMLElement).isContentEditable;
}

export class NameNavigator {
  private cursor: Stop | null = null;
  private mark: SelectionMark | null = null;
  /** The card open at the end of the last step: another one now was opened by the reader since. */
  private seenOpen: Mention | null = null;
  /** The popup's "This page" goes through one entity's mentions in turn. */
  private readonly lastOfEntity = new Map<string, Mention>();

  constructor(private readonly ctx: NavigatorContext) {}

  private get doc(): Document {
    return this.ctx.win.document;
  }

  /** Answers a step addressed to this frame; null when it is addressed to another. */
  step(direction: StepDirection, mode: StepMode, path: readonly number[]): StepAnswer | null {
    const own = ownFramePath(this.ctx.win);
    if (!own || !samePath(own, path)) return null;
    const answer = this.ctx.active() ? this.stepHere(direction, mode) : { kind: 'end' as const };
    this.seenOpen = this.ctx.cards.isOpen() ? this.ctx.cards.current() : null;
    return answer;
  }

  private stepHere(direction: StepDirection, mode: StepMode): StepAnswer {
    let from: BoundaryPoint | null = null;
    let inclusive = false;
    if (mode === 'past' && this.cursor) {
      from = stopPoint(this.cursor);
    } else if (mode === 'resume') {
      const placed = this.readerSelection(direction);
      const open = this.ctx.cards.isOpen() ? this.ctx.cards.current() : null;
      if (placed) {
        from = placed;
        inclusive = direction === 1;
      } else if (open && open !== this.seenOpen && !(this.cursor?.kind === 'mention' && this.cursor.mention === open)) {
        from = stopPoint({ kind: 'mention', mention: open });
      } else if (this.cursor?.kind === 'frame' && this.cursor.element.isConnected) {
        const child = childFrameIndex(this.ctx.win, this.cursor.element);
        if (child >= 0) return { kind: 'descend', child, resume: true };
        from = stopPoint(this.cursor);
      } else if (this.cursor?.kind === 'mention' && this.cursor.mention.range.startContainer.isConnected) {
        from = stopPoint(this.cursor);
      } else {
        from = this.viewEdge(direction);
        inclusive = direction === 1;
      }
    }
    const stop = nextStop(this.doc, this.source(), from, direction, inclusive);
    if (!stop) return { kind: 'end' };
    if (stop.kind === 'frame') {
      this.cursor = stop;
      this.dropSelection();
      return { kind: 'descend', child: childFrameIndex(this.ctx.win, stop.element), resume: false };
    }
    this.goTo(stop.mention);
    return { kind: 'shown' };
  }

  /** Scrolls to the name, selects it and opens its card (focus stays where it is, or in the card if it was there). */
  goTo(mention: Mention, how: OpenedBy = 'keyboard'): void {
    const { cards } = this.ctx;
    const focusInCard = cards.hasFocus();
    jumpToMention(mention, this.ctx.highlighter);
    this.select(mention);
    this.cursor = { kind: 'mention', mention };
    cards.open(mention, focusInCard ? () => cards.focus() : undefined, how);
  }

  /** The popup's "This page": the entity's next mention, in turn; false when it has none. */
  goToEntity(entityId: string): boolean {
    const next = stepMention(this.ctx.index.mentionsOf(entityId), this.lastOfEntity.get(entityId) ?? null, 1);
    if (!next) return false;
    this.lastOfEntity.set(entityId, next);
    this.goTo(next);
    return true;
  }

  /** The card's own previous/next buttons moved it: the cursor (and, for a keyboard reader, the selection) follows. */
  follow(mention: Mention, byKeyboard: boolean): void {
    this.cursor = { kind: 'mention', mention };
    if (byKeyboard) this.select(mention);
  }

  /** A name in another frame (`path`) was just gone to: close what the keyboard opened here and drop our selection. */
  release(path: readonly number[]): void {
    const own = ownFramePath(this.ctx.win);
    if (!own || samePath(own, path)) return;
    const { cards } = this.ctx;
    if (cards.isOpen() && cards.openedBy() !== 'pointer') cards.close();
    this.dropSelection();
  }

  /** Escape and Tab while a card is open (keydown, capture phase, from the early listeners). */
  onKeyDown(e: KeyboardEvent): void {
    const { cards } = this.ctx;
    if (!cards.isOpen()) return;
    if (e.key === 'Escape') {
      const mention = cards.current();
      const byKeyboard = cards.openedBy() !== 'pointer' || cards.hasFocus();
      cards.close();
      // Back on the name, for the keyboard reader: the selection, and the next step from there.
      if (mention && byKeyboard) {
        this.cursor = { kind: 'mention', mention };
        this.select(mention);
      }
    } else if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      if (cards.hasFocus()) {
        if (cards.wrapFocus(e.shiftKey)) e.preventDefault();
      } else if (!isTyping(this.doc.activeElement)) {
        // Keyboard readers reach the open card with Tab; Escape leaves it.
        if (cards.focus()) e.preventDefault();
      }
    }
  }

  private source(): StopSource {
    const roots = new Map<Element, ShadowRoot>();
    for (const root of this.ctx.shadowRoots()) roots.set(root.host, root);
    return {
      mentionsAt: (text) => this.ctx.index.atText(text),
      isFrame: (el) => {
        const tag = el.localName;
        if (tag !== 'iframe' && tag !== 'frame') return false;
        const box = el.getBoundingClientRect();
        return box.width >= MIN_FRAME_SIDE && box.height >= MIN_FRAME_SIDE && childFrameIndex(this.ctx.win, el) >= 0;
      },
      shadowOf: (el) => roots.get(el) ?? null,
    };
  }

  /** Makes the mention the document's selection and remembers it as ours. */
  private select(mention: Mention): void {
    const sel = this.doc.getSelection();
    const range = liveRange(this.doc, mention.range);
    if (!sel || !range) return;
    try {
      sel.removeAllRanges();
      sel.addRange(range);
      this.mark = markOf(sel);
    } catch {
      // A range the browser will not select (a shadow tree it cannot select into): the card still opens.
      this.mark = null;
    }
  }

  private dropSelection(): void {
    const sel = this.doc.getSelection();
    if (sel && this.mark && sameMark(markOf(sel), this.mark)) sel.removeAllRanges();
    this.mark = null;
  }

  /**
   * Where the reader's own selection or caret is, if they placed one since we
   * last selected a name (and it is not in our card): the end of it going
   * forwards, its start going back.
   */
  private readerSelection(direction: StepDirection): BoundaryPoint | null {
    const sel = this.doc.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    if (this.mark && sameMark(markOf(sel), this.mark)) return null;
    const range = sel.getRangeAt(0);
    const node = direction === 1 ? range.endContainer : range.startContainer;
    const offset = direction === 1 ? range.endOffset : range.startOffset;
    // A click in the card may leave a caret at its host (retargeted out of the shadow tree).
    const at = node.nodeType === ELEMENT_NODE ? node.childNodes[offset] ?? null : null;
    if (this.ctx.cards.isOwnNode(node) || this.ctx.cards.isOwnNode(at)) return null;
    return { node, offset };
  }

  /** The caret at the top of the view going forwards, at its bottom going back. */
  private viewEdge(direction: StepDirection): BoundaryPoint | null {
    const { win } = this.ctx;
    const scrolled = win.scrollY > 0 || win.scrollX > 0;
    if (direction === 1 && !scrolled) return null;
    const caret = caretFromPoint(this.doc, win.innerWidth / 2, direction === 1 ? 1 : win.innerHeight - 2, this.ctx.shadowRoots());
    if (!caret || this.ctx.cards.isOwnNode(caret.node)) return null;
    return { node: caret.node, offset: caret.offset };
  }
}
