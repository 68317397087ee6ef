/**
 * `npm run package` is reproducible: building and packaging twice from the
 * same sources gives byte-identical zips for both stores.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function packageInto(): Record<string, string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'summit-lens-pkg-'));
  dirs.push(dir);
  execFileSync('node', ['scripts/package.mjs', '--out', dir], { cwd: root, stdio: 'pipe' });
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]),
  );
}

it('gives the same zip bytes when built twice', { timeout: 120_000 }, () => {
  const first = packageInto();
  const second = packageInto();
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
  expect(Object.keys(first)).toEqual([`summit-lens-${version}-chrome.zip`, `summit-lens-${version}-firefox.zip`]);
  expect(second).toEqual(first);
});
