// Runs the dataset schema check at build time. The dataset and its validator
// are TypeScript, so esbuild bundles them into a throwaway module first.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.mjs';

/** @returns {Promise<string[]>} the problems found, empty when the dataset is sound */
export async function checkDataset() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'summit-lens-check-'));
  try {
    const out = path.join(dir, 'check.mjs');
    await build({
      absWorkingDir: repoRoot,
      stdin: {
        contents:
          "export { dataset } from './src/data/entities';\n" +
          "export { validateDataset } from './src/core/validate-dataset';\n",
        resolveDir: repoRoot,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: out,
      logLevel: 'error',
    });
    await writeFile(path.join(dir, 'package.json'), '{"type":"module"}');
    const { dataset, validateDataset } = await import(pathToFileURL(out).href);
    const article = await readFile(path.join(repoRoot, 'src/data/summit-article.txt'), 'utf8');
    return validateDataset(dataset, article);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
