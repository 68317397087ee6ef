/**
 * The popup's line to the active tab: which tab and site it is, what its
 * content script found, and the "jump to" request.
 *
 * Messages go to the top frame only (frameId 0): the content script runs in
 * every frame, and the first frame to answer would otherwise win. A page
 * without names does not listen until woken (content-wake.ts).
 */
import browser from 'webextension-polyfill';
import { sendToContent, type SenderApi } from '../common/content-wake';
import { isPageSummary, type Message, type PageSummary } from '../common/messages';
import { normalizeHostname } from '../core/settings';
import { siteAccess } from './site-access';

type JumpToMessage = Extract<Message, { type: 'summit-lens/jump-to' }>;

/** The APIs content-wake.ts sends and wakes with (the polyfill's types are wider). */
const sender = browser as unknown as SenderApi;

export function jumpToMessage(entityId: string): JumpToMessage {
  return { type: 'summit-lens/jump-to', entityId };
}

export interface ActiveTab {
  id: number;
  /** Known with the activeTab permission (granted when the toolbar button opens the popup). */
  url?: string;
  /** Hostname of an http(s) page, else null. */
  hostname: string | null;
}

export type PageState =
  | { status: 'loading' }
  | { status: 'ok'; summary: PageSummary }
  /** chrome://, about:, the extension stores...: no extension may read them. */
  | { status: 'restricted' }
  /** A web page without our content script (opened before Summit Lens was installed, or still loading). */
  | { status: 'not-ready' }
  /** The reader has not given (or has withdrawn) access to this site. */
  | { status: 'no-access'; origins: string[]; hostname: string | null }
  /** Chrome, a file:// page, with "Allow access to file URLs" off. */
  | { status: 'file-urls-off' }
  | { status: 'unreadable' };

const RESTRICTED_SCHEMES = /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|extension|view-source|devtools|chrome-search|chrome-untrusted|data|javascript|blob|resource|jar):/i;
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
];

/** Pages that browsers keep extensions out of. */
export function isRestrictedUrl(url: string): boolean {
  return RESTRICTED_SCHEMES.test(url) || STORE_PAGES.some((re) => re.test(url));
}

/** Hostname of an http(s) URL, else null. */
export function hostnameOf(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return normalizeHostname(url);
}

/**
 * The tab named by `popup.html?tab=<id>`, else null. Only the end-to-end tests
 * use it: headless browsers have no toolbar button to click, so the tests open
 * the popup page in a tab of its own, where "the active tab" would be the popup
 * itself, and name the tab under test in the URL instead. Only a plain decimal
 * integer counts; anything else (or a tab that does not exist) falls back to
 * the active tab, as when the toolbar button opens the popup.
 */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= 0x7fffffff ? id : null;
}

async function namedOrActiveTab(): Promise<browser.Tabs.Tab | undefined> {
  const named = tabIdFromQuery(globalThis.location?.search ?? '');
  if (named !== null) {
    const tab = await browser.tabs.get(named).catch(() => undefined);
    if (tab) return tab;
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

export async function getActiveTab(): Promise<ActiveTab | null> {
  try {
    const tab = await namedOrActiveTab();
    if (tab?.id === undefined || tab.id < 0) return null;
    const result: ActiveTab = { id: tab.id, hostname: hostnameOf(tab.url) };
    if (tab.url) result.url = tab.url;
    return result;
  } catch {
    return null;
  }
}

/** Asks the tab's content script what it found. */
export async function readPage(tab: ActiveTab | null): Promise<PageState> {
  if (!tab) return { status: 'unreadable' };
  if (tab.url && isRestrictedUrl(tab.url)) return { status: 'restricted' };
  try {
    const answer: unknown = await sendToContent(sender, tab.id, { type: 'summit-lens/get-page-summary' });
    if (!isPageSummary(answer)) return { status: 'unreadable' };
    // Most mentioned first, whatever order the content script sent.
    const counts = [...answer.counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
    return { status: 'ok', summary: { url: answer.url, counts } };
  } catch {
    // "Receiving end does not exist": no content script in that tab. Missing
    // access is the likeliest reason the reader can act on.
    const access = await siteAccess(tab.url);
    if (access.kind === 'missing') return { status: 'no-access', origins: access.origins, hostname: access.hostname };
    if (access.kind === 'file-urls-off') return { status: 'file-urls-off' };
    if (tab.url === undefined || /^https?:/i.test(tab.url)) return { status: tab.url === undefined ? 'unreadable' : 'not-ready' };
    return { status: 'unreadable' };
  }
}

/** Asks the page to scroll to the entity; false when the tab could not be reached. */
export async function jumpTo(tabId: number, entityId: string): Promise<boolean> {
  try {
    await sendToContent(sender, tabId, jumpToMessage(entityId));
    return true;
  } catch {
    return false;
  }
}

export async function reloadTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.reload(tabId);
  } catch {
    // The tab went away: nothing to do.
  }
}
