// Turns src/data/summit-article.txt into a plain, readable news-style HTML page
// (served by the static server at /demo/).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const DEFAULT_ARTICLE_PATH = path.join(repoRoot, 'src/data/summit-article.txt');

/** @param {string} text */
export function escapeHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const SUBHEADING = /^[–—-]\s+.+\s+[–—-]$/;
const CAPTION = /^Summit of the Shanghai Cooperation Organization \(SCO\) in Samarkand\b/;
const REFERENCE = /^Reference:/;

const CSS = `
  body { margin: 0; background: #fbfaf7; color: #1d1d1b;
    font: 19px/1.6 Georgia, "Times New Roman", "DejaVu Serif", serif; }
  main { max-width: 40rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
  h1 { font-size: 2.1rem; line-height: 1.2; margin: 0 0 1.5rem; }
  h2 { font-size: 1.3rem; margin: 2.2rem 0 0.6rem; }
  p { margin: 0 0 1.1rem; }
  figure { margin: 2rem 0; }
  figure .photo { height: 12rem; border-radius: 3px;
    background: linear-gradient(135deg, #c9d6df 0%, #e2e8ec 50%, #b8c6cf 100%); }
  figcaption { font-size: 0.85rem; color: #555; margin-top: 0.4rem; font-style: italic; }
  footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid #ddd;
    font-size: 0.8rem; color: #666; }
  footer p { margin: 0 0 0.6rem; }
`;

/**
 * @param {string} articleText the article as plain text: headline on the first
 *   line, paragraphs separated by blank lines.
 * @returns {string} a complete HTML document
 */
export function renderDemoPage(articleText) {
  const blocks = articleText
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean).join(' '))
    .filter(Boolean);
  if (blocks.length === 0) throw new Error('The article text is empty.');

  const [headline, ...rest] = blocks;
  // The saved text repeats its headline as the next line; show it once.
  if (rest[0] === headline) rest.shift();

  const body = [];
  const smallPrint = [];
  for (const block of rest) {
    if (smallPrint.length > 0 || REFERENCE.test(block)) {
      smallPrint.push(`<p>${escapeHtml(block)}</p>`);
    } else if (SUBHEADING.test(block)) {
      body.push(`<h2>${escapeHtml(block)}</h2>`);
    } else if (CAPTION.test(block)) {
      body.push(
        `<figure>\n  <div class="photo" role="img" aria-label="Photo"></div>\n` +
          `  <figcaption>${escapeHtml(block)}</figcaption>\n</figure>`,
      );
    } else {
      body.push(`<p>${escapeHtml(block)}</p>`);
    }
  }

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(headline)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<article>
<h1>${escapeHtml(headline)}</h1>
${body.join('\n')}
</article>
${smallPrint.length ? `<footer>\n${smallPrint.join('\n')}\n</footer>` : ''}
</main>
</body>
</html>
`;
}

/** Reads the article file and renders the demo page. @param {string} [articlePath] */
export function buildDemoPage(articlePath = DEFAULT_ARTICLE_PATH) {
  return renderDemoPage(readFileSync(articlePath, 'utf8'));
}
