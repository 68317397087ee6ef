/**
 * The walk through a page's frames for the next/previous name
 * (src/background/name-steps.ts), against a model of frames that answer as
 * the content script does: each frame's stops in reading order, a cursor
 * per frame, names and child frames interleaved.
 */
import { describe, expect, it } from 'vitest';
import { stepThroughFrames, type StepRequest } from '../../src/background/name-steps';
import { parseMessage, parseStepAnswer, type StepAnswer } from '../../src/common/messages';

/** A frame: its stops in reading order, each a name or a child frame. */
interface Frame {
  stops: (string | Frame)[];
  /** No content script answers here (a frame the extension may not read). */
  silent?: boolean;
}

/** Frames that behave like name-navigator.ts: a cursor each, stepping from it. */
function model(top: Frame) {
  const cursor = new Map<Frame, number>();
  const shown: string[] = [];
  const frameAt = (path: number[]): Frame | null => {
    let f: Frame = top;
    for (const i of path) {
      const children = f.stops.filter((s): s is Frame => typeof s !== 'string');
      const next = children[i];
      if (!next) return null;
      f = next;
    }
    return f;
  };
  const ask = async ({ direction, mode, path }: StepRequest): Promise<StepAnswer | null> => {
    const f = frameAt(path);
    if (!f || f.silent) return null;
    const at = cursor.get(f);
    let i: number;
    if (mode === 'edge' || at === undefined) i = direction === 1 ? 0 : f.stops.length - 1;
    else if (mode === 'resume' && typeof f.stops[at] !== 'string') {
      const children = f.stops.filter((s): s is Frame => typeof s !== 'string');
      return { kind: 'descend', child: children.indexOf(f.stops[at] as Frame), resume: true };
    } else i = at + direction;
    const stop = f.stops[i];
    if (stop === undefined) return { kind: 'end' };
    cursor.set(f, i);
    if (typeof stop === 'string') {
      shown.push(stop);
      return { kind: 'shown' };
    }
    const children = f.stops.filter((s): s is Frame => typeof s !== 'string');
    return { kind: 'descend', child: children.indexOf(stop), resume: false };
  };
  return { ask, shown };
}

async function walk(top: Frame, directions: (1 | -1)[]) {
  const m = model(top);
  const paths: (number[] | null)[] = [];
  for (const d of directions) paths.push(await stepThroughFrames(m.ask, d));
  return { names: m.shown, paths };
}

const page: Frame = {
  stops: ['a', { stops: ['b', 'c'] }, 'd', { stops: [] }, { stops: ['e', { stops: ['f'] }] }, 'g'],
};

describe('stepThroughFrames', () => {
  it('goes through every name in reading order, into frames and out again, and wraps at the end', async () => {
    const { names, paths } = await walk(page, Array(8).fill(1));
    expect(names).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'a']);
    expect(paths).toEqual([[], [0], [0], [], [2], [2, 0], [], []]);
  });

  it('goes back the same way, and wraps at the start', async () => {
    const { names } = await walk(page, Array(8).fill(-1));
    expect(names).toEqual(['g', 'f', 'e', 'd', 'c', 'b', 'a', 'g']);
  });

  it('turns round inside a frame, where the reader is', async () => {
    const { names } = await walk(page, [1, 1, 1, -1, -1, 1]);
    expect(names).toEqual(['a', 'b', 'c', 'b', 'a', 'b']);
  });

  it('passes over frames nobody answers for, and pages without names end in null', async () => {
    const silent: Frame = { stops: [{ stops: ['x'], silent: true }, 'y'] };
    expect((await walk(silent, [1, 1])).names).toEqual(['y', 'y']);
    expect(await walk({ stops: [{ stops: [] }] }, [1])).toEqual({ names: [], paths: [null] });
    expect(await stepThroughFrames(async () => null, 1)).toBeNull();
  });

  it('only names in a frame: found from the top', async () => {
    expect((await walk({ stops: [{ stops: [{ stops: ['deep'] }] }] }, [1, 1, -1])).names).toEqual(['deep', 'deep', 'deep']);
  });

  it('stops asking a page that keeps sending it deeper', async () => {
    let asked = 0;
    const endless = async (): Promise<StepAnswer> => {
      asked++;
      return { kind: 'descend', child: 0, resume: false };
    };
    expect(await stepThroughFrames(endless, 1)).toBeNull();
    expect(asked).toBeLessThanOrEqual(400);
  });
});

describe('step messages', () => {
  it('accepts well-formed steps and answers, nothing else', () => {
    expect(parseMessage({ type: 'summit-lens/step-name', direction: -1, mode: 'past', path: [0, 2] })).toEqual({
      type: 'summit-lens/step-name',
      direction: -1,
      mode: 'past',
      path: [0, 2],
    });
    expect(parseMessage({ type: 'summit-lens/step-shown', path: [] })).toEqual({ type: 'summit-lens/step-shown', path: [] });
    for (const bad of [
      { type: 'summit-lens/step-name', direction: 2, mode: 'edge', path: [] },
      { type: 'summit-lens/step-name', direction: 1, mode: 'jump', path: [] },
      { type: 'summit-lens/step-name', direction: 1, mode: 'edge', path: [-1] },
      { type: 'summit-lens/step-name', direction: 1, mode: 'edge', path: Array(33).fill(0) },
      { type: 'summit-lens/step-shown', path: 'top' },
    ]) {
      expect(parseMessage(bad), JSON.stringify(bad)).toBeNull();
    }
    expect(parseStepAnswer({ kind: 'descend', child: 1, resume: false })).toEqual({ kind: 'descend', child: 1, resume: false });
    expect(parseStepAnswer({ kind: 'shown', extra: 1 })).toEqual({ kind: 'shown' });
    for (const bad of [undefined, null, 'shown', { kind: 'descend', child: -1, resume: true }, { kind: 'descend', child: 1 }, { kind: 'other' }]) {
      expect(parseStepAnswer(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
