/**
 * The changing page: a synthetic news page with 100 live spans spread over
 * it, and a script that, once started, rewrites 10 of them every 100 ms
 * (100 text nodes a second) — half by setting a text node's data, half by
 * replacing the span's content — and times its own work with performance.now().
 */
import { MB, phrases, syntheticPage } from './synthetic-page';

export const LIVE_SPANS = 100;
export const CHANGES_PER_TICK = 10;
export const TICK_MS = 100;

/** What the page's script reports (window.__benchChanging.state). */
export interface ChangingState {
  startedAt: number;
  endedAt: number;
  ticks: number;
  changes: number;
  /** The page's own JS time spent changing text, summed over ticks. */
  ownMs: number;
}

/** The page's script. Self-contained: it is written into the page as text. */
function pageScript(texts: string[], perTick: number, tickMs: number): void {
  const state = { startedAt: -1, endedAt: -1, ticks: 0, changes: 0, ownMs: 0 };
  let next = 0;
  let phrase = 0;
  (window as unknown as Record<string, unknown>).__benchChanging = {
    state,
    start(durationMs: number): Promise<typeof state> {
      const live = [...document.querySelectorAll('[data-live]')];
      state.startedAt = performance.now();
      return new Promise((resolve) => {
        const timer = setInterval(() => {
          const t0 = performance.now();
          for (let k = 0; k < perTick; k++) {
            const el = live[next++ % live.length]!;
            const text = texts[phrase++ % texts.length]!;
            if (k % 2 === 0 && el.firstChild && el.firstChild.nodeType === 3) (el.firstChild as Text).data = text;
            else el.textContent = text;
            state.changes++;
          }
          const t1 = performance.now();
          state.ownMs += t1 - t0;
          state.ticks++;
          if (t1 - state.startedAt >= durationMs) {
            clearInterval(timer);
            state.endedAt = t1;
            resolve(state);
          }
        }, tickMs);
      });
    },
  };
}

export function changingPageHtml(aliases: readonly string[], sizeMb: number) {
  const texts = phrases(200, aliases);
  // The texts hold no "<", so they cannot end the script element. `__name` is
  // the helper esbuild's keepNames may insert into a transpiled function.
  const script =
    `<script>(() => { const __name = (f) => f; ` +
    `(${pageScript.toString()})(${JSON.stringify(texts)}, ${CHANGES_PER_TICK}, ${TICK_MS}); })();</script>`;
  return syntheticPage({
    textChars: sizeMb * MB,
    aliases,
    title: 'Changing page',
    liveSpans: LIVE_SPANS,
    bodyEnd: script,
  });
}
