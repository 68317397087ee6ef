/**
 * The viewport window with Chromium's IntersectionObserver: past the
 * threshold, only the blocks near the viewport keep their ranges in the
 * highlight registry, and scrolling moves that window. Every mention stays
 * in the index.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { Highlighter, HIGHLIGHT_NAMES } from '../../src/content/highlighter';
import { PageScanner } from '../../src/content/page-scanner';
import { clearPage } from '../fixtures/load-page';
import { fullMatcher } from '../fixtures/scanner';

// Frames and observer callbacks come late on a busy machine: more than vi.waitFor's default second.
const SOON = { timeout: 5000, interval: 10 };
const HEIGHT = 600;
let scanner: PageScanner | null = null;
let highlighter: Highlighter | null = null;

beforeEach(() => page.viewport(800, HEIGHT));
afterEach(() => {
  scanner?.stop();
  highlighter?.clear();
  scanner = null;
  highlighter = null;
  clearPage();
  window.scrollTo(0, 0);
});

/** Like tests/pages/many-names.html: paragraphs of three names each. */
function feed(paragraphs: number): HTMLParagraphElement[] {
  document.body.style.cssText = 'margin: 0; font: 16px/1.5 serif';
  const ps = Array.from({ length: paragraphs }, (_, i) => {
    const p = document.createElement('p');
    p.textContent = `Item ${i}: Vladimir Putin met Xi Jinping in Samarkand.`;
    return p;
  });
  document.body.append(...ps);
  return ps;
}

async function scan(): Promise<PageScanner> {
  highlighter = new Highlighter('underline');
  scanner = new PageScanner(document, fullMatcher, highlighter, () => false);
  await scanner.start();
  return scanner;
}

/** The paragraphs whose names are in the registry now. */
function registeredBlocks(): Set<Element> {
  const out = new Set<Element>();
  for (const r of CSS.highlights.get(HIGHLIGHT_NAMES.underline) ?? []) out.add(r.startContainer.parentElement!);
  return out;
}

describe('ViewportWindow', () => {
  it('below the threshold (1000 mentions), registers every name and observes nothing', async () => {
    feed(300);
    const s = await scan();
    expect(s.sizes()).toMatchObject({ mentions: 900, registered: 900, watched: 0 });
  });

  it('past it, keeps only the blocks near the viewport registered, and moves them with scrolling', async () => {
    const ps = feed(1000);
    const s = await scan();
    expect(s.sizes()).toMatchObject({ mentions: 3000, watched: 1000 });
    // The observer reports asynchronously: the far blocks leave the registry then.
    await vi.waitFor(() => expect(highlighter!.registeredCount).toBeLessThan(600), SOON);
    const near = (p: Element) => {
      const r = p.getBoundingClientRect();
      // The window's margin is 150% of the viewport's height, above and below.
      return r.bottom >= -1.5 * HEIGHT && r.top <= 2.5 * HEIGHT;
    };
    expect([...registeredBlocks()].every(near)).toBe(true);
    expect(registeredBlocks().has(ps[0]!)).toBe(true);
    expect(registeredBlocks().has(ps[999]!)).toBe(false);
    expect(highlighter!.registeredCount).toBe(registeredBlocks().size * 3);

    ps[999]!.scrollIntoView({ block: 'end' });
    await vi.waitFor(() => expect(registeredBlocks().has(ps[999]!)).toBe(true), SOON);
    await vi.waitFor(() => expect(registeredBlocks().has(ps[0]!)).toBe(false), SOON);
    expect([...registeredBlocks()].every(near)).toBe(true);
    // The index holds every mention all along.
    expect(Object.fromEntries(s.index.countsByEntity())).toEqual({ 'vladimir-putin': 1000, 'xi-jinping': 1000, samarkand: 1000 });
  });

  it('lets go of blocks the page removes', async () => {
    const ps = feed(1000);
    const s = await scan();
    expect(s.sizes().watched).toBe(1000);
    const before = s.stats.mutationFlushes;
    for (const p of ps.slice(500)) p.remove();
    await vi.waitFor(() => expect(s.stats.mutationFlushes).toBeGreaterThan(before), SOON);
    expect(s.sizes()).toMatchObject({ mentions: 1500, watched: 500 });
  });
});
