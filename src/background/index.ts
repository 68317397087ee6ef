/**
 * Background: the toolbar badge (how many distinct entities the tab's page
 * mentions), the "Look up … in Summit Lens" context menu, and the keyboard
 * command that toggles highlighting on the page. Runs as a service worker in
 * Chrome and as an event page in Firefox: no state a restart would lose.
 */
import browser from 'webextension-polyfill';
import { getMessage } from '../common/browser-i18n';
import { acceptMessage, type Message } from '../common/messages';
import { t } from '../common/ui/strings';

const MENU_ID = 'summit-lens-lookup';
const BADGE_COLOR = '#9a3412';

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const msg = acceptMessage(raw, sender.id, browser.runtime.id);
  // Only our own content scripts, from a tab's top frame, may set the tab's badge.
  if (msg?.type !== 'summit-lens/page-summary' || !sender.tab?.id) {
    return undefined;
  }
  if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
  const distinct = msg.summary.counts.length;
  const tabId = sender.tab.id;
  void browser.action.setBadgeText({ tabId, text: distinct > 0 ? String(distinct) : '' });
  void browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  return undefined;
});

async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: getMessage('menu_lookup', []) ?? t('menu_lookup'),
    contexts: ['selection'],
  });
}

// Chrome keeps menus across service-worker restarts; Firefox's event page
// may not, so build them at install and at every browser start.
browser.runtime.onInstalled.addListener(() => void createMenu());
browser.runtime.onStartup.addListener(() => void createMenu());

function send(tabId: number, message: Message, frameId = 0): void {
  browser.tabs.sendMessage(tabId, message, { frameId }).catch(() => {
    // No content script there (a browser page, or no access): nothing to do.
  });
}

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
  send(tab.id, { type: 'summit-lens/lookup-selection', text: info.selectionText.slice(0, 500) }, info.frameId ?? 0);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-highlighting') return;
  const withTab = tab?.id !== undefined ? Promise.resolve(tab) : browser.tabs.query({ active: true, currentWindow: true }).then((t) => t[0]);
  void withTab.then((active) => {
    if (active?.id !== undefined) send(active.id, { type: 'summit-lens/toggle-page' });
  });
});
