import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { requireBrowser } from './scripts/lib/find-browsers.mjs';

// Four projects, from fastest to slowest feedback:
// - unit: pure logic in Node;
// - dom: the content script's DOM logic in happy-dom, where layout does not matter;
// - browser: Vitest's browser mode in the installed Chromium, where layout does
//   (what is rendered, what lies under a point, where a card goes, real highlights);
// - e2e: the built extension in real browsers, one file at a time (each launches browsers).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'dom',
          include: ['tests/dom/**/*.dom.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/dom/setup.ts'],
          // One happy-dom window for all the files: building one per file was
          // most of this project's time. Each test leaves the document empty.
          isolate: false,
        },
      },
      {
        // Bundled before the browser starts: found mid-run, a dependency reloads the page.
        optimizeDeps: { include: ['@floating-ui/dom', 'preact', 'preact/hooks'] },
        plugins: [
          {
            // The sources import their style sheets as text (esbuild's text loader in
            // scripts/build.mjs); Vite's own ?raw gives the same.
            name: 'style-sheets-as-text',
            enforce: 'pre',
            resolveId(source: string, importer: string | undefined) {
              if (!source.endsWith('.css') || !importer?.includes('/src/')) return null;
              return this.resolve(`${source}?raw`, importer, { skipSelf: true });
            },
          },
        ],
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                // Never a browser of Playwright's own (none is downloaded): the
                // system's Chromium. A getter, read only when this project is
                // set up, so that the other projects run without Chromium, while
                // a missing one fails this project, saying how to install it.
                get executablePath() {
                  return requireBrowser('chromium');
                },
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
