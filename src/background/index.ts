/**
 * Background: the toolbar badge (how many distinct entities the tab's page
 * mentions), the "Look up … in Summit Lens" context menu, and the keyboard
 * commands: highlighting on/off on the page, and the next or previous name
 * (name-steps.ts). Runs as a service worker in Chrome and as an event page in
 * Firefox: no state a restart would lose.
 */
import browser from 'webextension-polyfill';
import { getMessage } from '../common/browser-i18n';
import { acceptMessage, parseStepAnswer, type Message, type StepDirection } from '../common/messages';
import { t } from '../common/ui/strings';
import { sendToContent, wakeContent, type SenderApi } from '../common/content-wake';
import { stepThroughFrames, type StepRequest } from './name-steps';

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

/** The APIs content-wake.ts sends and wakes with (the polyfill's types are wider). */
const sender = browser as unknown as SenderApi;

function send(tabId: number, message: Message, frameId = 0): void {
  sendToContent(sender, tabId, message, frameId).catch(() => {
    // No content script there (a browser page, or no access): nothing to do.
  });
}

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
  send(tab.id, { type: 'summit-lens/lookup-selection', text: info.selectionText.slice(0, 500) }, info.frameId ?? 0);
});

/** Asks the frame at `request.path` of the tab to take a step; null when nothing there answers. */
async function askFrame(tabId: number, request: StepRequest): Promise<ReturnType<typeof parseStepAnswer>> {
  const message: Message = { type: 'summit-lens/step-name', ...request };
  try {
    // The top frame directly; a child frame through every frame of the tab,
    // of which only the one at that path answers (see name-steps.ts).
    const answer: unknown = await (request.path.length === 0 ? sendToContent(sender, tabId, message, 0) : browser.tabs.sendMessage(tabId, message));
    return parseStepAnswer(answer);
  } catch {
    return null;
  }
}

async function stepName(tabId: number, direction: StepDirection): Promise<void> {
  // Frames without names do not listen until woken, and a child frame is asked
  // through all of them: wake every frame first (a keypress's worth of work).
  await wakeContent(sender, tabId, 'all');
  const shownIn = await stepThroughFrames((request) => askFrame(tabId, request), direction);
  if (!shownIn) return;
  // The other frames close a card the keyboard opened and drop the selection they made.
  browser.tabs.sendMessage(tabId, { type: 'summit-lens/step-shown', path: shownIn } satisfies Message).catch(() => {});
}

const NAME_STEPS: Record<string, StepDirection> = { 'next-name': 1, 'previous-name': -1 };

/** What each keyboard command does, in the given tab (the active one when the browser does not say). */
async function runCommand(command: string, tab?: browser.Tabs.Tab): Promise<void> {
  const active = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (active?.id === undefined) return;
  if (command === 'toggle-highlighting') send(active.id, { type: 'summit-lens/toggle-page' });
  else if (Object.hasOwn(NAME_STEPS, command)) await stepName(active.id, NAME_STEPS[command]!);
}

browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
// Reachable from the extension's other pages (never from a web page): headless
// browsers do not deliver browser-level shortcuts, so the end-to-end tests
// call here what a shortcut calls (tests/e2e/scenarios/keyboard-touch.ts).
(globalThis as { summitLensRunCommand?: typeof runCommand }).summitLensRunCommand = runCommand;
