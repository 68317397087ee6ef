/**
 * The open hover card's state: which mention it is attached to, which entity
 * it shows (related-entity buttons switch it, with a way back), and jumps
 * between the entity's mentions on the page.
 */
import { h } from 'preact';
import type { Dataset } from '../core/dataset-types';
import { EntityCard } from '../common/ui/EntityCard';
import { cardData, type CardData } from '../core/dataset-queries';
import { attachCard, type AttachedCard } from './card-position';
import type { CardHost } from './card-host';
import { liveRange } from './caret-from-point';
import type { Highlighter } from './highlighter';
import type { HoverTarget } from './hover-controller';
import { jumpToMention, stepMention } from './jump-to-mention';
import type { Mention, MentionIndex } from './mention-index';

interface OpenState {
  anchor: Mention;
  /** Entity ids shown, the last is on screen. */
  history: string[];
}

export class CardController implements HoverTarget {
  private state: OpenState | null = null;
  /** A card rendered and placed but not shown yet (the pointer is still dwelling on its name). */
  private prepared: Mention | null = null;
  private attached: AttachedCard | null = null;
  private readonly data: CardData;
  private pointer = { x: 0, y: 0 };

  constructor(
    private readonly doc: Document,
    dataset: Dataset,
    private readonly host: CardHost,
    private readonly index: MentionIndex,
    private readonly highlighter: Highlighter,
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

  /** True while keyboard focus is inside the card: pointer moves then do not close it. */
  hasFocus(): boolean {
    return this.host.shadowRoot?.activeElement != null;
  }

  open(mention: Mention, onShown?: () => void): void {
    if (this.prepared === mention && this.attached && !this.state) {
      // Rendered and placed during the dwell: only showing it is left.
      this.prepared = null;
      this.state = { anchor: mention, history: [mention.entityId] };
      this.attached.show(onShown);
      return;
    }
    clearTimeout(this.noticeTimer);
    this.prepared = null;
    this.state = { anchor: mention, history: [mention.entityId] };
    this.render(this.state, true);
    this.attached?.show(onShown);
  }

  /**
   * Renders and places the card for `mention` out of sight, so that `open`
   * has only to show it. Only while no card or notice is on screen: the
   * reader must not see a card change before the dwell is over.
   */
  prepare(mention: Mention, onPlaced?: () => void): void {
    if (this.state || this.prepared === mention || (this.attached && !this.prepared)) return;
    this.prepared = mention;
    this.render({ anchor: mention, history: [mention.entityId] }, true);
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
    this.state = null;
    this.attached?.detach();
    this.attached = null;
    this.host.hide();
    if (hadFocus) (this.doc.activeElement as HTMLElement | null)?.blur?.();
  }

  /** Moves keyboard focus into the open card (Tab while a card is open). */
  focus(): boolean {
    const card = this.host.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!card) return false;
    card.focus();
    return true;
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
    const next = stepMention(this.index.mentionsOf(entityId), this.state.anchor, step);
    if (!next) return;
    jumpToMention(next, this.highlighter);
    this.state.anchor = next;
    const live = liveRange(this.doc, next.range);
    const rect = live?.getBoundingClientRect();
    if (rect) this.pointer = { x: rect.left + 1, y: rect.top + rect.height / 2 };
    this.render(this.state, true);
    this.attached?.show();
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
