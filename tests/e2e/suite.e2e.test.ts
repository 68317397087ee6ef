/**
 * The end-to-end suite: every scenario runs in every browser under test
 * (Chromium and Firefox by default; SUMMIT_BROWSERS narrows it), against the
 * built dist/, with one browser launch per browser and one local server.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { browsersUnderTest } from './driver/launch';
import { BrowserUnderTest, startTestServer, type Server } from './support/harness';
import { demoArticleScenarios } from './scenarios/demo-article';
import { readingRulesScenarios } from './scenarios/reading-rules';
import { readingCaseScenarios } from './scenarios/reading-cases';
import { savedPagesScenarios } from './scenarios/saved-pages';
import { themeScenarios } from './scenarios/themes';
import { bigPageScenarios } from './scenarios/big-pages';
import { hostilePageScenarios } from './scenarios/hostile-pages';
import { stressPageScenarios } from './scenarios/stress-pages';
import { popupScenarios } from './scenarios/popup';
import { oddDocumentScenarios } from './scenarios/odd-documents';
import { fileAccessScenarios, withheldAccessScenarios } from './scenarios/site-access';
import { noNetworkScenarios } from './scenarios/no-network';
import { settingsFallbackScenarios } from './scenarios/settings-fallback';
import { fuzzScenarios } from './scenarios/fuzz';
import { keyboardTouchScenarios } from './scenarios/keyboard-touch';
import { accessibilityAuditScenarios } from './scenarios/accessibility-audit';

let server: Server;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

for (const name of browsersUnderTest()) {
  describe(name, () => {
    const withExtension = new BrowserUnderTest(name);
    // The same browser without the extension: the page as its reader would have it.
    const baseline = new BrowserUnderTest(name, { withoutExtension: true });
    // prefers-color-scheme is fixed per launch in Firefox (a profile pref).
    const dark = new BrowserUnderTest(name, { colorScheme: 'dark' });
    // Touch, with and without the extension: Chromium in touch-enabled contexts, as on a phone;
    // Firefox's BiDi touch pointers need no setting of their own.
    const touchscreen =
      name === 'chromium'
        ? { with: new BrowserUnderTest(name, { touch: true }), without: new BrowserUnderTest(name, { touch: true, withoutExtension: true }) }
        : { with: withExtension, without: baseline };
    const own = [...new Set([withExtension, baseline, dark, touchscreen.with, touchscreen.without])];
    beforeAll(async () => {
      await Promise.all(own.map((b) => b.launch()));
    });
    afterAll(async () => {
      await Promise.all(own.map((b) => b.close()));
    });

    describe('demo article', () => demoArticleScenarios(() => withExtension, () => baseline, () => server));
    describe('reading rules', () => readingRulesScenarios(() => withExtension, () => server));
    describe('reading cases', () => readingCaseScenarios(() => withExtension, () => server));
    describe('big pages', () => bigPageScenarios(() => withExtension, () => server));
    describe('hostile pages', () => hostilePageScenarios(() => withExtension, () => server));
    describe('stress pages', () => stressPageScenarios(() => withExtension, () => server));
    describe('themes', () => themeScenarios(() => withExtension, () => dark, () => server));
    describe('odd documents', () => oddDocumentScenarios(() => withExtension, () => server));
    describe('popup', () => popupScenarios(() => withExtension, () => server, () => dark));
    describe('keyboard, touch and screen readers', () => keyboardTouchScenarios(() => withExtension, () => dark, () => touchscreen, () => server));
    describe('accessibility audit', () => accessibilityAuditScenarios(name, () => withExtension, () => dark, () => server));
    if (name === 'firefox') {
      describe('site access withheld', () => {
        const withheld = new BrowserUnderTest(name, {
          firefoxPrefs: {
            'extensions.originControls.grantByDefault': false,
            // Grants a permissions.request() at once: no doorhanger to click in a headless browser.
            'extensions.webextOptionalPermissionPrompts': false,
          },
        });
        beforeAll(() => withheld.launch());
        afterAll(() => withheld.close());
        withheldAccessScenarios(() => withheld, () => server);
      });
    } else {
      describe('file URLs', () => fileAccessScenarios(() => withExtension));
    }
    describe('settings fallback', () => settingsFallbackScenarios(() => withExtension, () => server));
    describe('no network', () => noNetworkScenarios(name, () => server));
    describe('fuzzing', () => fuzzScenarios(() => withExtension, () => server));
    describe('saved news pages', () => savedPagesScenarios(() => withExtension, () => baseline, () => server));
  });
}
