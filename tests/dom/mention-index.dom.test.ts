/**
 * The index of every mention on a page (src/content/mention-index.ts): by
 * owner block, by text node (hit-testing), by entity (counts, document order,
 * "2 of 7").
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareMentions, MentionIndex, textNodesOf, type Mention } from '../../src/content/mention-index';
import { clearPage } from '../fixtures/load-page';

let a: HTMLElement;
let b: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '<p id="a">Vladimir <em>Putin</em> met Xi</p><p id="b">Putin and <b>Xi</b> Jinping</p>';
  a = document.getElementById('a')!;
  b = document.getElementById('b')!;
});
afterEach(() => clearPage());

/** A mention from [node, offset] to [node, offset], with the text nodes it spans. */
function mention(entityId: string, owner: Node, start: [Node, number], end: [Node, number]): [Mention, Node[]] {
  const range = new StaticRange({ startContainer: start[0], startOffset: start[1], endContainer: end[0], endOffset: end[1] });
  return [{ entityId, range, owner, demonym: false }, textNodesOf(range)];
}

/** The page's four mentions: a split "Vladimir Putin", "Xi", "Putin", a split "Xi Jinping". */
function pageMentions() {
  const [vladimir, putin, metXi] = [a.firstChild!, a.querySelector('em')!.firstChild!, a.lastChild!];
  const [bPutin, bXi, bJinping] = [b.firstChild!, b.querySelector('b')!.firstChild!, b.lastChild!];
  return {
    vladimirPutin: mention('vladimir-putin', a, [vladimir, 0], [putin, 5]),
    xiInA: mention('xi-jinping', a, [metXi, 5], [metXi, 7]),
    putinInB: mention('vladimir-putin', b, [bPutin, 0], [bPutin, 5]),
    xiJinping: mention('xi-jinping', b, [bXi, 0], [bJinping, 8]),
  };
}

describe('MentionIndex', () => {
  it('finds a mention from every text node it spans, and only from those', () => {
    const index = new MentionIndex();
    const m = pageMentions();
    for (const [mention, nodes] of Object.values(m)) index.add(mention, nodes);
    expect(index.atText(a.firstChild!)).toEqual([m.vladimirPutin[0]]);
    expect(index.atText(a.querySelector('em')!.firstChild!)).toEqual([m.vladimirPutin[0]]);
    expect(index.atText(a.lastChild!)).toEqual([m.xiInA[0]]);
    expect(index.atText(b.lastChild!)).toEqual([m.xiJinping[0]]);
    expect(index.atText(a)).toEqual([]);
  });

  it('counts by entity, and removing an owner takes its mentions out of every view', () => {
    const index = new MentionIndex();
    const m = pageMentions();
    for (const [mention, nodes] of Object.values(m)) index.add(mention, nodes);
    expect(index.size).toBe(4);
    expect(index.ownerCount).toBe(2);
    expect(Object.fromEntries(index.countsByEntity())).toEqual({ 'vladimir-putin': 2, 'xi-jinping': 2 });
    expect(index.rangesOf(b)).toEqual([m.putinInB[0].range, m.xiJinping[0].range]);

    expect(index.removeOwner(b)).toEqual([m.putinInB[0], m.xiJinping[0]]);
    expect(index.size).toBe(2);
    expect([...index.owners()]).toEqual([a]);
    expect(index.atText(b.lastChild!)).toEqual([]);
    expect(index.rangesOf(b)).toEqual([]);
    expect(Object.fromEntries(index.countsByEntity())).toEqual({ 'vladimir-putin': 1, 'xi-jinping': 1 });
    expect(index.removeOwner(b)).toEqual([]);

    expect(index.clear()).toEqual([m.vladimirPutin[0], m.xiInA[0]]);
    expect(index.size).toBe(0);
    expect(index.countsByEntity().size).toBe(0);
    expect(index.atText(a.firstChild!)).toEqual([]);
  });

  it('lists an entity in document order whatever the order of adding, and says where a mention stands', () => {
    const index = new MentionIndex();
    const m = pageMentions();
    // Block b was rescanned last: its mentions come in after a's, and its
    // mentions in reverse, as after a page rewrote it.
    index.add(...m.xiJinping);
    index.add(...m.putinInB);
    index.add(...m.xiInA);
    index.add(...m.vladimirPutin);
    expect(index.mentionsOf('vladimir-putin')).toEqual([m.vladimirPutin[0], m.putinInB[0]]);
    expect(index.mentionsOf('xi-jinping')).toEqual([m.xiInA[0], m.xiJinping[0]]);
    expect(index.mentionsOf('nobody')).toEqual([]);
    // Without the sorted list (no cached answer) and with it, the same answer.
    const fresh = new MentionIndex();
    for (const [mention, nodes] of [m.putinInB, m.vladimirPutin]) fresh.add(mention, nodes);
    expect(fresh.positionOf('vladimir-putin', m.putinInB[0])).toEqual({ index: 1, count: 2 });
    expect(fresh.positionOf('vladimir-putin', m.vladimirPutin[0])).toEqual({ index: 0, count: 2 });
    fresh.mentionsOf('vladimir-putin');
    expect(fresh.positionOf('vladimir-putin', m.putinInB[0])).toEqual({ index: 1, count: 2 });
    expect(fresh.positionOf('vladimir-putin', m.xiInA[0])).toEqual({ index: -1, count: 2 });
  });

  it('does not answer from a stale sorted list after a change', () => {
    const index = new MentionIndex();
    const m = pageMentions();
    index.add(...m.putinInB);
    expect(index.mentionsOf('vladimir-putin')).toEqual([m.putinInB[0]]);
    index.add(...m.vladimirPutin);
    expect(index.mentionsOf('vladimir-putin')).toEqual([m.vladimirPutin[0], m.putinInB[0]]);
    expect(index.positionOf('vladimir-putin', m.putinInB[0])).toEqual({ index: 1, count: 2 });
    index.removeOwner(a);
    expect(index.mentionsOf('vladimir-putin')).toEqual([m.putinInB[0]]);
    expect(index.positionOf('vladimir-putin', m.putinInB[0])).toEqual({ index: 0, count: 1 });
  });
});

describe('textNodesOf and compareMentions', () => {
  it('lists the text nodes a range spans, across inline elements', () => {
    const { vladimirPutin, xiJinping, xiInA } = pageMentions();
    expect(vladimirPutin[1].map((n) => n.textContent)).toEqual(['Vladimir ', 'Putin']);
    expect(xiJinping[1].map((n) => n.textContent)).toEqual(['Xi', ' Jinping']);
    expect(xiInA[1].map((n) => n.textContent)).toEqual([' met Xi']);
  });

  it('orders by position in the document, then by offset inside one text node', () => {
    const t = a.lastChild!; // " met Xi"
    const [first] = mention('x', a, [t, 1], [t, 4]);
    const [second] = mention('x', a, [t, 5], [t, 7]);
    const [later] = pageMentions().putinInB;
    expect(compareMentions(first, second)).toBeLessThan(0);
    expect(compareMentions(second, first)).toBeGreaterThan(0);
    expect(compareMentions(second, later)).toBe(-1);
    expect(compareMentions(later, first)).toBe(1);
    expect(compareMentions(first, first)).toBe(0);
  });
});
