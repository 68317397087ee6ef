// happy-dom has no StaticRange, which the scanner makes for every name it
// finds. The standard's StaticRange is only a record of two boundary points
// (no validation against the tree, no live updates), so this is that record,
// not a stand-in with behaviour of its own.
if (typeof globalThis.StaticRange !== 'function') {
  class StaticRangeRecord {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
    get collapsed(): boolean {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  }
  globalThis.StaticRange = StaticRangeRecord as unknown as typeof StaticRange;
}
