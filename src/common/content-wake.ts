/**
 * Reaching a content script that does not listen for messages yet.
 *
 * The content script listens for runtime messages only once a page names
 * someone (or once asked): the first use of the extension's APIs in a
 * document is the costliest thing it would do on a page without names
 * (Firefox builds the `browser` object and its bindings for each document).
 * Whoever must reach it anyway (the popup asking what the page names, a
 * keyboard command, the context menu, the tests and the benchmark) sends as
 * usual and, when no one answers, wakes it: a function run with
 * scripting.executeScript in the extension's isolated world, which the
 * content scripts share in both browsers, calls the hook the content script
 * left there, and the message is sent again.
 */

/** The global of the content scripts' world that starts their listener (resolves to true). */
export const WAKE_KEY = 'summitLensListen';

/**
 * Content script side: lets a sender start the listener when it needs an
 * answer. `listen` (idempotent) settles once the listener is in place: the
 * content script may first have to load the part that listens.
 */
export function offerWake(listen: () => Promise<unknown>): void {
  (globalThis as Record<string, unknown>)[WAKE_KEY] = () => listen().then(() => true);
}

/**
 * Runs in the page's frame through executeScript: self-contained, `key` is
 * WAKE_KEY. executeScript waits for the promise in both browsers.
 */
async function wakeHook(key: string): Promise<boolean> {
  const hook = (globalThis as Record<string, unknown>)[key];
  return typeof hook === 'function' && (await hook()) === true;
}

export interface SenderApi {
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds?: number[]; allFrames?: boolean };
      func: (key: string) => Promise<boolean>;
      args: [string];
    }): Promise<{ result?: unknown }[]>;
  };
}

/** Wakes the content script of one frame, or of every frame; true when one woke. */
export async function wakeContent(api: SenderApi, tabId: number, frameId: number | 'all'): Promise<boolean> {
  try {
    const results = await api.scripting.executeScript({
      target: frameId === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
      func: wakeHook,
      args: [WAKE_KEY],
    });
    return results.some((r) => r.result === true);
  } catch {
    // No access to that frame, or it went away: as if no content script were there.
    return false;
  }
}

/**
 * Sends `message` to the content script of frame `frameId` of the tab, waking
 * it when it does not listen yet. Rejects as tabs.sendMessage does when no
 * content script is there at all.
 */
export async function sendToContent(api: SenderApi, tabId: number, message: unknown, frameId = 0): Promise<unknown> {
  try {
    return await api.tabs.sendMessage(tabId, message, { frameId });
  } catch (err) {
    if (!(await wakeContent(api, tabId, frameId))) throw err;
    return api.tabs.sendMessage(tabId, message, { frameId });
  }
}
