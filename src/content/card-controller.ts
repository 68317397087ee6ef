/**
 * The open hover card's state: which mention it is attached to, which entity
 * it shows (related-entity buttons switch it, with a way back), and jumps
 * between the entity's mentions on the page; what opened it, where focus
 * goes back to when it closes, and what the live region says when it opens.
 */
import { h } from 'preact';
import type { Dataset } from '../core/dataset-types';
import { EntityCard } from '../common/ui/EntityCard';
import { cardData, type CardData } from '../core/dataset-queries';
import { attachCard, type AttachedCard } from './card-position';
import type { CardHost } from './card-host';
import { liveRange } from './caret-from-point';
import type { Highlighter } from './highlighter';
import type { HoverTarget, OpenedBy } from './hover-controller';
import { jumpToMention, stepMention } from './jump-to-mention';
import type { Mention, MentionIndex } from './mention-index';
import { formatMentionPosition, roleLine } from '../common/ui/format';
import { t } from '../common/ui/strings';

interface OpenState {
  anchor: Mention;
  /** Entity ids shown, the last is on screen. */
  history: string[];
  how: OpenedBy;
}

export interface CardEvents {
  /**
   * The card's previous/next buttons went to another mention; `byKeyboard`
   * when the keyboard opened the card or focus is in it (the selection then
   * follows the card, see name-navigator.ts).
   */
  onJump?: (mention: Mention, byKeyboard: boolean) => void;
}

/** Elements of the card that take focus, in order, among those shown. */
function focusableIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])')].filter((el) =>
    el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions),
  );
}

export class CardController implements HoverTarget {
  private state: OpenState | null = null;
  /** A card rendered and placed but not shown yet (the pointer is still dwelling on its name). */
  private prepared: Mention | null = null;
  private attached: AttachedCard | null = null;
  private readonly data: CardData;
  private pointer = { x: 0, y: 0 };
  /** Where focus was before it moved into the card (Tab): it goes back there when the card closes. */
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    dataset: Dataset,
    private readonly host: CardHost,
    private readonly index: MentionIndex,
    private readonly highlighter: Highlighter,
    private readonly events: CardEvents = {},
  ) {
    this.data = cardData(dataset);
  }

  setPointer(x: number, y: number): void {
    this.pointer = { x, y };
  }

  isOpen(): boolean {
    return this.state !== null;
  }

  current(): Mention | null {
    return this.state?.anchor ?? null;
  }

  isOwnEventTarget(target: EventTarget | null): boolean {
    return this.host.isOwnEventTarget(target);
  }

  isOwnNode(node: Node | null): boolean {
    return this.host.isOwnNode(node);
  }

  /** True while keyboard focus is inside the card: pointer moves then do not close it. */
  hasFocus(): boolean {
    return this.host.shadowRoot?.activeElement != null;
  }

  openedBy(): OpenedBy | null {
    return this.state?.how ?? null;
  }

  holdsOpen(): boolean {
    return this.state !== null && (this.state.how !== 'pointer' || this.hasFocus());
  }

  open(mention: Mention, onShown?: () => void, how: OpenedBy = 'pointer'): void {
    const shown = () => {
      this.announceOpen(mention);
      onShown?.();
    };
    if (this.prepared === mention && this.attached && !this.state) {
      // Rendered and placed during the dwell: only showing it is left.
      this.prepared = null;
      this.state = { anchor: mention, history: [mention.entityId], how };
      this.attached.show(shown);
      return;
    }
    clearTimeout(this.noticeTimer);
    this.prepared = null;
    // The keyboard has no pointer: the card goes against the name's first line.
    if (how === 'keyboard') this.pointAt(mention);
    this.state = { anchor: mention, history: [mention.entityId], how };
    this.render(this.state, true);
    this.attached?.show(shown);
  }

  /** "Vladimir Putin: President of Russia", once per card opened. */
  private announceOpen(mention: Mention): void {
    const entity = this.data.lookup(mention.entityId);
    if (entity) this.host.announce(t('announce_card', entity.name, roleLine(entity)), t('card_lang'));
  }

  private pointAt(mention: Mention): void {
    const rect = liveRange(this.doc, mention.range)?.getClientRects()[0];
    if (rect) this.pointer = { x: rect.left + 1, y: rect.top + rect.height / 2 };
  }

  /**
   * Renders and places the card for `mention` out of sight, so that `open`
   * has only to show it. Only while no card or notice is on screen: the
   * reader must not see a card change before the dwell is over.
   */
  prepare(mention: Mention, onPlaced?: () => void): void {
    if (this.state || this.prepared === mention || (this.attached && !this.prepared)) return;
    this.prepared = mention;
    this.render({ anchor: mention, history: [mention.entityId], how: 'pointer' }, true);
    if (onPlaced) this.attached?.whenPlaced(onPlaced);
  }

  /**
   * Drops a prepared card (the pointer moved on before the dwell was over).
   * Its hidden elements stay for the next card to update in place: removing
   * them would cost the page a frame for nothing.
   */
  unprepare(): void {
    if (!this.prepared) return;
    this.prepared = null;
    this.attached?.detach();
    this.attached = null;
  }

  private noticeTimer = 0;

  /** A short message at `range` (a lookup that found nothing); it goes by itself. */
  showNotice(text: string, range: Range): void {
    this.close();
    const mount = this.host.show(
      h('div', { class: 'positioner', style: { position: 'fixed', left: '0px', top: '0px', visibility: 'hidden' } },
        h('div', { class: 'notice', role: 'status' }, text)),
    );
    const positioner = mount.firstElementChild as HTMLElement | null;
    if (!positioner) return;
    const rect = range.getBoundingClientRect();
    this.attached = attachCard(
      { getBoundingClientRect: () => range.getBoundingClientRect(), getClientRects: () => range.getClientRects() },
      positioner,
      { x: rect.left, y: rect.top + rect.height / 2 },
      () => this.hideNotice(),
    );
    this.attached.show();
    clearTimeout(this.noticeTimer);
    this.noticeTimer = window.setTimeout(() => this.hideNotice(), 3000);
  }

  private hideNotice(): void {
    if (this.state || this.prepared) return;
    this.attached?.detach();
    this.attached = null;
    this.host.hide();
  }

  close(): void {
    if (!this.state) {
      this.unprepare();
      return;
    }
    const hadFocus = this.hasFocus();
    const back = this.returnFocus;
    this.returnFocus = null;
    this.state = null;
    this.attached?.detach();
    this.attached = null;
    this.host.hide();
    if (!hadFocus) return;
    // Back where focus was before Tab took it into the card, or nowhere in particular.
    if (back?.isConnected) back.focus({ preventScroll: true });
    else (this.doc.activeElement as HTMLElement | null)?.blur?.();
  }

  /** Moves keyboard focus into the open card (Tab while a card is open). */
  focus(): boolean {
    const card = this.host.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!card) return false;
    const active = this.doc.activeElement as HTMLElement | null;
    // Not when focus merely fell out of a card being replaced (to <body>, or still our host).
    if (active && active !== this.doc.body && !this.host.isOwnNode(active)) this.returnFocus = active;
    card.focus({ preventScroll: true });
    return true;
  }

  /**
   * Tab on the card's last control goes round to its first, Shift+Tab on the
   * first (or on the card itself) to the last: the card is a dialog, and
   * what follows its host in the page is nowhere near the name. Escape
   * leaves it. True when the key was used here.
   */
  wrapFocus(backwards: boolean): boolean {
    const root = this.host.shadowRoot;
    const card = root?.querySelector<HTMLElement>('.card');
    if (!root || !card || !this.hasFocus()) return false;
    const items = focusableIn(card);
    if (items.length === 0) return false;
    const active = root.activeElement;
    if (backwards && (active === items[0] || active === card)) {
      items[items.length - 1]!.focus();
      return true;
    }
    if (!backwards && active === items[items.length - 1]) {
      items[0]!.focus();
      return true;
    }
    return false;
  }

  private openEntity(id: string): void {
    if (!this.state || !this.data.lookup(id)) return;
    this.state.history.push(id);
    this.render(this.state, false);
  }

  private back(): void {
    if (!this.state || this.state.history.length < 2) return;
    this.state.history.pop();
    this.render(this.state, false);
  }

  private jump(step: 1 | -1): void {
    if (!this.state) return;
    const entityId = this.state.history[this.state.history.length - 1]!;
    const list = this.index.mentionsOf(entityId);
    const next = stepMention(list, this.state.anchor, step);
    if (!next) return;
    jumpToMention(next, this.highlighter);
    this.state.anchor = next;
    const live = liveRange(this.doc, next.range);
    const rect = live?.getBoundingClientRect();
    if (rect) this.pointer = { x: rect.left + 1, y: rect.top + rect.height / 2 };
    this.render(this.state, true);
    this.attached?.show();
    const entity = this.data.lookup(entityId);
    const position = formatMentionPosition(list.indexOf(next), list.length);
    if (entity && position) this.host.announce(t('announce_position', entity.name, position), t('card_lang'));
    this.events.onJump?.(next, this.state.how === 'keyboard' || this.hasFocus());
  }

  /** Renders the card for `state` and, when `reanchor`, attaches it (hidden until shown) to its mention. */
  private render(state: OpenState, reanchor: boolean): void {
    const entityId = state.history[state.history.length - 1]!;
    const entity = this.data.lookup(entityId);
    if (!entity) return;
    const position = this.index.positionOf(entityId, state.anchor);
    const mount = this.host.show(
      h(
        'div',
        { class: 'positioner', style: { position: 'fixed', left: '0px', top: '0px', visibility: 'hidden' } },
        h(EntityCard, {
          entity,
          data: this.data,
          onOpenEntity: (id: string) => this.openEntity(id),
          onBack: state.history.length > 1 ? () => this.back() : undefined,
          mentions: {
            count: position.count,
            index: position.index,
            onPrev: () => this.jump(-1),
            onNext: () => this.jump(1),
          },
          variant: 'hover',
          onClose: () => this.close(),
        }),
      ),
    );
    if (!reanchor && this.attached) return;
    this.attached?.detach();
    this.attached = null;
    const positioner = mount.firstElementChild as HTMLElement | null;
    const range = liveRange(this.doc, state.anchor.range);
    if (!positioner || !range) {
      this.close();
      return;
    }
    this.attached = attachCard(
      {
        getBoundingClientRect: () => range.getBoundingClientRect(),
        getClientRects: () => range.getClientRects(),
        contextElement: state.anchor.range.startContainer.parentElement ?? undefined,
      },
      positioner,
      this.pointer,
      () => this.close(),
    );
  }
}
