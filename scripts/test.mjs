#!/usr/bin/env node
// npm test: type check, lint (ESLint + web-ext lint on the build), unit tests,
// the content script's DOM tests (happy-dom) and browser-mode tests (Chromium),
// then end-to-end tests in real headless Chromium and Firefox with dist/ loaded.
// Works as the first command on a fresh clone; a missing browser is a failure.
import { ensureBrowsers } from './lib/find-browsers.mjs';
import { ensureDependencies } from './lib/ensure-deps.mjs';
import { mustRun } from './lib/run.mjs';

const started = Date.now();
await ensureDependencies();
const browsers = (process.env.SUMMIT_BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);
// Chromium whatever SUMMIT_BROWSERS says: the browser-mode tests run in it.
const found = await ensureBrowsers([...new Set([...browsers, 'chromium'])], { install: true });
for (const [name, path] of Object.entries(found)) console.log(`Using ${name}: ${path}`);

await mustRun('Type check', 'npx', ['tsc', '--noEmit']);
await mustRun('Lint', 'node', ['scripts/lint.mjs']);
await mustRun('Unit tests', 'npx', ['vitest', 'run', '--project', 'unit']);
// npm run test:fast: the loop a developer runs is the one CI runs.
await mustRun('Content script tests (DOM in happy-dom, browser mode in Chromium)', 'npx', ['vitest', 'run', '--project', 'dom', '--project', 'browser']);
await mustRun('End-to-end tests (built dist/, real browsers)', 'npx', ['vitest', 'run', '--project', 'e2e']);
console.log(`\n✔ All checks passed in ${Math.round((Date.now() - started) / 1000)} s`);
