#!/usr/bin/env node
// npm test: type check, lint (ESLint + web-ext lint on the build), unit tests,
// then end-to-end tests in real headless Chromium and Firefox with dist/ loaded.
// Works as the first command on a fresh clone; a missing browser is a failure.
import { ensureBrowsers } from './lib/find-browsers.mjs';
import { ensureDependencies } from './lib/ensure-deps.mjs';
import { mustRun } from './lib/run.mjs';

const started = Date.now();
await ensureDependencies();
const browsers = (process.env.SUMMIT_BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean);
const found = await ensureBrowsers(browsers, { install: true });
for (const [name, path] of Object.entries(found)) console.log(`Using ${name}: ${path}`);

await mustRun('Type check', 'npx', ['tsc', '--noEmit']);
await mustRun('Lint', 'node', ['scripts/lint.mjs']);
await mustRun('Unit tests', 'npx', ['vitest', 'run', '--project', 'unit']);
await mustRun('End-to-end tests (built dist/, real browsers)', 'npx', ['vitest', 'run', '--project', 'e2e']);
console.log(`\n✔ All checks passed in ${Math.round((Date.now() - started) / 1000)} s`);
