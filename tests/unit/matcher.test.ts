import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileMatcher, foldDiacritics, type MatcherEntry } from '../../src/core/matcher';
import { aliasEntries } from '../../src/core/alias-entries';
import { dataset } from '../../src/data/entities';

const entries: MatcherEntry[] = [
  { text: 'Putin', entityId: 'putin' },
  { text: 'Vladimir Putin', entityId: 'putin' },
  { text: 'Mr Putin', entityId: 'putin' },
  { text: 'Mr. Putin', entityId: 'putin' },
  { text: 'Путин', entityId: 'putin' },
  { text: 'Путина', entityId: 'putin' },
  { text: 'Xi', entityId: 'xi' },
  { text: 'Xi Jinping', entityId: 'xi' },
  { text: '习近平', entityId: 'xi' },
  { text: 'Erdoğan', entityId: 'erdogan' },
  { text: 'Erdogan', entityId: 'erdogan' },
  { text: 'Turkey', entityId: 'turkey' },
  { text: 'Türkiye', entityId: 'turkey' },
  { text: 'Turkish', entityId: 'turkey', demonym: true },
  { text: 'China', entityId: 'china' },
  { text: '中国', entityId: 'china' },
  { text: 'India', entityId: 'india' },
  { text: '印度', entityId: 'india' },
  { text: 'Russia', entityId: 'russia' },
  { text: 'Shanghai Cooperation Organization', entityId: 'sco' },
  { text: 'SCO', entityId: 'sco' },
  { text: 'U.S.', entityId: 'us' },
  { text: 'United States', entityId: 'us' },
  { text: "Xi'an", entityId: null },
  { text: '印度尼西亚', entityId: null },
  { text: 'Modi', entityId: 'modi' },
];
const matcher = compileMatcher(entries);

function found(text: string): [string, string][] {
  return matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entityId]);
}

describe('matcher', () => {
  it('finds whole names with their entity', () => {
    expect(found('Vladimir Putin met Xi Jinping in Samarkand.')).toEqual([
      ['Vladimir Putin', 'putin'],
      ['Xi Jinping', 'xi'],
    ]);
  });

  it('prefers the longest alias', () => {
    expect(found('the Shanghai Cooperation Organization (SCO)')).toEqual([
      ['Shanghai Cooperation Organization', 'sco'],
      ['SCO', 'sco'],
    ]);
    expect(found('Mr. Putin and Mr Putin and Putin')).toEqual([
      ['Mr. Putin', 'putin'],
      ['Mr Putin', 'putin'],
      ['Putin', 'putin'],
    ]);
  });

  it('respects Unicode word boundaries', () => {
    expect(found('Erdoğan spoke; Erdoğanist is not him')).toEqual([['Erdoğan', 'erdogan']]);
    expect(found('Türkiye and Türkiyes')).toEqual([['Türkiye', 'turkey']]);
    expect(found('Путин и Путина, но не Путинский')).toEqual([
      ['Путин', 'putin'],
      ['Путина', 'putin'],
    ]);
  });

  it('never matches inside longer words', () => {
    expect(found('Xiamen Xinjiang Indiana Modified Russiagate Chinatown')).toEqual([]);
    expect(found('XIAMEN INDIANA')).toEqual([]);
    expect(found('éXi Xié')).toEqual([]);
  });

  it('matches in scripts written without spaces', () => {
    expect(found('国家主席习近平在撒马尔罕会见普京')).toEqual([['习近平', 'xi']]);
    expect(found('中国和印度')).toEqual([
      ['中国', 'china'],
      ['印度', 'india'],
    ]);
    // A longer word containing an alias is consumed by its not-a-name entry.
    expect(found('印度尼西亚总统')).toEqual([]);
  });

  it('handles possessives with straight and curly apostrophes', () => {
    expect(found("Putin's war, Xi’s trip, Russia’s invasion")).toEqual([
      ['Putin', 'putin'],
      ['Xi', 'xi'],
      ['Russia', 'russia'],
    ]);
    expect(found("Xi'an is a city; Xi’an too")).toEqual([]);
  });

  it('accepts any whitespace inside multi-word names', () => {
    expect(found('Vladimir\u00a0Putin / Vladimir\n  Putin / Xi\tJinping')).toEqual([
      ['Vladimir\u00a0Putin', 'putin'],
      ['Vladimir\n  Putin', 'putin'],
      ['Xi\tJinping', 'xi'],
    ]);
  });

  it('matches capitalised and ALL CAPS, never lower case', () => {
    expect(found('roast turkey on a china plate')).toEqual([]);
    expect(found('PUTIN MEETS XI JINPING IN TURKEY')).toEqual([
      ['PUTIN', 'putin'],
      ['XI JINPING', 'xi'],
      ['TURKEY', 'turkey'],
    ]);
    expect(found('ERDOĞAN, ERDOGAN')).toEqual([
      ['ERDOĞAN', 'erdogan'],
      ['ERDOGAN', 'erdogan'],
    ]);
    expect(found('pUTIN tURKEY')).toEqual([]);
  });

  it('folds diacritics both ways', () => {
    expect(foldDiacritics('Erdoğan')).toBe('Erdogan');
    expect(foldDiacritics('Kırgızistan')).toBe('Kirgizistan');
    expect(found('Erdögan')).toEqual([['Erdögan', 'erdogan']]);
  });

  it('matches aliases with punctuation', () => {
    expect(found('the U.S. and the United States')).toEqual([
      ['U.S.', 'us'],
      ['United States', 'us'],
    ]);
  });

  it('flags demonyms', () => {
    const [m] = matcher.find('Turkish President');
    expect(m).toMatchObject({ entityId: 'turkey', demonym: true });
  });

  it('reports offsets of astral and combining text correctly', () => {
    const text = '𠀀𠀀 Xi Jinping e\u0301 Putin';
    for (const m of matcher.find(text)) {
      expect(['Xi Jinping', 'Putin']).toContain(text.slice(m.start, m.end));
    }
  });

  it('rejects aliases that could never match', () => {
    expect(() => compileMatcher([{ text: 'turkey', entityId: 'x' }])).toThrow(/lower-case/);
    expect(() => compileMatcher([{ text: '  ', entityId: 'x' }])).toThrow(/Empty alias/);
  });

  it('lets the first entry win a deliberately shared alias', () => {
    const m = compileMatcher([
      { text: 'Georgia', entityId: 'georgia-country' },
      { text: 'Georgia', entityId: 'georgia-state' },
    ]);
    expect(m.find('Georgia')[0]!.entityId).toBe('georgia-country');
  });
});

describe('matcher: the quick first-letters check', () => {
  // The matcher turns away capitals by their first two ASCII characters
  // before reading a word; these are the edges of that shortcut.
  const m = compileMatcher([
    { text: 'X Corp', entityId: 'x' },
    { text: 'Ağa Khan', entityId: 'aga' },
    { text: 'Öcalan', entityId: 'ocalan' },
    { text: 'AB', entityId: 'ab' },
  ]);
  const texts = (t: string) => m.find(t).map((x) => t.slice(x.start, x.end));

  it('finds one-letter first words, at the end of the text too', () => {
    expect(texts('We met X Corp. Then X')).toEqual(['X Corp']);
    expect(texts('X Corp')).toEqual(['X Corp']);
  });

  it('finds names whose second letter is folded, written either way', () => {
    expect(texts('Ağa Khan and Aga Khan and AĞA KHAN')).toEqual(['Ağa Khan', 'Aga Khan', 'AĞA KHAN']);
    expect(texts('Öcalan, Ocalan')).toEqual(['Öcalan', 'Ocalan']);
  });

  it('finds a two-letter name at the very end', () => {
    expect(texts('said AB')).toEqual(['AB']);
    expect(texts('The ABC said')).toEqual([]);
  });
});

describe('matcher properties', () => {
  const names = entries.filter((e) => e.entityId !== null);
  // Filler that cannot form or touch a name: lower-case ASCII words and punctuation.
  // Fillers start with a lower-case word, so that inserted acronyms ("SCO") never
  // stand beside another all-caps word, where the matcher deliberately skips them.
  const filler = fc.stringMatching(/^[a-z]{1,8}[a-z ,.;]{0,22}$/);
  const gap = fc.constantFrom(' ', '\u00a0', '\n', ', ', ' (', ') ', '. ');

  it('finds every inserted name, with the right entity, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, fc.constantFrom(...names), gap), { maxLength: 12 }),
        (parts) => {
          let text = '';
          const expected: [number, number, string][] = [];
          for (const [before, name, after] of parts) {
            text += before + ' ';
            expected.push([text.length, text.length + name.text.length, name.entityId!]);
            text += name.text + after;
          }
          const got = matcher.find(text).map((m) => [m.start, m.end, m.entityId]);
          // Adjacent inserted names may merge into one longer alias
          // ("Putin" + " " + "Putin" never does, but "Xi" + " Jinping" cannot occur
          // because fillers are lower case), so compare exactly.
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns ordered, non-overlapping matches whose text is an alias of the entity', () => {
    const alphabet = fc.constantFrom(
      ...'aXiPutnJgp Vldmr.\u00a0\'’中国印度尼西亚习近平ğüТуркПиERDOGAN'.split(''),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), (text) => {
        let last = 0;
        for (const m of matcher.find(text)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          last = m.end;
          const again = matcher.find(text.slice(m.start, m.end));
          expect(again).toHaveLength(1);
          expect(again[0]!.entityId).toBe(m.entityId);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('matcher: titles before longer names', () => {
  const m = compileMatcher([
    { text: 'President Xi', entityId: 'xi' },
    { text: 'Xi Jinping', entityId: 'xi' },
    { text: 'Xi', entityId: 'xi' },
    { text: 'Mr. Putin', entityId: 'putin' },
    { text: 'Putin', entityId: 'putin' },
    { text: 'Chinese', entityId: 'china', demonym: true },
  ]);
  it('extends a title alias over the full name that follows', () => {
    const text = 'Chinese President Xi Jinping and President Xi';
    expect(m.find(text).map((x) => text.slice(x.start, x.end))).toEqual([
      'Chinese',
      'President Xi Jinping',
      'President Xi',
    ]);
  });
});

describe('matcher: acronyms', () => {
  const m = compileMatcher([
    { text: 'US', entityId: 'us' },
    { text: 'U.S.', entityId: 'us' },
    { text: 'SCO', entityId: 'sco' },
    { text: 'Canada', entityId: 'canada' },
  ]);
  const texts = (t: string) => m.find(t).map((x) => t.slice(x.start, x.end));
  it('matches acronyms in ordinary text', () => {
    expect(texts('US & Canada; the U.S. and the SCO summit; US-China talks')).toEqual(['US', 'Canada', 'U.S.', 'SCO', 'US']);
  });
  it('skips acronyms that are words of all-caps text or locale codes', () => {
    expect(texts('FOLLOW US on social media')).toEqual([]);
    expect(texts('US GUN LAWS')).toEqual([]);
    expect(texts('lang="en-US" and en_US')).toEqual([]);
  });
});

describe('names that are something else in their surroundings', () => {
  const m = compileMatcher([
    { text: 'Xi', entityId: 'xi' },
    { text: 'Xi Jinping', entityId: 'xi' },
    { text: 'President Xi', entityId: 'xi' },
    { text: 'Indien', entityId: 'india' },
    { text: 'océan Indien', entityId: null },
    { text: 'Poutine', entityId: 'putin', needsContext: true, context: ['russia'] },
    { text: 'Turkey', entityId: 'turkey', needsContext: true },
    { text: '中国', entityId: 'china' },
    { text: '中华人民共和国', entityId: 'china' },
    { text: '中华', entityId: 'zhonghua' },
    { text: '美国', entityId: 'us' },
    { text: '莫迪', entityId: 'modi' },
    { text: '莱希', entityId: 'raisi' },
  ]);
  const names = (text: string) => m.find(text).map((x) => [text.slice(x.start, x.end), x.entityId]);

  it('reads a name whose capitals are a Roman numeral as a number after a word, a name elsewhere', () => {
    for (const text of ['Louis XI', 'Pius XI', 'the starting XI', 'Super Bowl XI', 'CHAPTER XI', "CHINA'S XI"]) expect(names(text), text).toEqual([]);
    expect(names('XI JINPING')).toEqual([['XI JINPING', 'xi']]);
    expect(names('PRESIDENT XI')).toEqual([['PRESIDENT XI', 'xi']]);
    expect(names('XI WARNS OF BLOC POLITICS')).toEqual([['XI', 'xi']]);
    expect(names('– XI –')).toEqual([['XI', 'xi']]);
    // As written, it is the name wherever it stands.
    expect(names('Louis met Xi.')).toEqual([['Xi', 'xi']]);
  });

  it('does not count a name right after the lower-case words of a "not a name" entry', () => {
    expect(names("l'océan Indien")).toEqual([]);
    expect(names("L'OCÉAN INDIEN")).toEqual([]);
    expect(names("l'ocean  Indien")).toEqual([]);
    expect(names('Indien und China')).toEqual([['Indien', 'india']]);
    expect(names('Le grand océan. Indien')).toEqual([['Indien', 'india']]);
    expect(names('biocéan Indien')).toEqual([['Indien', 'india']]);
  });

  it('compiles a "not a name" entry whose name is not in the dictionary (the reader does not spot that kind)', () => {
    const leadersOnly = compileMatcher([{ text: 'Xi', entityId: 'xi' }, { text: 'océan Indien', entityId: null }]);
    expect(leadersOnly.find("l'océan Indien et Xi").map((x) => x.entityId)).toEqual(['xi']);
  });

  it('marks the context a name needs: listed entities, or any (null)', () => {
    expect(m.find('Poutine')[0]).toMatchObject({ needsContext: true, context: ['russia'] });
    expect(m.find('Turkey')[0]).toMatchObject({ needsContext: true, context: null });
    expect(m.find('Louis met Xi')[0]).toMatchObject({ needsContext: false, context: null });
  });

  it('matches unspaced names only on the word boundaries of the browser\'s segmentation', () => {
    expect(names('其中国有企业')).toEqual([]);
    expect(names('北美国家')).toEqual([]);
    expect(names('发展中国家')).toEqual([]);
    expect(names('中国的发展')).toEqual([['中国', 'china']]);
    // The longest alias is not a word here, a shorter one is.
    expect(names('中华人民共和国')).toEqual([['中华人民共和国', 'china']]);
    expect(names('中华文化')).toEqual([['中华', 'zhonghua']]);
  });

  it('keeps a name the segmenter does not know from running into a longer foreign name', () => {
    expect(names('莫迪利亚尼')).toEqual([]);
    expect(names('布莱希特')).toEqual([]);
    expect(names('印度总理莫迪')).toEqual([['莫迪', 'modi']]);
    expect(names('莫迪说')).toEqual([['莫迪', 'modi']]);
    expect(names('伊朗总统莱希')).toEqual([['莱希', 'raisi']]);
    expect(names('莱希说道')).toEqual([['莱希', 'raisi']]);
  });
});

describe('every Chinese alias of the dataset in running text', () => {
  const m = compileMatcher(aliasEntries(dataset));
  const zh = dataset.entities.flatMap((e) => e.aliases.filter((a) => a.lang === 'zh').map((a) => ({ id: e.id, text: a.text })));

  it('is found as subject, object and before a title, whatever the word segmentation around it', () => {
    // 在$ and 和$ are where a segmenter that cuts greedily from the left goes wrong (在中 | 国).
    const frames = ['$。', '新闻：$表示', '会见了$。', '$的发言', '据$报道', '在$举行', '中国和$的关系', '$和中国'];
    const missed: string[] = [];
    for (const { id, text } of zh) {
      for (const frame of frames) {
        const sentence = frame.replace('$', text);
        if (!m.find(sentence).some((x) => x.entityId === id && sentence.slice(x.start, x.end) === text)) missed.push(sentence);
      }
    }
    expect(missed).toEqual([]);
  });
});
