// Makes `npm start` and `npm test` work as the very first command on a fresh
// clone: installs the npm dependencies when they are missing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.mjs';
import { mustRun } from './run.mjs';

export async function ensureDependencies() {
  const marker = ['esbuild', 'vitest', 'playwright-core', 'preact', 'happy-dom', '@vitest/browser-playwright'].every((p) =>
    existsSync(path.join(repoRoot, 'node_modules', p, 'package.json')),
  );
  if (marker) return;
  const hasLock = existsSync(path.join(repoRoot, 'package-lock.json'));
  await mustRun('Installing npm dependencies', 'npm', [hasLock ? 'ci' : 'install', '--no-audit', '--no-fund']);
}
