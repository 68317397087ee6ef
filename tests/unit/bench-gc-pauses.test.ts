import { describe, expect, it } from 'vitest';
import { gcMarkdown, type BenchResult } from '../../scripts/bench/report';
import { gcPausesOf, splitMainThread, type GcPauses, type TraceEvent } from '../../scripts/bench/trace-split';

const URL = 'http://127.0.0.1/page.html';
const ev = (name: string, ts: number, durMs: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur: durMs * 1000,
  pid: 1,
  tid: 7,
  ...extra,
});

describe('gcPausesOf: the garbage collector pauses of a thread', () => {
  it('counts MajorGC and MinorGC events only, in wall time, and leaves out those before the commit', () => {
    const events = [
      ev('MinorGC', 100, 30), // the previous document's: before `from`
      ev('MinorGC', 2_000, 4),
      ev('V8.GC_SCAVENGER', 2_000, 3.5), // a phase inside the pause above, not a pause of its own
      ev('MajorGC', 10_000, 60),
      ev('MinorGC', 90_000, 12),
      { ...ev('MajorGC', 95_000, 5), ph: 'B' }, // not a complete event
      ev('FunctionCall', 99_000, 80),
    ];
    expect(gcPausesOf(events, 1_000)).toEqual({ count: 3, totalMs: 76, longestMs: 60, majorCount: 1, majorLongestMs: 60 });
    expect(gcPausesOf([], 0)).toEqual({ count: 0, totalMs: 0, longestMs: 0, majorCount: 0, majorLongestMs: 0 });
  });

  it("splitMainThread reports the pauses of the page's main thread, not another thread's", () => {
    const name = (tid: number, n: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid, args: { name: n } });
    const events = [
      name(7, 'CrRendererMain'),
      name(9, 'V8 DefaultWorker'),
      ev('CommitLoad', 1_000, 1, { args: { data: { url: URL } } }),
      ev('RunTask', 5_000, 50),
      ev('MinorGC', 6_000, 20),
      ev('MajorGC', 30_000, 25),
      ev('MajorGC', 5_000, 99, { tid: 9 }),
    ];
    expect(splitMainThread(events, URL, null).gc).toEqual({ count: 2, totalMs: 45, longestMs: 25, majorCount: 1, majorLongestMs: 25 });
  });
});

describe('gcMarkdown: the pauses table', () => {
  const g = (longestMs: number, majorLongestMs = 0): GcPauses => ({
    count: 2,
    totalMs: longestMs + 1,
    longestMs,
    majorCount: majorLongestMs > 0 ? 1 : 0,
    majorLongestMs,
  });
  const split = (ext: GcPauses[], base: GcPauses[]) => ({
    ext: { total: {}, ours: {}, gc: ext },
    prev: null,
    base: { total: {}, ours: {}, gc: base },
  });
  const result = {
    browsers: [
      {
        browser: 'chromium',
        pages: [
          { page: 'stress 100k text nodes', kind: 'stress', split: split([g(20), g(70, 70), g(30, 25)], [g(3), g(4), g(5)]) },
          { page: 'a', kind: 'shared', split: split([g(8)], [g(2)]) },
          { page: 'b', kind: 'shared', split: split([g(10)], [g(4)]) },
          { page: 'c', kind: 'shared', split: split([g(40, 40)], [g(6)]) },
          { page: 'no traced load', kind: 'shared', split: null },
        ],
      },
    ],
  } as unknown as BenchResult;

  it('has a row per build for a page traced several times, and the medians over the pages traced once', () => {
    const md = gcMarkdown(result).join('\n');
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| page') && !l.startsWith('| ---'));
    expect(rows).toEqual([
      '| stress 100k text nodes | chromium | with the extension | 3 | 30.0 | 70.0 | 2 of 3 | 70.0 | 31.0 |',
      '| stress 100k text nodes | chromium | without | 3 | 4.00 | 5.00 | 0 of 3 | 0 | 5.00 |',
      '| saved pages (3, one load each) | chromium | with the extension | 3 | 10.0 | 40.0 | 1 of 3 | 40.0 | 11.0 |',
      '| saved pages (3, one load each) | chromium | without | 3 | 4.00 | 6.00 | 0 of 3 | 0 | 5.00 |',
    ]);
  });

  it('is left out when no load was traced for its pauses (Firefox, older results)', () => {
    const none = { browsers: [{ browser: 'firefox', pages: [{ page: 'a', kind: 'shared', split: { ext: { total: {}, ours: {} }, prev: null, base: null } }] }] };
    expect(gcMarkdown(none as unknown as BenchResult)).toEqual([]);
  });
});
