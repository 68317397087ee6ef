/**
 * Reaching a content script that listens only once woken
 * (src/common/content-wake.ts), with fake tabs and scripting APIs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { offerWake, sendToContent, wakeContent, WAKE_KEY, type SenderApi } from '../../src/common/content-wake';

/** A tab whose content script listens once its hook has run (or from the start). */
function fakeTab(options: { listening?: boolean; hasScript?: boolean; injectFails?: boolean } = {}) {
  const log: string[] = [];
  let listening = options.listening ?? false;
  // The content script may first load the part that listens: the hook settles once it does.
  const hook = async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    listening = true;
    return true;
  };
  const api: SenderApi = {
    tabs: {
      sendMessage: async (tabId, message, opts) => {
        log.push(`send ${tabId}/${opts?.frameId ?? 'all'}`);
        if (!listening) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { echo: message };
      },
    },
    scripting: {
      executeScript: async (injection) => {
        const target = injection.target.allFrames ? 'all' : String(injection.target.frameIds);
        log.push(`wake ${injection.target.tabId}/${target}`);
        if (options.injectFails) throw new Error('Cannot access contents of the page');
        // The function runs in the frame's world: there, the hook is the content script's.
        const scope = globalThis as Record<string, unknown>;
        if (options.hasScript !== false) scope[injection.args[0]] = hook;
        try {
          // executeScript waits for a promise the function returns.
          return [{ result: await injection.func(...injection.args) }];
        } finally {
          delete scope[injection.args[0]];
        }
      },
    },
  };
  return { api, log };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[WAKE_KEY];
});

describe('sendToContent', () => {
  it('sends once when the content script listens already', async () => {
    const { api, log } = fakeTab({ listening: true });
    await expect(sendToContent(api, 7, { type: 'x' })).resolves.toEqual({ echo: { type: 'x' } });
    expect(log).toEqual(['send 7/0']);
  });

  it('wakes a content script that does not listen yet and sends again, to the same frame', async () => {
    const { api, log } = fakeTab();
    await expect(sendToContent(api, 7, { type: 'x' }, 3)).resolves.toEqual({ echo: { type: 'x' } });
    expect(log).toEqual(['send 7/3', 'wake 7/3', 'send 7/3']);
  });

  it('rejects with the first error when no content script is there to wake', async () => {
    const { api, log } = fakeTab({ hasScript: false });
    await expect(sendToContent(api, 7, { type: 'x' })).rejects.toThrow('Receiving end does not exist');
    expect(log).toEqual(['send 7/0', 'wake 7/0']);
  });

  it('rejects with the first error when the frame cannot be scripted', async () => {
    const { api } = fakeTab({ injectFails: true });
    await expect(sendToContent(api, 7, { type: 'x' })).rejects.toThrow('Receiving end does not exist');
  });
});

describe('wakeContent', () => {
  it('targets every frame when asked for all', async () => {
    const { api, log } = fakeTab();
    await expect(wakeContent(api, 2, 'all')).resolves.toBe(true);
    expect(log).toEqual(['wake 2/all']);
  });

  it('answers false, not an error, when scripting fails', async () => {
    const { api } = fakeTab({ injectFails: true });
    await expect(wakeContent(api, 2, 0)).resolves.toBe(false);
  });
});

describe('offerWake', () => {
  it('leaves a hook under WAKE_KEY that starts the listener each time it is called, and settles to true once it listens', async () => {
    let started = 0;
    offerWake(async () => void started++);
    const hook = (globalThis as Record<string, unknown>)[WAKE_KEY] as () => Promise<unknown>;
    await expect(hook()).resolves.toBe(true);
    await expect(hook()).resolves.toBe(true);
    expect(started).toBe(2);
  });

  it('does not settle before the listener is in place', async () => {
    let release = () => {};
    offerWake(() => new Promise<void>((resolve) => (release = resolve)));
    const hook = (globalThis as Record<string, unknown>)[WAKE_KEY] as () => Promise<unknown>;
    let settled = false;
    const answer = hook().then((v) => ((settled = true), v));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    release();
    await expect(answer).resolves.toBe(true);
  });
});
