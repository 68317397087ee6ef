import { describe, expect, it } from 'vitest';
import { stressMarkdown, summarizeRewrite, summarizeSpa } from '../../scripts/bench/stress-report';
import type { RewriteRun, SpaRun } from '../../scripts/bench/stress-pages';

const cpu = (taskMs: number) => ({ taskMs, scriptMs: null, layoutMs: null, styleMs: null });

function rewriteRun(over: Partial<RewriteRun> = {}): RewriteRun {
  return {
    windowMs: 10_000,
    baseWindowMs: 10_000,
    mutationWorkMs: 150,
    mutationFlushes: 200,
    mutationRecords: 10_000,
    observerMs: 40,
    longestFlushMs: 3,
    frames: 600,
    baseFrames: 600,
    extCpu: cpu(1200),
    baseCpu: cpu(700),
    ...over,
  };
}

const sizes = (mentions: number) => ({ owners: 4, mentions, registered: mentions, hiddenOwners: 2, held: 0, shadowRoots: 1, pendingShadowRoots: 0, watched: 0 });

function spaRun(over: Partial<SpaRun> = {}): SpaRun {
  return {
    navigations: 200,
    mutations: 1800,
    heapBeforeMb: 1.5,
    heapAfterMb: 1.75,
    baseHeapBeforeMb: 0.8,
    baseHeapAfterMb: 0.9,
    sizesBefore: sizes(7),
    sizesAfter: sizes(11),
    mutationRecords: 1800,
    sessionMs: 15_000,
    ...over,
  };
}

describe('stress page figures', () => {
  it('rewriting page: shares of one core, rates and the with − without difference', () => {
    const s = summarizeRewrite([rewriteRun()])!;
    expect(s.oursPercent).toBeCloseTo(1.5);
    expect(s.observerPercent).toBeCloseTo(0.4);
    expect(s.withPercent).toBeCloseTo(12);
    expect(s.withoutPercent).toBeCloseTo(7);
    expect(s.extraPercent).toBeCloseTo(5);
    expect(s.framesPerSecond).toBeCloseTo(60);
    expect(s.flushesPerSecond).toBeCloseTo(20);
    expect(s.recordsPerFlush).toBeCloseTo(50);
  });

  it('rewriting page: a run without a meter reading still gives the ScanStats figures', () => {
    const s = summarizeRewrite([rewriteRun({ extCpu: null })])!;
    expect(s.withPercent).toBeNull();
    expect(s.extraPercent).toBeNull();
    expect(s.oursPercent).toBeCloseTo(1.5);
  });

  it('single-page app: growth with and without, and what the extension kept', () => {
    const s = summarizeSpa([spaRun()])!;
    expect(s.growthMb).toBeCloseTo(0.25);
    expect(s.baseGrowthMb).toBeCloseTo(0.1);
    expect(s.extraGrowthMb).toBeCloseTo(0.15);
    expect(s.sizesAfter?.mentions).toBe(11);
    // Firefox without a heap reading: sizes still reported.
    expect(summarizeSpa([spaRun({ heapBeforeMb: null, heapAfterMb: null })])!.growthMb).toBeNull();
  });

  it('nothing measured: no summary and no section', () => {
    expect(summarizeRewrite([])).toBeNull();
    expect(summarizeSpa([])).toBeNull();
    expect(stressMarkdown([{ browser: 'chromium', rewrite: null, spa: null }])).toEqual([]);
    const md = stressMarkdown([{ browser: 'firefox', rewrite: summarizeRewrite([rewriteRun()]), spa: summarizeSpa([spaRun()]) }]).join('\n');
    expect(md).toContain('## Rewriting page');
    expect(md).toContain('## Single-page app session');
    expect(md).toContain('| firefox |');
  });
});
