/**
 * "The summit at a glance" as pure layout data: the leaders as nodes on an
 * ellipse, the meetings the article reports as held and those it only
 * announces as edges labelled with the day, and the pairs for which it says
 * no meeting was announced. The popup's SVG
 * component only draws what this returns.
 *
 * Deterministic: the same dataset and box always give the same numbers.
 * The order around the ellipse is the one with the fewest crossing edges
 * (ties: the dataset's order), found by trying every order (leaders are few);
 * it is turned so that the two busiest leaders sit side by side on top.
 * Edge labels are placed along their edge, or just beside it, where they
 * cover no node, no label and no other edge, as far as the room allows
 * (label widths are estimated: there is no DOM here to measure text).
 */
import type { Dataset, Entity, Relation } from './dataset-types';

export interface Box {
  width: number;
  height: number;
}

export type LabelSide = 'top' | 'bottom';

/** An axis-aligned rectangle, for labels: centre and size. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphNode {
  id: string;
  /** Display name ("Recep Tayyip Erdoğan"). */
  name: string;
  /** The name as the text calls them ("Erdoğan", "Xi"): one word of the name, from the English aliases. */
  shortName: string;
  /** Id of the country they lead, if any. */
  country?: string;
  x: number;
  y: number;
  /** Where the label goes, relative to the node: above in the upper half, below in the lower. */
  labelSide: LabelSide;
  /** The label's box (its centre is where the text is centred). */
  label: LabelBox;
  /** Meetings the article reports as held. */
  meetings: number;
  /** Meetings it announces without reporting them as held. */
  announced: number;
}

/** Held (the article reports it), announced (it says one "will meet"), or none announced. */
export type EdgeKind = 'met' | 'announced' | 'no-meeting';

export interface GraphEdge {
  /** Node ids, `a` < `b`. */
  a: string;
  b: string;
  kind: EdgeKind;
  /** ISO dates of the meeting(s), held or announced, sorted; empty for 'no-meeting' or undated meetings. */
  dates: string[];
  /** "Thu 15 Sep" (several days joined by " · "); '' when undated or no meeting. */
  dayLabel: string;
  /** What the picture writes on the edge: the day (after the announced text for an announced meeting), or the no-meeting text. */
  labelText: string;
  /** The same, broken into lines when it is long ("no meeting" / "announced"). */
  labelLines: string[];
  /** The label's box, on the segment, placed clear of nodes, their labels and other edge labels when possible. */
  label: LabelBox | null;
  /** The article's sentences this edge rests on (both directions, deduplicated). */
  texts: string[];
}

export interface SummitGraph {
  box: Box;
  /** Centre and radii of the ellipse the nodes sit on. */
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Crossings between edges in this layout (0 for the Samarkand dataset). */
  crossings: number;
}

/** The words the picture writes: the caller's, in the reader's language. */
export interface GraphWords {
  /** A meeting's day ("2022-09-15" → "Thu 15 Sep"). */
  formatDay: (iso: string) => string;
  /** Text written on no-meeting edges. */
  noMeetingLabel: string;
  /** Text written, before the day, on the edge of a meeting the article only announces. */
  announcedLabel: string;
}

export interface LayoutOptions extends GraphWords {
  /** Radius of a node's disc. */
  nodeRadius?: number;
  /** Room kept free inside the box around the ellipse, left/right and top/bottom (default: enough for the labels). */
  marginX?: number;
  marginY?: number;
  /**
   * Angle of the first node, in degrees clockwise from 12 o'clock. Default
   * 'auto': the two leaders with the most meetings sit symmetrically about
   * the vertical axis, in the upper half.
   */
  startAngle?: number | 'auto';
  /** Estimated width of an edge label / a node label (no DOM here to measure). */
  measureEdgeLabel?: (text: string) => number;
  measureNodeLabel?: (text: string) => number;
}

/** Rough widths for the popup's fonts: 11 px semi-bold edge labels, 12.5 px bold node labels. */
const defaultEdgeWidth = (text: string) => [...text].length * 6.3 + 6;
const defaultNodeWidth = (text: string) => [...text].length * 7.6 + 4;
/** Height of one line of an edge label. */
const EDGE_LABEL_H = 14;
/** Edge labels wider than this are broken into two lines. */
const EDGE_LABEL_MAX_W = 100;
const NODE_LABEL_H = 16;
const NODE_LABEL_GAP = 4;
const DEFAULT_NODE_R = 17;
/** Where along an edge its label may sit, in order of preference. */
const LABEL_STOPS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73];
/**
 * And how far to either side of the edge, in order of preference: on it
 * (the label's halo interrupts the line), or just clear of it, or a little
 * further (in units of the distance that just clears the edge).
 */
const LABEL_SHIFTS = [0, -1, 1, -1.35, 1.35];

/** Breaks a label at the space nearest its middle when it is too wide for one line. */
export function breakLabel(text: string, measure: (text: string) => number, maxWidth: number): string[] {
  if (measure(text) <= maxWidth) return [text];
  const middle = text.length / 2;
  let best = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  }
  return best < 0 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}

/** One word of the name that the English aliases use alone ("Putin", "Xi"); else the name. */
export function shortNameOf(e: Pick<Entity, 'name' | 'aliases'>): string {
  const words = new Set(e.name.split(/\s+/));
  const candidates = e.aliases
    .filter((a) => a.lang === 'en' && !a.demonym && words.has(a.text))
    .map((a) => a.text);
  if (candidates.length === 0) return e.name;
  // The shortest; among equals, the one written as in the name (first listed).
  return candidates.reduce((best, c) => (c.length < best.length ? c : best));
}

/** The relations the picture draws, and as what. */
const EDGE_OF: Partial<Record<Relation['type'], EdgeKind>> = {
  'met-with': 'met',
  'meeting-announced': 'announced',
  'no-meeting-announced': 'no-meeting',
};

function pairKey(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/** The edges between leaders, from both sides' relations, merged per pair. */
export function summitEdges(dataset: Pick<Dataset, 'entities'>, formatDay: GraphWords['formatDay']): Omit<GraphEdge, 'labelText' | 'labelLines' | 'label'>[] {
  const leaders = new Set(dataset.entities.filter((e) => e.kind === 'leader').map((e) => e.id));
  const byPair = new Map<string, { a: string; b: string; kinds: Set<EdgeKind>; dates: Set<string>; texts: string[] }>();
  for (const e of dataset.entities) {
    if (!leaders.has(e.id)) continue;
    for (const r of e.relations) {
      const kind = EDGE_OF[r.type];
      if (!kind || !leaders.has(r.target) || r.target === e.id) continue;
      const [a, b] = pairKey(e.id, r.target);
      const key = `${a}\n${b}`;
      let p = byPair.get(key);
      if (!p) {
        p = { a, b, kinds: new Set(), dates: new Set(), texts: [] };
        byPair.set(key, p);
      }
      p.kinds.add(kind);
      if (kind !== 'no-meeting' && r.date) p.dates.add(r.date);
      if (!p.texts.includes(r.text)) p.texts.push(r.text);
    }
  }
  const edges: Omit<GraphEdge, 'labelText' | 'labelLines' | 'label'>[] = [];
  for (const p of byPair.values()) {
    // A held meeting wins over an announced one, which wins over "no meeting
    // announced" (the dataset check keeps each pair to one of them anyway).
    const kind: EdgeKind = p.kinds.has('met') ? 'met' : p.kinds.has('announced') ? 'announced' : 'no-meeting';
    const dates = kind === 'no-meeting' ? [] : [...p.dates].sort();
    edges.push({ a: p.a, b: p.b, kind, dates, dayLabel: dates.map(formatDay).join(' · '), texts: p.texts });
  }
  edges.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
  return edges;
}

/** Do chords (i, j) and (k, l) between positions on a circle cross? (Shared ends do not count.) */
function chordsCross(i: number, j: number, k: number, l: number): boolean {
  if (i === k || i === l || j === k || j === l) return false;
  const [a, b] = i < j ? [i, j] : [j, i];
  const inside = (x: number) => x > a && x < b;
  return inside(k) !== inside(l);
}

function countCrossings(pos: ReadonlyMap<string, number>, edges: readonly { a: string; b: string }[]): number {
  let n = 0;
  for (let x = 0; x < edges.length; x++) {
    for (let y = x + 1; y < edges.length; y++) {
      const e = edges[x]!;
      const f = edges[y]!;
      if (chordsCross(pos.get(e.a)!, pos.get(e.b)!, pos.get(f.a)!, pos.get(f.b)!)) n++;
    }
  }
  return n;
}

/** Every order of `rest`, in lexicographic order of indices. */
function* permutations<T>(rest: T[]): Generator<T[]> {
  if (rest.length <= 1) {
    yield [...rest];
    return;
  }
  for (let i = 0; i < rest.length; i++) {
    const others = [...rest.slice(0, i), ...rest.slice(i + 1)];
    for (const p of permutations(others)) yield [rest[i]!, ...p];
  }
}

/** Up to this many nodes, every order is tried (7! = 5040); beyond, the dataset's order is kept. */
const MAX_EXHAUSTIVE = 8;

/**
 * The order of nodes around the ellipse with the fewest crossings. The
 * first node stays first (rotations are the same picture); ties keep the
 * earliest order tried, which starts from the dataset's order.
 */
export function bestCircularOrder(ids: readonly string[], edges: readonly { a: string; b: string }[]): { order: string[]; crossings: number } {
  const first = ids[0];
  if (first === undefined) return { order: [], crossings: 0 };
  const positions = (order: readonly string[]) => new Map(order.map((id, i) => [id, i]));
  let best = [...ids];
  let bestCrossings = countCrossings(positions(best), edges);
  if (ids.length > MAX_EXHAUSTIVE || bestCrossings === 0) return { order: best, crossings: bestCrossings };
  for (const rest of permutations(ids.slice(1))) {
    const order = [first, ...rest];
    const c = countCrossings(positions(order), edges);
    if (c < bestCrossings) {
      best = order;
      bestCrossings = c;
      if (c === 0) break;
    }
  }
  return { order: best, crossings: bestCrossings };
}

const round = (v: number) => Math.round(v * 10) / 10;

function overlap(a: LabelBox, b: LabelBox, pad = 0): number {
  const w = Math.min(a.x + a.width / 2, b.x + b.width / 2) - Math.max(a.x - a.width / 2, b.x - b.width / 2) + pad;
  const h = Math.min(a.y + a.height / 2, b.y + b.height / 2) - Math.max(a.y - a.height / 2, b.y - b.height / 2) + pad;
  return w > 0 && h > 0 ? w * h : 0;
}

/** The start angle (degrees) that puts the two busiest nodes symmetric about the vertical axis, above the centre. */
function autoStartAngle(order: readonly string[], meetings: ReadonlyMap<string, number>): number {
  const n = order.length;
  if (n < 2) return 0;
  const ranked = order
    .map((id, i) => ({ id, i, m: meetings.get(id) ?? 0 }))
    .sort((a, b) => b.m - a.m || a.i - b.i);
  const [p, q] = [ranked[0]!.i, ranked[1]!.i];
  const step = 360 / n;
  // Angle (from the start) of the middle of the shorter arc between them.
  let lo = Math.min(p, q) * step;
  let hi = Math.max(p, q) * step;
  if (hi - lo > 180) [lo, hi] = [hi, lo + 360];
  const mid = (lo + hi) / 2;
  return -mid;
}

/** Does the segment p–q pass through the box? (Liang–Barsky clipping.) */
function segmentHitsBox(p: { x: number; y: number }, q: { x: number; y: number }, b: LabelBox): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const clips: [number, number][] = [
    [-dx, p.x - (b.x - b.width / 2)],
    [dx, b.x + b.width / 2 - p.x],
    [-dy, p.y - (b.y - b.height / 2)],
    [dy, b.y + b.height / 2 - p.y],
  ];
  for (const [den, num] of clips) {
    if (den === 0) {
      if (num < 0) return false;
    } else {
      const t = num / den;
      if (den < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Distance from a point to the segment p–q. */
function distanceToSegment(c: { x: number; y: number }, p: { x: number; y: number }, q: { x: number; y: number }): number {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((c.x - p.x) * dx + (c.y - p.y) * dy) / len2));
  return Math.hypot(c.x - (p.x + t * dx), c.y - (p.y + t * dy));
}

/** True when the box lies inside the picture. */
function inside(b: LabelBox, width: number, height: number): boolean {
  return b.x - b.width / 2 >= 0 && b.x + b.width / 2 <= width && b.y - b.height / 2 >= 0 && b.y + b.height / 2 <= height;
}

/**
 * Lays the leaders and their meetings out in `box` (SVG user units, origin
 * top-left). Nodes sit on an ellipse inset by the margins, the first at
 * `startAngle`, the rest clockwise.
 */
export function buildSummitGraph(dataset: Pick<Dataset, 'entities'>, box: Box, options: LayoutOptions): SummitGraph {
  const width = Math.max(0, Number.isFinite(box.width) ? box.width : 0);
  const height = Math.max(0, Number.isFinite(box.height) ? box.height : 0);
  const r = options.nodeRadius ?? DEFAULT_NODE_R;
  const edgeWidth = options.measureEdgeLabel ?? defaultEdgeWidth;
  const nodeWidth = options.measureNodeLabel ?? defaultNodeWidth;
  const { noMeetingLabel, announcedLabel } = options;

  const leaders = dataset.entities.filter((e) => e.kind === 'leader');
  const shortNames = new Map(leaders.map((e) => [e.id, shortNameOf(e)]));
  const widest = Math.max(0, ...[...shortNames.values()].map(nodeWidth));
  const marginX = Math.min(options.marginX ?? Math.max(r, widest / 2) + 2, width / 2);
  const marginY = Math.min(options.marginY ?? r + NODE_LABEL_GAP + NODE_LABEL_H + 2, height / 2);

  const edgesNoPos = summitEdges(dataset, options.formatDay);
  const { order, crossings } = bestCircularOrder(
    leaders.map((e) => e.id),
    edgesNoPos,
  );
  const count = (id: string, kind: EdgeKind) => edgesNoPos.filter((x) => x.kind === kind && (x.a === id || x.b === id)).length;
  const meetings = new Map(order.map((id) => [id, count(id, 'met')]));
  const announced = new Map(order.map((id) => [id, count(id, 'announced')]));
  // The busiest leaders, by meetings held or announced, sit on top.
  const busy = new Map(order.map((id) => [id, meetings.get(id)! + announced.get(id)!]));
  const startDeg = options.startAngle === undefined || options.startAngle === 'auto' ? autoStartAngle(order, busy) : options.startAngle;
  const start = (startDeg * Math.PI) / 180;
  const byId = new Map(leaders.map((e) => [e.id, e]));
  const cx = width / 2;
  const cy = height / 2;
  const rx = Math.max(0, width / 2 - marginX);
  const ry = Math.max(0, height / 2 - marginY);

  const nodes: GraphNode[] = order.map((id, i) => {
    const e = byId.get(id)!;
    const angle = start + (2 * Math.PI * i) / order.length;
    const dx = Math.sin(angle);
    const dy = -Math.cos(angle);
    const x = round(cx + rx * dx);
    const y = round(cy + ry * dy);
    // Labels go away from the centre: above the nodes of the upper half, below the others.
    const labelSide: LabelSide = dy < -1e-9 ? 'top' : 'bottom';
    const shortName = shortNames.get(id) ?? e.name;
    const offset = r + NODE_LABEL_GAP + NODE_LABEL_H / 2;
    const node: GraphNode = {
      id,
      name: e.name,
      shortName,
      x,
      y,
      labelSide,
      label: { x, y: round(labelSide === 'top' ? y - offset : y + offset), width: round(nodeWidth(shortName)), height: NODE_LABEL_H },
      meetings: meetings.get(id) ?? 0,
      announced: announced.get(id) ?? 0,
    };
    if (e.country) node.country = e.country;
    return node;
  });

  // Edge labels: first where nothing else is, else where they overlap least.
  // Short edges have the fewest places to offer, so they choose first.
  const taken: LabelBox[] = nodes.flatMap((n) => [{ x: n.x, y: n.y, width: 2 * r + 4, height: 2 * r + 4 }, n.label]);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const length = (e: { a: string; b: string }) => Math.hypot(at.get(e.a)!.x - at.get(e.b)!.x, at.get(e.a)!.y - at.get(e.b)!.y);
  const placing = edgesNoPos.map((e, i) => ({ e, i })).sort((x, y) => length(x.e) - length(y.e) || x.i - y.i);
  const placed = new Map<number, GraphEdge>();
  for (const { e, i } of placing) {
    const p = at.get(e.a)!;
    const q = at.get(e.b)!;
    const labelText = e.kind === 'met' ? e.dayLabel : e.kind === 'announced' ? `${announcedLabel} ${e.dayLabel}`.trim() : noMeetingLabel;
    const labelLines = labelText ? breakLabel(labelText, edgeWidth, EDGE_LABEL_MAX_W) : [];
    let label: LabelBox | null = null;
    if (labelText) {
      const w = round(Math.max(...labelLines.map(edgeWidth)));
      const h = EDGE_LABEL_H * labelLines.length;
      let bestCost = Infinity;
      let rank = 0;
      // Unit normal of the edge, pointing up (or left when vertical), and
      // the distance along it at which the box no longer touches the edge.
      const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      let nx = -(q.y - p.y) / len;
      let ny = (q.x - p.x) / len;
      if (ny > 0 || (ny === 0 && nx > 0)) [nx, ny] = [-nx, -ny];
      const clear = (w / 2) * Math.abs(nx) + (h / 2) * Math.abs(ny) + 3;
      for (const shift of LABEL_SHIFTS) {
        for (const t of LABEL_STOPS) {
          const b: LabelBox = {
            x: round(p.x + (q.x - p.x) * t + nx * clear * shift),
            y: round(p.y + (q.y - p.y) * t + ny * clear * shift),
            width: w,
            height: h,
          };
          // Overlapping a node or a label is worst; lying across another
          // edge is bad (which edge would it name?); then, the nearer the
          // middle of its own edge, the better.
          const crossed = edgesNoPos.filter((o) => o !== e && segmentHitsBox(at.get(o.a)!, at.get(o.b)!, b)).length;
          // Nearer to another edge than to its own, it would seem to name that one.
          const own = distanceToSegment(b, p, q);
          const misleading = edgesNoPos.some((o) => o !== e && distanceToSegment(b, at.get(o.a)!, at.get(o.b)!) < own);
          const cost =
            taken.reduce((sum, o) => sum + overlap(b, o, 2), 0) * 10 +
            crossed * 100 +
            (misleading ? 2000 : 0) +
            (inside(b, width, height) ? 0 : 1e6) +
            rank++ * 0.01;
          if (cost < bestCost) {
            bestCost = cost;
            label = b;
          }
        }
      }
      if (label) taken.push(label);
    }
    placed.set(i, { ...e, labelText, labelLines, label });
  }
  const edges = edgesNoPos.map((_, i) => placed.get(i)!);
  return { box: { width, height }, cx, cy, rx, ry, nodes, edges, crossings };
}
