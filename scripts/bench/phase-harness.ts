/**
 * Targeted timing of the scanner's phases, for finding out where the time
 * goes (`node scripts/bench.mjs --investigate`). Bundled to one script and
 * run in a page: in its main world, and in an isolated world like the one a
 * content script runs in (Chromium: CDP Page.createIsolatedWorld; Firefox:
 * a WebDriver BiDi sandbox, which like a content script sees the page
 * through Xray wrappers). Uses the extension's own modules.
 */
import { aliasEntries } from '../../src/core/alias-entries';
import { compileMatcher } from '../../src/core/matcher';
import { dataset } from '../../src/data/entities';
import { locate, TextRunWalker, type TextRun } from '../../src/content/text-runs';

export interface Phases {
  floorMs: number;
  compileMs: number;
  walkMs: number;
  runs: number;
  scanMs: number;
  matches: number;
  rangesMs: number;
  highlightAddMs: number;
  /** Mean time of one Highlight.delete (of 50 ranges spread over the set). */
  highlightDeleteEachMs: number;
  /** Mean time of one Highlight.add of a range not yet in the set. */
  highlightAddEachMs: number;
  /** Node.isConnected over every run owner. */
  isConnectedMs: number;
  parentNodeWalkMs: number;
}

function now(): number {
  return performance.now();
}

export function runPhases(): Phases {
  const body = document.body;
  // The floor: a plain TreeWalker pass.
  let t = now();
  const tw = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = tw.nextNode(); n; n = tw.nextNode()) chars += (n as Text).data.length;
  const floorMs = now() - t;
  void chars;

  t = now();
  const matcher = compileMatcher(aliasEntries(dataset));
  const compileMs = now() - t;

  // Walking into runs (TextRunWalker: element checks, owners, joining text).
  const runs: TextRun[] = [];
  t = now();
  new TextRunWalker(body, { isOwnNode: () => false }, (r) => runs.push(r)).step(Infinity);
  const walkMs = now() - t;

  // Matching the runs' text.
  const found: { run: TextRun; start: number; end: number }[] = [];
  t = now();
  for (const run of runs) matcher.scan(run.text, (m) => found.push({ run, start: m.start, end: m.end }));
  const scanMs = now() - t;

  // Mapping matches back to text nodes and making ranges.
  const ranges: StaticRange[] = [];
  t = now();
  for (const f of found) {
    const [sn, so] = locate(f.run, f.start, false);
    const [en, eo] = locate(f.run, f.end, true);
    ranges.push(new StaticRange({ startContainer: sn, startOffset: so, endContainer: en, endOffset: eo }));
  }
  const rangesMs = now() - t;

  // Registering them in one Highlight.
  const h = new Highlight();
  CSS.highlights.set('summit-lens-bench-phases', h);
  t = now();
  for (const r of ranges) h.add(r);
  const highlightAddMs = now() - t;

  // Single deletes and adds, as a mutation flush does.
  const picks = ranges.filter((_, i) => i % Math.max(1, Math.floor(ranges.length / 50)) === 0).slice(0, 50);
  t = now();
  for (const r of picks) h.delete(r);
  const highlightDeleteEachMs = picks.length ? (now() - t) / picks.length : 0;
  t = now();
  for (const r of picks) h.add(r);
  const highlightAddEachMs = picks.length ? (now() - t) / picks.length : 0;
  CSS.highlights.delete('summit-lens-bench-phases');

  t = now();
  let connected = 0;
  for (const r of runs) if (r.owner.isConnected) connected++;
  const isConnectedMs = now() - t;
  void connected;

  t = now();
  let depth = 0;
  for (const r of runs) for (let p: Node | null = r.nodes[0]!; p; p = p.parentNode) depth++;
  const parentNodeWalkMs = now() - t;
  void depth;

  return {
    floorMs,
    compileMs,
    walkMs,
    runs: runs.length,
    scanMs,
    matches: found.length,
    rangesMs,
    highlightAddMs,
    highlightDeleteEachMs,
    highlightAddEachMs,
    isConnectedMs,
    parentNodeWalkMs,
  };
}

export interface FlushPhases {
  ranges: number;
  owners: number;
  deletes: number;
  deleteMs: number;
  rescanMs: number;
  addMs: number;
}

/**
 * On the changing page: one second's worth of its changes (its 100 live
 * spans rewritten, half by text node data, half by textContent), then what a
 * mutation flush does for each block that changed: delete its ranges from the
 * Highlight, rescan the block, add the new ranges.
 */
export function runFlush(): FlushPhases {
  const matcher = compileMatcher(aliasEntries(dataset));
  const opts = { isOwnNode: () => false };
  const byOwner = new Map<Node, StaticRange[]>();
  const h = new Highlight();
  CSS.highlights.set('summit-lens-bench-flush', h);
  const addRun = (run: TextRun, into: StaticRange[]) =>
    matcher.scan(run.text, (m) => {
      const [sn, so] = locate(run, m.start, false);
      const [en, eo] = locate(run, m.end, true);
      into.push(new StaticRange({ startContainer: sn, startOffset: so, endContainer: en, endOffset: eo }));
    });
  new TextRunWalker(document.body, opts, (run) => {
    let list = byOwner.get(run.owner);
    if (!list) byOwner.set(run.owner, (list = []));
    addRun(run, list);
  }).step(Infinity);
  let total = 0;
  for (const list of byOwner.values()) {
    for (const r of list) {
      h.add(r);
      total++;
    }
  }

  const live = [...document.querySelectorAll('[data-live]')];
  const owners = new Set<Node>();
  live.forEach((el, i) => {
    const text = i % 3 === 0 ? ' Vladimir Putin met Xi Jinping in Samarkand ' : ' talks on grain exports went on ';
    if (i % 2 === 0 && el.firstChild?.nodeType === 3) (el.firstChild as Text).data = text;
    else el.textContent = text;
    let p: Node | null = el.parentNode;
    while (p && p.nodeType === 1 && ['a', 'em', 'strong', 'span', 'b', 'i'].includes((p as Element).localName)) p = p.parentNode;
    if (p) owners.add(p);
  });
  let deleteMs = 0;
  let rescanMs = 0;
  let addMs = 0;
  let deletes = 0;
  for (const owner of owners) {
    let t = now();
    for (const r of byOwner.get(owner) ?? []) {
      h.delete(r);
      deletes++;
    }
    deleteMs += now() - t;
    t = now();
    const fresh: StaticRange[] = [];
    new TextRunWalker(owner, opts, (run) => addRun(run, fresh), true).step(Infinity);
    rescanMs += now() - t;
    t = now();
    for (const r of fresh) h.add(r);
    addMs += now() - t;
    byOwner.set(owner, fresh);
  }
  CSS.highlights.delete('summit-lens-bench-flush');
  return { ranges: total, owners: owners.size, deletes, deleteMs, rescanMs, addMs };
}
