#!/usr/bin/env node
// npm run lint: ESLint over the sources, then web-ext lint over the built dist/.
import { ensureDependencies } from './lib/ensure-deps.mjs';
import { mustRun } from './lib/run.mjs';

await ensureDependencies();
await mustRun('ESLint', 'npx', ['eslint', '--max-warnings=0', '.']);
await mustRun('Build', 'node', ['scripts/build.mjs']);
await mustRun('web-ext lint (dist/)', 'npx', ['web-ext', 'lint', '--source-dir', 'dist', '--no-input']);
