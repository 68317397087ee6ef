#!/usr/bin/env node
// npm start [-- --browser chromium|firefox] [--headless]
// Builds the extension, serves the demo article locally and opens a browser
// with the extension loaded on it. With no display (a server), the browser
// runs headless instead: this prints what the extension found on the page and
// saves a screenshot with a card open, so a newcomer sees it work.
import path from 'node:path';
import { option } from './lib/args.mjs';
import { ensureDependencies } from './lib/ensure-deps.mjs';
import { ensureBrowsers } from './lib/find-browsers.mjs';
import { repoRoot } from './lib/paths.mjs';
import { mustRun } from './lib/run.mjs';

const browserName = option('browser', 'chromium');
if (browserName !== 'chromium' && browserName !== 'firefox') {
  console.error(`Unknown browser "${browserName}": use --browser chromium or --browser firefox.`);
  process.exit(2);
}
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;

await ensureDependencies();
await ensureBrowsers([browserName], { install: true });
await mustRun('Build', 'node', ['scripts/build.mjs']);

const { importTs } = await import('./lib/import-ts.mjs');
const { startServer } = await import('./lib/static-server.mjs');
const { showDemo } = await importTs("export { showDemo } from './scripts/lib/show-demo';\n");
const server = await startServer({ port: 0 });
const demoUrl = `${server.url}/demo/`;
console.log(`\nDemo article: ${demoUrl}`);

if (headless) {
  if (!hasDisplay) console.log('No display found: running the browser headless.');
  const screenshot = path.join(repoRoot, 'artifacts', `start-${browserName}.png`);
  try {
    const report = await showDemo({ browser: browserName, url: demoUrl, extensionDir: path.join(repoRoot, 'dist'), screenshot });
    console.log(`\nSummit Lens found ${report.total} mentions of ${report.counts.length} entities on the demo article (${report.browser}):\n`);
    for (const { name, kind, count } of report.counts) console.log(`  ${String(count).padStart(3)}  ${name} (${kind})`);
    console.log(`\nHovered "${report.hovered}": the card for ${report.cardEntity} opened.`);
    console.log(`Screenshot: ${path.relative(process.cwd(), screenshot)}`);
  } finally {
    await server.close();
  }
} else {
  const { openInteractive } = await importTs("export { openInteractive } from './scripts/lib/show-demo';\n");
  console.log(`Opening ${browserName} with Summit Lens loaded; it reloads when a source file changes.`);
  console.log('Close the browser (or press Ctrl+C) to stop.');
  const { run } = await import('./lib/run.mjs');
  await openInteractive({
    browser: browserName,
    url: demoUrl,
    extensionDir: path.join(repoRoot, 'dist'),
    repoRoot,
    rebuild: async () => (await run('node', ['scripts/build.mjs', '--dev'])) === 0,
  });
  await server.close();
}
