import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Entity } from '../../src/core/dataset-types';
import {
  bestCircularOrder,
  breakLabel,
  buildSummitGraph,
  shortNameOf,
  summitEdges,
  type LabelBox,
  type SummitGraph,
} from '../../src/core/summit-graph';
import { dataset } from '../../src/data/entities';
import { formatShortDay } from '../../src/common/ui/format';
import { t } from '../../src/common/ui/strings';

const BOX = { width: 328, height: 290 };
/** The popup's English words. */
const WORDS = { formatDay: formatShortDay, noMeetingLabel: t('summit_no_meeting'), announcedLabel: t('summit_announced') };
const graph = buildSummitGraph(dataset, BOX, WORDS);

const leaders = dataset.entities.filter((e) => e.kind === 'leader');
const pairKey = (a: string, b: string) => [a, b].sort().join(' + ');

describe('summitEdges: the dataset relations', () => {
  it('nodes are exactly the leaders', () => {
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(leaders.map((e) => e.id).sort());
  });

  it('every met-with / meeting-announced / no-meeting relation between leaders is one edge, and nothing else is', () => {
    const fromRelations = new Map<string, Set<string>>();
    const leaderIds = new Set(leaders.map((e) => e.id));
    const kinds: Record<string, string> = { 'met-with': 'met', 'meeting-announced': 'announced', 'no-meeting-announced': 'no-meeting' };
    for (const e of leaders) {
      for (const r of e.relations) {
        if (kinds[r.type] && leaderIds.has(r.target)) {
          const key = pairKey(e.id, r.target);
          if (!fromRelations.has(key)) fromRelations.set(key, new Set());
          fromRelations.get(key)!.add(r.type === 'no-meeting-announced' ? 'no-meeting' : `${kinds[r.type]} ${r.date ?? ''}`);
        }
      }
    }
    const fromGraph = new Map(
      graph.edges.map((e) => [pairKey(e.a, e.b), new Set(e.kind === 'no-meeting' ? ['no-meeting'] : e.dates.map((d) => `${e.kind} ${d}`))]),
    );
    expect(fromGraph).toEqual(fromRelations);
  });

  it('the Samarkand meetings, with their days', () => {
    const byPair = Object.fromEntries(graph.edges.map((e) => [pairKey(e.a, e.b), `${e.kind} ${e.dayLabel}`.trim()]));
    expect(byPair).toEqual({
      [pairKey('xi-jinping', 'vladimir-putin')]: 'met Thu 15 Sep',
      [pairKey('xi-jinping', 'recep-tayyip-erdogan')]: 'met Fri 16 Sep',
      [pairKey('xi-jinping', 'ebrahim-raisi')]: 'met Fri 16 Sep',
      [pairKey('vladimir-putin', 'narendra-modi')]: 'announced Fri 16 Sep',
      [pairKey('vladimir-putin', 'recep-tayyip-erdogan')]: 'announced Fri 16 Sep',
      [pairKey('vladimir-putin', 'ilham-aliyev')]: 'announced Fri 16 Sep',
      [pairKey('xi-jinping', 'narendra-modi')]: 'no-meeting',
    });
  });

  it('edges are stored once per pair (the dataset stores them on both sides), a < b', () => {
    const keys = graph.edges.map((e) => pairKey(e.a, e.b));
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of graph.edges) expect(e.a < e.b).toBe(true);
    // Both sides' sentences are kept.
    const xiPutin = graph.edges.find((e) => pairKey(e.a, e.b) === pairKey('xi-jinping', 'vladimir-putin'))!;
    expect(xiPutin.texts).toHaveLength(2);
  });

  it('labels: the day on meetings, the given text before the day on announced ones and on no-meeting pairs', () => {
    const g = buildSummitGraph(dataset, BOX, { ...WORDS, noMeetingLabel: 'aucune rencontre annoncée', announcedLabel: 'annoncée' });
    for (const e of g.edges) {
      expect(e.labelText).toBe(e.kind === 'met' ? e.dayLabel : e.kind === 'announced' ? `annoncée ${e.dayLabel}` : 'aucune rencontre annoncée');
      expect(e.labelLines.join(' ')).toBe(e.labelText);
      expect(e.label).not.toBeNull();
    }
  });

  it('counts meetings per leader, held and announced apart', () => {
    const m = Object.fromEntries(graph.nodes.map((n) => [n.id, [n.meetings, n.announced]]));
    expect(m).toEqual({
      'xi-jinping': [3, 0],
      'vladimir-putin': [1, 3],
      'narendra-modi': [0, 1],
      'recep-tayyip-erdogan': [1, 1],
      'ilham-aliyev': [0, 1],
      'ebrahim-raisi': [1, 0],
    });
  });

  it('short names are the words the text uses', () => {
    expect(Object.fromEntries(graph.nodes.map((n) => [n.id, n.shortName]))).toEqual({
      'xi-jinping': 'Xi',
      'vladimir-putin': 'Putin',
      'narendra-modi': 'Modi',
      'recep-tayyip-erdogan': 'Erdoğan',
      'ilham-aliyev': 'Aliyev',
      'ebrahim-raisi': 'Raisi',
    });
    expect(shortNameOf({ name: 'Nobody Special', aliases: [] })).toBe('Nobody Special');
  });
});

function within(b: LabelBox, box: { width: number; height: number }) {
  return b.x - b.width / 2 >= 0 && b.x + b.width / 2 <= box.width && b.y - b.height / 2 >= 0 && b.y + b.height / 2 <= box.height;
}
function overlaps(a: LabelBox, b: LabelBox) {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
}

describe('buildSummitGraph: layout', () => {
  it('puts every node, node label and edge label inside the box', () => {
    for (const n of graph.nodes) {
      expect(n.x - 17).toBeGreaterThanOrEqual(0);
      expect(n.x + 17).toBeLessThanOrEqual(BOX.width);
      expect(n.y - 17).toBeGreaterThanOrEqual(0);
      expect(n.y + 17).toBeLessThanOrEqual(BOX.height);
      expect(within(n.label, BOX), n.id).toBe(true);
    }
    for (const e of graph.edges) expect(within(e.label!, BOX), `${e.a}-${e.b}`).toBe(true);
  });

  it('places the nodes on an ellipse, evenly spaced', () => {
    for (const n of graph.nodes) {
      const v = ((n.x - graph.cx) / graph.rx) ** 2 + ((n.y - graph.cy) / graph.ry) ** 2;
      expect(v).toBeCloseTo(1, 2);
    }
    const angles = graph.nodes.map((n) => Math.atan2((n.x - graph.cx) / graph.rx, -(n.y - graph.cy) / graph.ry));
    const step = (2 * Math.PI) / graph.nodes.length;
    for (let i = 1; i < angles.length; i++) {
      const d = (angles[i]! - angles[i - 1]! + 4 * Math.PI) % (2 * Math.PI);
      expect(d).toBeCloseTo(step, 2);
    }
  });

  it('has no crossing edges for the Samarkand meetings', () => {
    expect(graph.crossings).toBe(0);
  });

  it('puts the two busiest leaders (Putin, Xi) side by side at the same height, in the upper half', () => {
    const xi = graph.nodes.find((n) => n.id === 'xi-jinping')!;
    const putin = graph.nodes.find((n) => n.id === 'vladimir-putin')!;
    expect(xi.y).toBeCloseTo(putin.y, 0);
    expect(xi.y).toBeLessThan(graph.cy);
  });

  it('labels do not overlap each other or the nodes, in English and in French', () => {
    for (const g of [
      graph,
      buildSummitGraph(dataset, BOX, { ...WORDS, noMeetingLabel: 'aucune rencontre annoncée', announcedLabel: 'annoncée', measureEdgeLabel: (t) => [...t].length * 6.3 + 6 }),
    ]) {
      const boxes: [string, LabelBox][] = [
        ...g.nodes.map((n): [string, LabelBox] => [`disc ${n.id}`, { x: n.x, y: n.y, width: 34, height: 34 }]),
        ...g.nodes.map((n): [string, LabelBox] => [`label ${n.id}`, n.label]),
        ...g.edges.map((e): [string, LabelBox] => [`edge ${e.a}-${e.b}`, e.label!]),
      ];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [ni, bi] = boxes[i]!;
          const [nj, bj] = boxes[j]!;
          if (ni.startsWith('disc') && nj.startsWith('disc')) continue;
          expect(overlaps(bi, bj), `${ni} / ${nj}`).toBe(false);
        }
      }
    }
  });

  it('node labels go above in the upper half, below in the lower', () => {
    for (const n of graph.nodes) {
      expect(n.labelSide).toBe(n.y < graph.cy ? 'top' : 'bottom');
      expect(n.label.y < n.y).toBe(n.labelSide === 'top');
    }
  });

  it('is deterministic', () => {
    const again = buildSummitGraph(structuredClone(dataset), { ...BOX }, WORDS);
    expect(again).toEqual(graph);
    expect(JSON.stringify(buildSummitGraph(dataset, BOX, WORDS))).toBe(JSON.stringify(graph));
  });

  it('does not depend on the order of the entities beyond ties', () => {
    const reversed = { ...dataset, entities: [...dataset.entities].reverse() };
    const g = buildSummitGraph(reversed, BOX, WORDS);
    expect(g.crossings).toBe(0);
    expect(g.edges.map((e) => pairKey(e.a, e.b)).sort()).toEqual(graph.edges.map((e) => pairKey(e.a, e.b)).sort());
  });

  it('stays inside any reasonable box', () => {
    fc.assert(
      fc.property(fc.integer({ min: 120, max: 800 }), fc.integer({ min: 120, max: 800 }), (width, height) => {
        const g = buildSummitGraph(dataset, { width, height }, WORDS);
        for (const n of g.nodes) {
          expect(n.x).toBeGreaterThanOrEqual(0);
          expect(n.x).toBeLessThanOrEqual(width);
          expect(n.y).toBeGreaterThanOrEqual(0);
          expect(n.y).toBeLessThanOrEqual(height);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('copes with degenerate boxes and datasets', () => {
    expect(() => buildSummitGraph(dataset, { width: 0, height: 0 }, WORDS)).not.toThrow();
    expect(() => buildSummitGraph(dataset, { width: Number.NaN, height: -5 }, WORDS)).not.toThrow();
    const empty: SummitGraph = buildSummitGraph({ entities: [] }, BOX, WORDS);
    expect(empty.nodes).toEqual([]);
    expect(empty.edges).toEqual([]);
    const one = buildSummitGraph({ entities: leaders.slice(0, 1).map((e) => ({ ...e, relations: [] })) }, BOX, WORDS);
    expect(one.nodes).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('bestCircularOrder removes crossings when it can', () => {
    // A square with both diagonals drawn as sides: 0-2 and 1-3 cross in order 0,1,2,3.
    const edges = [
      { a: 'n0', b: 'n2' },
      { a: 'n1', b: 'n3' },
    ];
    expect(bestCircularOrder(['n0', 'n1', 'n2', 'n3'], edges).crossings).toBe(0);
    // K4 drawn on a circle always has one crossing.
    const k4 = [
      { a: 'a', b: 'b' },
      { a: 'a', b: 'c' },
      { a: 'a', b: 'd' },
      { a: 'b', b: 'c' },
      { a: 'b', b: 'd' },
      { a: 'c', b: 'd' },
    ];
    expect(bestCircularOrder(['a', 'b', 'c', 'd'], k4).crossings).toBe(1);
    expect(bestCircularOrder([], []).order).toEqual([]);
  });

  it('breakLabel splits long labels near the middle', () => {
    const measure = (t: string) => t.length * 6;
    expect(breakLabel('Fri 16 Sep', measure, 100)).toEqual(['Fri 16 Sep']);
    expect(breakLabel('no meeting announced', measure, 100)).toEqual(['no meeting', 'announced']);
    expect(breakLabel('aucune rencontre annoncée', measure, 100)).toEqual(['aucune rencontre', 'annoncée']);
    expect(breakLabel('Unbreakablelonglabelword', measure, 10)).toEqual(['Unbreakablelonglabelword']);
  });

  it('merges a pair seen from both sides; a meeting wins over a stray no-meeting', () => {
    const leader = (id: string, relations: Entity['relations']): Entity => ({
      id,
      kind: 'leader',
      name: id,
      aliases: [],
      summary: '',
      facts: [],
      relations,
    });
    const ds: Pick<Dataset, 'entities'> = {
      entities: [
        leader('a', [
          { type: 'met-with', target: 'b', date: '2022-09-16', text: 'A met B.', source: 's', quote: 'q' },
          { type: 'met-with', target: 'b', date: '2022-09-15', text: 'A met B again.', source: 's', quote: 'q' },
        ]),
        leader('b', [{ type: 'no-meeting-announced', target: 'a', text: 'No.', source: 's', quote: 'q' }]),
        leader('c', [{ type: 'related-to', target: 'a', text: 'Related.', source: 's', quote: 'q' }]),
      ],
    };
    const edges = summitEdges(ds, formatShortDay);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ a: 'a', b: 'b', kind: 'met', dates: ['2022-09-15', '2022-09-16'], dayLabel: 'Thu 15 Sep · Fri 16 Sep' });
  });
});
