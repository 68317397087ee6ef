/**
 * The mark.js baseline: mark.js 8.11.1 (a dev dependency) given the same
 * dictionary as the extension, as ONE regular expression — mark.js's
 * `mark(array)` would walk the page once per alias (hundreds of passes),
 * which is not the same work. The expression matches every alias as
 * written and in ALL CAPS, longest first, as whole words (except in scripts
 * written without spaces, as the extension does), any whitespace between
 * words; "not a name" texts are matched and then left unmarked.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { MatcherEntry } from '../../src/core/matcher';

export interface MarkJsDictionary {
  pattern: string;
  flags: string;
  /** Matched texts that are not names (not marked). */
  notNames: string[];
  alternatives: number;
}

const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function escapeRegExp(s: string): string {
  // Only syntax characters: with the u flag, escaping anything else ("\\-") is an error.
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One expression over every entry (as written and upper-cased). */
export function markJsDictionary(entries: readonly MatcherEntry[]): MarkJsDictionary {
  const spaced = new Set<string>();
  const unspaced = new Set<string>();
  const notNames = new Set<string>();
  for (const e of entries) {
    for (const text of new Set([e.text, e.text.toUpperCase()])) {
      (UNSPACED.test(text) ? unspaced : spaced).add(text);
      if (e.entityId === null) notNames.add(text);
    }
  }
  const alt = (texts: Set<string>) =>
    [...texts]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map((t) => t.split(/\s+/).map(escapeRegExp).join('\\s+'))
      .join('|');
  const word = String.raw`[\p{L}\p{M}\p{N}]`;
  const parts: string[] = [];
  if (spaced.size > 0) parts.push(`(?<!${word})(?:${alt(spaced)})(?!${word})`);
  if (unspaced.size > 0) parts.push(`(?:${alt(unspaced)})`);
  return { pattern: parts.join('|'), flags: 'gu', notNames: [...notNames], alternatives: spaced.size + unspaced.size };
}

/** mark.js's browser build, as text. */
export async function markJsSource(): Promise<string> {
  const require = createRequire(import.meta.url);
  let file: string;
  try {
    file = require.resolve('mark.js/dist/mark.min.js');
  } catch {
    throw new Error('mark.js is not installed: run `npm install` (it is a dev dependency, mark.js@8.11.1).');
  }
  return readFile(file, 'utf8');
}

/**
 * A function that, evaluated in a page, defines mark.js as window.__benchMark.
 * Its source text carries mark.js, so it runs as the evaluated expression
 * itself (no eval, no script element: the page's CSP does not apply). The
 * UMD wrapper is given a private `module`, so a page's own AMD loader or
 * CommonJS shim is not involved.
 */
export function markJsInstaller(source: string): () => boolean {
  return new Function(
    `var module = { exports: {} }; var exports = module.exports; var define = undefined;\n${source}\n;` +
      'window.__benchMark = module.exports; return typeof module.exports === "function";',
  ) as () => boolean;
}
