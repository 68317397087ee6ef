/**
 * The extension APIs the content script (and the modules it shares with the
 * popup) uses, straight from the browser, without webextension-polyfill.
 *
 * Why: the content script runs on every page and frame the reader opens; the
 * polyfill was a sixth of its code, all parsed and set up before the first
 * name. The APIs used here return promises natively in both browsers for an
 * MV3 extension (Chrome 120, Firefox 142), `browser` in Firefox and `chrome`
 * in Chrome. The one difference that matters is answering a message: Chrome
 * 120 ignores a promise returned by a runtime.onMessage listener, so
 * `onExtensionMessage` answers through `sendResponse` in both.
 *
 * Code that needs more of the API (the popup, the background) keeps the
 * polyfill; new content-script code should import from here.
 */

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface MessageSender {
  id?: string;
  frameId?: number;
  url?: string;
  tab?: { id?: number };
}

interface ApiEvent<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

type RawMessageListener = (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void) => boolean | undefined;

export interface ExtensionApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: ApiEvent<RawMessageListener>;
  };
  storage: {
    local: StorageArea;
    /** Missing in some builds (and unusable when sync is off: its calls then reject). */
    sync?: StorageArea;
    onChanged: ApiEvent<(changes: Record<string, StorageChange>, areaName: string) => void>;
  };
  i18n: {
    getMessage(key: string, substitutions?: string[]): string;
  };
}

/**
 * The browser's extension API: `browser` where it exists (Firefox), else
 * `chrome`; null outside an extension. Looked up on each call, so that
 * importing this module outside an extension (unit and DOM tests) is harmless.
 */
export function findExtensionApi(): ExtensionApi | null {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = scope.browser?.runtime ? scope.browser : scope.chrome;
  return api?.runtime ? api : null;
}

/** findExtensionApi(), for code that cannot work without it. */
export function extensionApi(): ExtensionApi {
  const api = findExtensionApi();
  if (!api) throw new Error('No extension API here (not running as an extension).');
  return api;
}

/**
 * Listens for messages. `handle` returns the answer as a promise, or
 * undefined to leave the message to other listeners; the answer is sent
 * back (a rejection answers undefined, so the sender is never left waiting).
 * Returns the function that stops listening.
 */
export function onExtensionMessage(handle: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): () => void {
  const listener: RawMessageListener = (message, sender, sendResponse) => {
    const answer = handle(message, sender);
    if (answer === undefined) return undefined;
    answer.then(sendResponse, () => sendResponse(undefined));
    // Keeps the channel open until sendResponse is called.
    return true;
  };
  const events = extensionApi().runtime.onMessage;
  events.addListener(listener);
  return () => events.removeListener(listener);
}
