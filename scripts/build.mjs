#!/usr/bin/env node
// Builds the one unpacked extension folder, dist/, that loads in Chrome and Firefox.
// Usage: node scripts/build.mjs [--watch] [--dev]
import { build, context } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkDataset, loadDictionary } from './lib/check-dataset.mjs';
import { importTs } from './lib/import-ts.mjs';
import { repoRoot } from './lib/paths.mjs';

const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');
const dist = path.join(repoRoot, 'dist');

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: repoRoot,
  outdir: dist,
  bundle: true,
  target: ['chrome120', 'firefox142'],
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  legalComments: 'none',
  // UTF-8 output keeps the Cyrillic and Chinese aliases at 2-3 bytes a character
  // instead of 6 as \u escapes. Chrome refuses a content script that contains a
  // Unicode noncharacter (U+FFFE, U+FFFF, U+FDD0-U+FDEF): a test checks the build has none.
  charset: 'utf8',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
  logLevel: 'warning',
};

/**
 * The content script carries the dictionary compiled (src/data/dictionary.ts
 * replaced by its value, trie included): a page adopts the matcher's trie as
 * it is, and the facts ship in card-ui.js alone.
 * @param {unknown} dictionary
 * @returns {import('esbuild').Plugin}
 */
function precompiledDictionary(dictionary) {
  return {
    name: 'precompiled-dictionary',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]data[\\/]dictionary\.ts$/ }, () => ({
        // JSON.parse of one string: engines parse JSON faster than the same object
        // as a literal. Parsed on first use: a frame with nothing to read never asks.
        contents: [
          `const json = ${JSON.stringify(JSON.stringify(dictionary))};`,
          'let parsed;',
          'export function loadDictionary() { return (parsed ??= JSON.parse(json)); }',
        ].join('\n'),
        loader: 'js',
      }));
    },
  };
}

/**
 * The words that begin an alias (src/data/first-words.ts) replaced by their
 * value: the content script asks a page's text about them before it loads
 * the reader and its dictionary.
 * @param {unknown} dictionary
 * @returns {import('esbuild').Plugin}
 */
function precompiledFirstWords(dictionary) {
  return {
    name: 'precompiled-first-words',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]data[\\/]first-words\.ts$/ }, async (args) => {
        const { Matcher } = await importTs("export { Matcher } from './src/core/matcher';\n");
        // '|' is in no key (compileDictionary refuses it).
        const words = new Matcher(dictionary).firstWords().join('|');
        return {
          contents: [
            "import { FirstWords } from '../core/matcher';",
            `const words = ${JSON.stringify(words)};`,
            'let firstWords;',
            "export function loadFirstWords() { return (firstWords ??= new FirstWords(words.split('|'))); }",
          ].join('\n'),
          loader: 'js',
          resolveDir: path.dirname(args.path),
        };
      });
    },
  };
}

/**
 * A .css file imported from TypeScript becomes its text, for a constructable
 * style sheet: the sheets' comments (contrast ratios, page-proofing) stay in
 * the sources and out of the bundles.
 * @returns {import('esbuild').Plugin}
 */
function cssAsText() {
  return {
    name: 'css-as-text',
    setup(b) {
      b.onLoad({ filter: /\.css$/ }, async (args) => ({
        contents: (await readFile(args.path, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, ''),
        loader: 'text',
      }));
    },
  };
}

/**
 * The English messages, imported by the string lookup for its fallback,
 * without what only translators read (descriptions, examples).
 * @returns {import('esbuild').Plugin}
 */
function englishMessages() {
  return {
    name: 'english-messages',
    setup(b) {
      b.onLoad({ filter: /[\\/]_locales[\\/]en[\\/]messages\.json$/ }, async (args) => {
        const messages = JSON.parse(await readFile(args.path, 'utf8'));
        for (const m of Object.values(messages)) {
          delete m.description;
          for (const p of Object.values(m.placeholders ?? {})) delete p.example;
        }
        return { contents: JSON.stringify(messages), loader: 'json' };
      });
    },
  };
}

/** @returns {import('esbuild').BuildOptions[]} */
function buildsFor(dictionary) {
  return [
    {
      ...common,
      entryPoints: {
        background: 'src/background/index.ts',
        content: 'src/content/index.ts',
        early: 'src/content/early.ts',
        popup: 'src/popup/index.tsx',
      },
      // Content scripts and Firefox background scripts cannot be ES modules.
      format: 'iife',
      plugins: [precompiledDictionary(dictionary), precompiledFirstWords(dictionary), cssAsText(), englishMessages()],
    },
    {
      ...common,
      // Loaded by the content script with import(): the reader once a page may
      // name someone, the card UI when a card is about to open.
      entryPoints: { reader: 'src/content/reader.ts', 'card-ui': 'src/content/card-ui.ts' },
      format: 'esm',
      plugins: [precompiledDictionary(dictionary), cssAsText(), englishMessages()],
    },
  ];
}

async function copyStatic() {
  const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
  const manifest = JSON.parse(await readFile(path.join(repoRoot, 'manifest.json'), 'utf8'));
  // package.json is the one place the version is set.
  manifest.version = pkg.version;
  await writeFile(path.join(dist, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  await cp(path.join(repoRoot, 'icons'), path.join(dist, 'icons'), { recursive: true });
  await cp(path.join(repoRoot, '_locales'), path.join(dist, '_locales'), { recursive: true });
  await cp(path.join(repoRoot, 'src/content/content.css'), path.join(dist, 'content.css'));
  await cp(path.join(repoRoot, 'src/popup/popup.html'), path.join(dist, 'popup.html'));
}

/** Chrome will not load a script that is not valid UTF-8 or holds a noncharacter. */
async function checkScripts() {
  for (const file of ['background.js', 'content.js', 'early.js', 'reader.js', 'card-ui.js', 'popup.js']) {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path.join(dist, file)));
    const bad = text.match(/[\uFDD0-\uFDEF\uFFFE\uFFFF]/);
    if (bad) throw new Error(`dist/${file} contains the noncharacter U+${bad[0].charCodeAt(0).toString(16).toUpperCase()}: Chrome would refuse it`);
  }
}

async function main() {
  // A bad dataset entry fails the build with a message naming entity and field.
  const problems = await checkDataset();
  const builds = buildsFor(await loadDictionary());
  if (problems.length > 0) {
    console.error(`Dataset check failed (${problems.length}):\n  ` + problems.join('\n  '));
    process.exit(1);
  }
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  if (watch) {
    const [main, cardUi] = builds;
    const cardUiCtx = await context(cardUi);
    await cardUiCtx.watch();
    const ctx = await context({
      ...main,
      plugins: [
        ...main.plugins,
        {
          name: 'copy-static',
          setup(b) {
            b.onEnd(async (result) => {
              await copyStatic();
              console.log(`rebuilt dist/ (${result.errors.length} errors)`);
            });
          },
        },
      ],
    });
    await ctx.watch();
    console.log('Watching src/ for changes; dist/ is rebuilt on every save. Ctrl+C stops.');
    return;
  }
  await Promise.all(builds.map((b) => build(b)));
  await copyStatic();
  await checkScripts();
  console.log(`Built ${path.relative(process.cwd(), dist) || 'dist'}/ (${dev ? 'development' : 'production'})`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
