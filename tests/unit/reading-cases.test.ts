import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasEntries } from '../../src/core/alias-entries';
import { compileMatcher } from '../../src/core/matcher';
import { dataset } from '../../src/data/entities';
import cases from '../pages/reading-cases.json';

interface ReadingCase {
  text: string;
  names: [string, string][];
}
const FALSE_HITS = cases.falseHits as ReadingCase[];
const NAMES_NEWS_USES = cases.namesNewsUses as ReadingCase[];

const matcher = compileMatcher(aliasEntries(dataset));
const found = (text: string): [string, string][] => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entityId]);
const check = (cases: ReadingCase[]) => {
  for (const c of cases) expect(found(c.text), c.text).toEqual(c.names);
};

describe('names that belong to someone or something else', () => {
  it('open no card, or the right one', () => check(FALSE_HITS));

  it('"Poutine" alone waits for a page about Russia or the summit; "Vladimir Poutine" and "M. Poutine" do not', () => {
    const [dish] = matcher.find('a plate of Poutine');
    expect(dish).toMatchObject({ entityId: 'vladimir-putin', needsContext: true });
    // A food page's other names do not make it a page about Putin.
    expect(dish!.context).not.toContain('china');
    expect(dish!.context).not.toContain('turkey');
    expect(dish!.context).toEqual(expect.arrayContaining(['russia', 'moscow', 'kremlin', 'vladimir-putin']));
    for (const text of ['Vladimir Poutine a déclaré', 'M. Poutine a déclaré']) {
      expect(matcher.find(text)[0], text).toMatchObject({ entityId: 'vladimir-putin', needsContext: false });
    }
  });

  it('"OCS" alone waits for a page about the summit: it is also a television channel', () => {
    expect(matcher.find('Une série diffusée sur OCS')[0]).toMatchObject({ entityId: 'sco', needsContext: true });
    expect(matcher.find('Une série diffusée sur OCS')[0]!.context).toContain('vladimir-putin');
    expect(matcher.find('Organisation de coopération de Shanghai')[0]).toMatchObject({ entityId: 'sco', needsContext: false });
  });
});

describe('the names news actually uses', () => {
  it('capitals and seats of government, and the spellings of six languages', () => check(NAMES_NEWS_USES));

  it('finds "Moscow" 5 times and "Beijing" 3 times in the article, each standing for a government', () => {
    const text = readFileSync(new URL('../../src/data/summit-article.txt', import.meta.url), 'utf8');
    const body = text.slice(0, text.indexOf('Reference:'));
    const count = (id: string) => matcher.find(body).filter((m) => m.entityId === id).length;
    expect(count('moscow')).toBe(5);
    expect(count('beijing')).toBe(3);
  });
});
