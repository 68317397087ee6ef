/**
 * Stands in for the card UI until its module has loaded: the content script
 * that runs on every page stays small, and the card's code (card-ui.js) is
 * fetched from the extension itself — never the network — once the reader
 * moves the pointer over a page that has names on it.
 */
import { extensionApi } from '../common/browser-api';
import type { Translator } from '../common/ui/strings';
import type { StepAnswer, StepDirection, StepMode } from '../common/messages';
import type * as CardUiModule from './card-ui';
import type { Highlighter } from './highlighter';
import type { HoverTarget, OpenedBy } from './hover-controller';
import type { Mention, MentionIndex } from './mention-index';
import { reportError } from './report-error';

type CardUi = ReturnType<typeof CardUiModule.createCards>;

export class LazyCards implements HoverTarget {
  private ui: CardUi | null = null;
  private loading: Promise<void> | null = null;
  private pending: (() => void) | null = null;
  private pointer = { x: 0, y: 0 };

  constructor(
    private readonly doc: Document,
    private readonly index: MentionIndex,
    private readonly highlighter: Highlighter,
    private readonly translate: Translator,
    private readonly page: CardUiModule.PageContext,
  ) {}

  /** Starts loading the card's module (once); resolves when it is ready. */
  load(): Promise<void> {
    const { runtime } = extensionApi();
    this.loading ??= (import(/* webpackIgnore: true */ runtime.getURL('card-ui.js')) as Promise<typeof CardUiModule>)
      .then((mod) => {
        this.ui = mod.createCards(this.doc, this.index, this.highlighter, this.translate, this.page);
        this.ui.cards.setPointer(this.pointer.x, this.pointer.y);
        const run = this.pending;
        this.pending = null;
        run?.();
      })
      .catch((err) => reportError('loading the card', err));
    return this.loading;
  }

  /** Runs `action` with the card UI now, or as soon as it has loaded. */
  private withUi(action: (ui: CardUi) => void): void {
    if (this.ui) {
      action(this.ui);
      return;
    }
    this.pending = () => this.ui && action(this.ui);
    void this.load();
  }

  isOwnNode(node: Node | null): boolean {
    return this.ui?.host.isOwnNode(node) ?? false;
  }

  isOwnEventTarget(target: EventTarget | null): boolean {
    return this.ui?.cards.isOwnEventTarget(target) ?? false;
  }

  isOpen(): boolean {
    return this.ui?.cards.isOpen() ?? false;
  }

  current(): Mention | null {
    return this.ui?.cards.current() ?? null;
  }

  hasFocus(): boolean {
    return this.ui?.cards.hasFocus() ?? false;
  }

  openedBy(): OpenedBy | null {
    return this.ui?.cards.openedBy() ?? null;
  }

  holdsOpen(): boolean {
    return this.ui?.cards.holdsOpen() ?? false;
  }

  /** The keyboard's next/previous name in this frame (see name-navigator.ts); loads the card's code first. */
  async step(direction: StepDirection, mode: StepMode, path: number[]): Promise<StepAnswer> {
    await this.load();
    return this.ui?.navigator.step(direction, mode, path) ?? { kind: 'end' };
  }

  /** The popup's "This page": the entity's next mention, selected, its card open. */
  async goToEntity(entityId: string): Promise<boolean> {
    await this.load();
    return this.ui?.navigator.goToEntity(entityId) ?? false;
  }

  /** A name in another frame was gone to (nothing to let go of before the card's code has loaded). */
  release(path: number[]): void {
    this.ui?.navigator.release(path);
  }

  /** Escape and Tab while a card is open: a card is open only once the card's code has loaded. */
  onKeyDown(e: KeyboardEvent): void {
    this.ui?.navigator.onKeyDown(e);
  }

  setPointer(x: number, y: number): void {
    this.pointer = { x, y };
    this.ui?.cards.setPointer(x, y);
  }

  open(mention: Mention, onShown?: () => void, how?: OpenedBy): void {
    this.withUi((ui) => ui.cards.open(mention, onShown, how));
  }

  prepare(mention: Mention, onPlaced?: () => void): void {
    // Before the card's code has loaded there is nothing to prepare with: start loading it.
    if (this.ui) this.ui.cards.prepare(mention, onPlaced);
    else void this.load();
  }

  unprepare(): void {
    this.ui?.cards.unprepare();
  }

  close(): void {
    this.pending = null;
    this.ui?.cards.close();
  }

  focus(): boolean {
    return this.ui?.cards.focus() ?? false;
  }

  /** The notice for a context-menu lookup that names nothing we know. */
  showNoMatch(selected: string, range: Range): void {
    this.withUi((ui) => ui.cards.showNotice(ui.t('lookup_no_match', selected), range));
  }
}
