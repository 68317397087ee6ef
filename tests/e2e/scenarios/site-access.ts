/**
 * Access to sites. Firefox: a reader can withdraw Summit Lens's access (and
 * some versions do not grant it at install); then the popup says so and asks
 * for it, and once granted the names are highlighted without a reload.
 * Chrome: on a file:// page without "Allow access to file URLs", the popup
 * explains what to do.
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { BrowserSession } from '../driver/types';
import { repoRoot, sleep, waitFor, type BrowserUnderTest, type Server } from '../support/harness';
import { highlightCount } from '../support/page-probes';
import { DEMO_MENTIONS } from './expected-demo-mentions';
import { clickOn, openPopup, showView } from './popup';

/** The id of the active tab (the page just opened; the extension's own helper tab is never active). */
function activeTabId(session: BrowserSession): Promise<number> {
  return session.evaluateInExtension(async () => {
    interface TabsApi {
      tabs: { query(q: object): Promise<{ id?: number }[]> };
    }
    const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const [tab] = await (g.browser ?? g.chrome).tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

function viewText(): string {
  return document.getElementById('this-page')?.textContent ?? '';
}

/** Firefox with `extensions.originControls.grantByDefault` false: no access until the reader grants it. */
export function withheldAccessScenarios(browser: () => BrowserUnderTest, server: () => Server): void {
  it('says plainly that access is missing, asks for it, and starts on the open tab', async () => {
    const { session } = browser();
    const demo = await session.newPage();
    await demo.goto(`${server().url}/demo/`);
    await sleep(800);
    // No access: the content script never ran.
    expect(await demo.evaluate(highlightCount)).toBe(-1);
    const tabId = await activeTabId(session);
    const popup = await openPopup(session, tabId);
    await showView(popup, 'this-page');
    // Without access the tab's address is hidden from the extension, so it asks for websites in general.
    const text = await waitFor(() => popup.evaluate(viewText), (t) => t.includes('not allowed'), { what: 'the access notice' });
    expect(text).toContain('Allow access');
    await clickOn(popup, '#this-page .notice button');
    // Granted: highlights appear in the open tab, no reload.
    const count = await waitFor(() => demo.evaluate(highlightCount), (n) => n > 0, { timeout: 10_000, what: 'highlights after the grant' });
    expect(count).toBe(DEMO_MENTIONS.length);
    await waitFor(() => popup.evaluate(viewText), (t) => t.includes('Xi Jinping'), { timeout: 10_000, what: 'the list of names' });
    await Promise.all([popup.close(), demo.close()]);
  });
}

/**
 * Chromium: file:// pages. An extension loaded with --load-extension is given
 * file access, so the "Allow access to file URLs is off" notice cannot be
 * reached here (its rule is unit-tested in access-decision.test.ts); what can
 * be checked is that with access a file:// page is read like any other.
 */
export function fileAccessScenarios(browser: () => BrowserUnderTest): void {
  it('reads a file:// page when file URLs are allowed', async () => {
    const { session } = browser();
    const page = await session.newPage();
    await page.goto(pathToFileURL(path.join(repoRoot, 'tests/pages/plain-card.html')).href);
    const count = await waitFor(() => page.evaluate(highlightCount), (n) => n > 0, { what: 'highlights on a file:// page' });
    expect(count).toBe(5);
    const popup = await openPopup(session, await activeTabId(session));
    await showView(popup, 'this-page');
    await waitFor(() => popup.evaluate(viewText), (t) => t.includes('Vladimir Putin'), { what: 'the names of the file page' });
    await Promise.all([popup.close(), page.close()]);
  });
}
