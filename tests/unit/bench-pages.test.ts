import { describe, expect, it } from 'vitest';
import { aliasEntries } from '../../src/core/alias-entries';
import { compileMatcher } from '../../src/core/matcher';
import { dataset } from '../../src/data/entities';
import { markJsDictionary } from '../../scripts/bench/markjs';
import { changingPageHtml, LIVE_SPANS } from '../../scripts/bench/changing-page';
import { MB, NAMES_PER_MB, phrases, syntheticPage, TEXT_NODES_PER_MB } from '../../scripts/bench/synthetic-page';

const entries = aliasEntries(dataset);
const aliases = entries.filter((e) => e.entityId !== null && !e.needsContext).map((e) => e.text);

describe('synthetic pages', () => {
  const page = syntheticPage({ textChars: 0.25 * MB, aliases });

  it('are the same for the same options', () => {
    expect(syntheticPage({ textChars: 0.25 * MB, aliases }).html).toBe(page.html);
    expect(syntheticPage({ textChars: 0.25 * MB, aliases, seed: 1 }).html).not.toBe(page.html);
  });

  it('have news density: ≈ 9,000 names and ≈ 19,800 text nodes per MB of text', () => {
    const mb = page.textChars / MB;
    expect(mb).toBeGreaterThanOrEqual(0.25);
    expect(mb).toBeLessThan(0.26);
    expect(page.names / mb).toBeGreaterThan(NAMES_PER_MB * 0.97);
    expect(page.names / mb).toBeLessThan(NAMES_PER_MB * 1.03);
    expect(page.textNodes / mb).toBeGreaterThan(TEXT_NODES_PER_MB * 0.95);
    expect(page.textNodes / mb).toBeLessThan(TEXT_NODES_PER_MB * 1.05);
  });

  it('contain exactly the names written, as the real matcher sees them', () => {
    const matcher = compileMatcher(entries);
    const found = page.blocks.reduce((n, b) => n + matcher.find(b).length, 0);
    expect(found).toBe(page.names);
  });

  it('write the text they report', () => {
    expect(page.blocks.join('').length).toBe(page.textChars);
    expect(page.html).toMatch(/^<!doctype html>/);
    expect(page.html).toContain('<em>');
  });

  it('the changing page has its live spans and its script', () => {
    const changing = changingPageHtml(aliases, 0.25);
    expect(changing.html.match(/ data-live>/g)).toHaveLength(LIVE_SPANS);
    expect(changing.html).toContain('__benchChanging');
  });

  it('phrases are short, with names at about the same density', () => {
    const list = phrases(200, aliases);
    expect(list.every((p) => p.length >= 45 && !p.includes('<'))).toBe(true);
    const matcher = compileMatcher(entries);
    const names = list.reduce((n, p) => n + matcher.find(p).length, 0);
    expect(names).toBeGreaterThan(40);
  });
});

describe('the mark.js dictionary', () => {
  const dict = markJsDictionary(entries);
  const re = () => new RegExp(dict.pattern, dict.flags);
  const all = (text: string) => [...text.matchAll(re())].map((m) => m[0]);

  it('is one valid expression over every alias, as written and in capitals', () => {
    expect(dict.flags).toContain('g');
    expect(dict.alternatives).toBeGreaterThan(entries.length);
    expect(all('Vladimir Putin met XI JINPING in Samarkand')).toEqual(['Vladimir Putin', 'XI JINPING', 'Samarkand']);
  });

  it('matches whole words only, longest first, across any whitespace', () => {
    expect(all('Putinism and Xi and Xi Jinping')).toEqual(['Xi', 'Xi Jinping']);
    expect(all('President\u00a0Vladimir\nPutin')).toEqual(['President\u00a0Vladimir\nPutin']);
  });

  it('matches unspaced scripts inside running text', () => {
    expect(all('今天习近平会见')).toEqual(['习近平']);
  });

  it('lists the "not a name" texts, which it matches so that shorter names inside them do not', () => {
    expect(dict.notNames).toContain("Xi'an");
    expect(all("Xi'an is a city")).toEqual(["Xi'an"]);
  });
});
