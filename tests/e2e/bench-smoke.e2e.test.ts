/**
 * `npm run bench -- --smoke` in both browsers (SUMMIT_BROWSERS narrows it):
 * one small page, one run. Checks only that the benchmark produced a
 * complete, well-formed result with positive numbers — never a timing.
 */
import { describe, expect, it } from 'vitest';
import { browsersUnderTest } from './driver/launch';
import { repoRoot } from './support/harness';
import { runBench, toMarkdown } from '../../scripts/bench/run';
import type { BenchResult } from '../../scripts/bench/report';

const positive = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x > 0;

describe('benchmark smoke mode', () => {
  const browsers = browsersUnderTest();
  let result: BenchResult;

  it('runs the whole benchmark once on a small page', async () => {
    result = await runBench({ repoRoot, smoke: true, browsers, log: () => {} });
    expect(result.mode).toBe('smoke');
    expect(result.runs).toBe(1);
    expect(result.browsers.map((b) => b.browser)).toEqual(browsers);
  }, 240_000);

  it('records the machine', () => {
    expect(result.machine.cpu).not.toBe('');
    expect(positive(result.machine.cores)).toBe(true);
    for (const b of browsers) expect(result.machine.browsers[b]).toMatch(/^\d+\./);
    expect(Number.isNaN(Date.parse(result.date))).toBe(false);
  });

  it('has the Node figures', () => {
    const { matcher, search, bundles } = result.node;
    for (const v of [matcher.mbPerSecReal, matcher.mbPerSecWith10k, matcher.matches, search.medianMs, search.maxMs]) {
      expect(positive(v)).toBe(true);
    }
    expect(bundles.map((b) => b.file)).toEqual(['content.js', 'popup.js']);
    for (const b of bundles) {
      expect(positive(b.bytes) && positive(b.gzipBytes)).toBe(true);
      expect(b.top.length).toBeGreaterThan(0);
    }
  });

  it('has every page figure, beside the floor and mark.js, in every browser', () => {
    for (const b of result.browsers) {
      expect(b.errors, b.browser).toEqual([]);
      expect(b.pages).toHaveLength(1);
      const p = b.pages[0]!;
      expect(p.errors, `${b.browser} ${p.page}`).toEqual([]);
      const figures = {
        textChars: p.textChars,
        textNodes: p.textNodes,
        mentions: p.mentions,
        markJsMarks: p.markJsMarks,
        oursTotalMs: p.oursTotalMs,
        longestTaskMs: p.longestTaskMs,
        firstViewportMs: p.firstViewportMs,
        floorMs: p.floorMs,
        markJsMs: p.markJsMs,
        oursPerFloor: p.oursPerFloor,
        markJsPerOurs: p.markJsPerOurs,
        withMs: p.meter?.withMs,
        withoutMs: p.meter?.withoutMs,
        markJsMainThreadMs: p.meter?.markJsMs,
      };
      for (const [name, value] of Object.entries(figures)) expect(positive(value), `${b.browser} ${name}: ${value}`).toBe(true);
      expect(typeof p.scriptStartAfterLoadMs).toBe('number');
      if (b.browser === 'chromium') {
        expect(positive(p.meter?.heapWithMb) && positive(p.meter?.heapWithoutMb)).toBe(true);
      } else {
        expect(p.meter?.heapWithMb).toBeNull();
      }
    }
  });

  it('splits the page load by kind of work, with the browser\'s own tracing, in every browser', () => {
    for (const b of result.browsers) {
      const split = b.pages[0]!.split;
      expect(split?.ext && split.base, b.browser).toBeTruthy();
      const total = (k: Record<string, number>) => Object.values(k).reduce((s, x) => s + x, 0);
      expect(positive(total(split!.ext!.total)) && positive(total(split!.base!.total)), b.browser).toBe(true);
      // The extension's own scripts ran in the traced load, and were told apart from the page's work.
      expect(positive(split!.ext!.ours.script), `${b.browser}: ${JSON.stringify(split!.ext!.ours)}`).toBe(true);
      expect(total(split!.base!.ours), b.browser).toBe(0);
      expect(toMarkdown(result)).toContain('## Where the added time goes');
    }
  });

  it('has the changing page, hover and popup figures in every browser', () => {
    for (const b of result.browsers) {
      const c = b.changing;
      for (const v of [c?.windowMs, c?.mutationWorkMs, c?.percentOfCore, c?.flushes, c?.pageOwnJsPercent, c?.pageMainThreadPercent]) {
        expect(positive(v), `${b.browser} changing: ${JSON.stringify(c)}`).toBe(true);
      }
      expect(b.hover.count, b.hover.errors.join('; ')).toBeGreaterThan(0);
      for (const v of [b.hover.lastOpenMs, b.hover.frameMs, b.hover.totalMs]) expect(positive(v), `${b.browser} hover`).toBe(true);
      expect(b.popup.runs).toBe(1);
      expect(positive(b.popup.fcpMs), `${b.browser} popup FCP`).toBe(true);
      expect(b.popup.keystrokes).toBeGreaterThan(0);
      expect(positive(b.popup.keystrokeMedianMs)).toBe(true);
    }
  });

  it('judges every budget and writes a table', () => {
    // Twelve per browser (the saved-pages, page-without-names and heap rows are judged null in a smoke run: no such page), four in Node.
    expect(result.budgets.length).toBe(12 * browsers.length + 4);
    for (const row of result.budgets) {
      expect(row.budget && row.where && row.measured).toBeTruthy();
      expect([true, false, null]).toContain(row.met);
    }
    const md = toMarkdown(result);
    expect(md).toContain('## Budgets');
    expect(md).toContain('| synthetic 0.25 MB |');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
