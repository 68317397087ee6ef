/**
 * The promises the README makes about permissions and code, checked against
 * the manifest and the sources so that they cannot drift apart: the minimal
 * permissions, each justified in the README; no remote code; a strict
 * Content-Security-Policy for the extension's own pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|html|css)$/.test(e.name) ? [full] : [];
  });
}

/** The README's permissions table: the first cell of each row. */
function justifiedPermissions(): string[] {
  const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^\| (.+?) \|/gm)].map((m) => m[1]!).filter((c) => c !== 'Permission' && !/^-+$/.test(c));
}

describe('permissions', () => {
  it('asks for exactly the permissions the extension uses', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('justifies every permission in the README', () => {
    const rows = justifiedPermissions();
    for (const permission of [...manifest.permissions, ...manifest.host_permissions]) {
      expect(rows.some((row) => row.includes(`\`${permission}\``)), `README row for ${permission}`).toBe(true);
    }
  });
});

describe('extension pages', () => {
  const csp: Record<string, string[]> = Object.fromEntries(
    String(manifest.content_security_policy.extension_pages)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );

  it('have a strict Content-Security-Policy: own scripts only, no network, no eval', () => {
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['connect-src']).toEqual(["'none'"]);
    const all = Object.values(csp).flat();
    expect(all.filter((v) => /unsafe|https?:|\*|wasm/.test(v))).toEqual([]);
  });

  it('load only the extension’s own scripts', () => {
    for (const file of sourceFiles(path.join(root, 'src')).filter((f) => f.endsWith('.html'))) {
      const sources = [...readFileSync(file, 'utf8').matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map((m) => m[1]!);
      expect(sources.filter((s) => /^[a-z]+:|^\/\//i.test(s)), path.relative(root, file)).toEqual([]);
      expect(readFileSync(file, 'utf8'), 'no inline script').not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });
});

describe('no remote code', () => {
  const sources = sourceFiles(path.join(root, 'src')).map((f) => ({
    file: path.relative(root, f),
    text: readFileSync(f, 'utf8'),
  }));

  it('imports code only from the extension itself', () => {
    for (const { file, text } of sources) {
      // A dynamic import must name one of our own files through runtime.getURL.
      for (const m of text.matchAll(/\bimport\(\s*([^)]*)\)/g)) {
        expect(m[1], `${file}: import(${m[1]})`).toMatch(/getURL\(/);
      }
    }
  });

  it('exposes to pages only the lazily loaded reader and card code, behind a per-session URL', () => {
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['reader.js', 'card-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true },
    ]);
  });
});
