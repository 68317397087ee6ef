/**
 * Background: keeps the toolbar badge showing how many distinct entities the
 * tab's page mentions. Runs as a service worker in Chrome and as an event
 * page in Firefox, so it keeps no state that a restart would lose.
 */
import browser from 'webextension-polyfill';
import { parseMessage } from '../common/messages';

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const msg = parseMessage(raw);
  // Only our own content scripts, from a tab, may set a tab's badge.
  if (msg?.type !== 'summit-lens/page-summary' || sender.id !== browser.runtime.id || !sender.tab?.id) {
    return undefined;
  }
  if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
  const distinct = msg.summary.counts.length;
  const tabId = sender.tab.id;
  void browser.action.setBadgeText({ tabId, text: distinct > 0 ? String(distinct) : '' });
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#9a3412' });
  return undefined;
});
