#!/usr/bin/env node
// npm run package: store-ready zips for the Chrome Web Store and addons.mozilla.org,
// versioned from package.json and reproducible: the same sources give the same bytes
// (fixed file order, timestamps and modes).
// Usage: node scripts/package.mjs [--out DIR] [--no-build]
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yazl from 'yazl';
import { distDir, repoRoot } from './lib/paths.mjs';
import { mustRun } from './lib/run.mjs';

const outArg = process.argv.indexOf('--out');
const outDir = path.resolve(outArg >= 0 ? process.argv[outArg + 1] : path.join(repoRoot, 'packages'));
// A fixed timestamp: zips made from the same sources on any day are identical.
const MTIME = new Date(Date.UTC(2022, 8, 16, 12, 0, 0));

/** Per-store manifest: each store gets only the keys its browser reads. */
function manifestFor(store, manifest) {
  const m = structuredClone(manifest);
  if (store === 'chrome') {
    delete m.browser_specific_settings;
    m.background = { service_worker: m.background.service_worker };
  } else {
    m.background = { scripts: m.background.scripts };
  }
  return m;
}

async function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out;
}

function zip(files) {
  return new Promise((resolve, reject) => {
    const z = new yazl.ZipFile();
    for (const [name, data] of files) z.addBuffer(data, name, { mtime: MTIME, mode: 0o100644, compress: true });
    const chunks = [];
    z.outputStream.on('data', (c) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
    z.end();
  });
}

if (!process.argv.includes('--no-build')) await mustRun('Build', 'node', ['scripts/build.mjs']);
const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
const manifest = JSON.parse(await readFile(path.join(distDir, 'manifest.json'), 'utf8'));
const names = (await listFiles(distDir)).filter((f) => f !== 'manifest.json');
const contents = await Promise.all(names.map((n) => readFile(path.join(distDir, n))));
await mkdir(outDir, { recursive: true });
for (const store of ['chrome', 'firefox']) {
  const m = manifestFor(store, manifest);
  const files = [['manifest.json', Buffer.from(JSON.stringify(m, null, 2) + '\n')], ...names.map((n, i) => [n, contents[i]])];
  const data = await zip(files);
  const file = path.join(outDir, `summit-lens-${pkg.version}-${store}.zip`);
  await writeFile(file, data);
  const sha = createHash('sha256').update(data).digest('hex');
  console.log(`${path.relative(process.cwd(), file)}  ${data.length} bytes  sha256 ${sha}`);
}
