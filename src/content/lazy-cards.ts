/**
 * Stands in for the card UI until its module has loaded: the content script
 * that runs on every page stays small, and the card's code (card-ui.js) is
 * fetched from the extension itself — never the network — once the reader
 * moves the pointer over a page that has names on it.
 */
import { extensionApi } from '../common/browser-api';
import type { Translator } from '../common/ui/strings';
import type * as CardUiModule from './card-ui';
import type { Highlighter } from './highlighter';
import type { HoverTarget } from './hover-controller';
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
  ) {}

  /** Starts loading the card's module (once); resolves when it is ready. */
  load(): Promise<void> {
    const { runtime } = extensionApi();
    this.loading ??= (import(/* webpackIgnore: true */ runtime.getURL('card-ui.js')) as Promise<typeof CardUiModule>)
      .then((mod) => {
        this.ui = mod.createCards(this.doc, this.index, this.highlighter, this.translate);
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

  setPointer(x: number, y: number): void {
    this.pointer = { x, y };
    this.ui?.cards.setPointer(x, y);
  }

  open(mention: Mention, onShown?: () => void): void {
    this.withUi((ui) => ui.cards.open(mention, onShown));
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
