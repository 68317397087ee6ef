// Runs the dataset schema check at build time (the dataset and its validator
// are TypeScript; importTs bundles them for Node).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importTs } from './import-ts.mjs';
import { repoRoot } from './paths.mjs';

/** @returns {Promise<string[]>} the problems found, empty when the dataset is sound */
export async function checkDataset() {
  const { dataset, validateDataset } = await importTs(
    "export { dataset } from './src/data/entities';\n" +
      "export { validateDataset } from './src/core/validate-dataset';\n",
  );
  const article = await readFile(path.join(repoRoot, 'src/data/summit-article.txt'), 'utf8');
  return validateDataset(dataset, article);
}

/** The dictionary the content script ships (src/data/dictionary.ts), compiled. */
export async function loadDictionary() {
  const { loadDictionary: load } = await importTs("export { loadDictionary } from './src/data/dictionary';\n");
  return load();
}
