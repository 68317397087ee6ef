// Imports a TypeScript module from a plain Node script: esbuild bundles it
// (with its imports) into a throwaway ESM file first. Used by the build's
// dataset check and by `npm start`, which drives browsers with the same
// driver code as the end-to-end tests.
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.mjs';

/**
 * @param {string} source  ESM source text whose imports are resolved from the repo root
 * @returns {Promise<any>} the module's namespace
 */
export async function importTs(source) {
  // Inside node_modules so that the bundle's package imports resolve from the repo.
  const cache = path.join(repoRoot, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const dir = await mkdtemp(path.join(cache, 'summit-lens-ts-'));
  try {
    const out = path.join(dir, 'module.mjs');
    await build({
      absWorkingDir: repoRoot,
      stdin: { contents: source, resolveDir: repoRoot, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      outfile: out,
      logLevel: 'error',
    });
    return await import(pathToFileURL(out).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
