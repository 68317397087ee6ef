/**
 * Chromium's own account of where a frame's main-thread time goes, from a
 * DevTools trace: used by the investigation to tell a frame's work (style,
 * layout, paint) from the wall-clock time a page sees between an animation
 * frame callback and the next task, which also holds waits for the
 * compositor and vsync.
 */
import type { CdpSession } from '../../tests/e2e/driver/chromium-cdp';
import { traceWith } from './trace-split';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string } };
}

/** Records a trace of `work` (timeline categories only). */
export function traced(cdp: CdpSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  return traceWith(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc'], work);
}

/** Complete events of the renderer main thread that did the most style work (the page's). */
export function mainThreadEvents(events: TraceEvent[]): TraceEvent[] {
  const counts = new Map<string, number>();
  for (const e of events) if (e.name === 'UpdateLayoutTree') counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined);
}

/** The main thread's time (ms) in each frame that recalculated style (ProxyMain::BeginMainFrame). */
export function styledFrames(main: TraceEvent[]): number[] {
  const out: number[] = [];
  for (const f of main) {
    if (f.name !== 'ProxyMain::BeginMainFrame') continue;
    const end = f.ts + f.dur!;
    if (main.some((e) => e.name === 'UpdateLayoutTree' && e.ts >= f.ts && e.ts + e.dur! <= end)) out.push(f.dur! / 1000);
  }
  return out;
}

/** Durations (ms) of EventDispatch events of `type`. */
export function dispatchMs(main: TraceEvent[], type: string): number[] {
  return main.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === type).map((e) => e.dur! / 1000);
}
