import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasEntries } from '../../src/core/alias-entries';
import { compileMatcher } from '../../src/core/matcher';
import { dataset } from '../../src/data/entities';

const article = readFileSync(new URL('../../src/data/summit-article.txt', import.meta.url), 'utf8');
const body = article.slice(0, article.indexOf('Reference:'));
const matcher = compileMatcher(aliasEntries(dataset));

describe('the dataset through the matcher', () => {
  it('finds every leader and country the article names', () => {
    const found = new Set(matcher.find(body).map((m) => m.entityId));
    const named = [
      'xi-jinping', 'vladimir-putin', 'narendra-modi', 'recep-tayyip-erdogan', 'ilham-aliyev', 'ebrahim-raisi',
      'china', 'russia', 'india', 'pakistan', 'uzbekistan', 'kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkey',
      'azerbaijan', 'armenia', 'iran', 'ukraine', 'united-states', 'taiwan', 'sco', 'samarkand',
    ];
    for (const id of named) expect(found, id).toContain(id);
  });

  it('resolves every alias, standing alone, to its own entity and nothing else', () => {
    const wrong: string[] = [];
    for (const entity of dataset.entities) {
      for (const alias of entity.aliases) {
        const got = matcher.find(alias.text);
        const ok = got.length === 1 && got[0]!.entityId === entity.id && got[0]!.start === 0 && got[0]!.end === alias.text.length;
        if (!ok) wrong.push(`${alias.text} (${entity.id}) → ${JSON.stringify(got.map((m) => m.entityId))}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reports nothing for the not-a-name texts', () => {
    for (const n of dataset.notNames) expect(matcher.find(n.text), n.text).toEqual([]);
  });

  it('finds names in the languages of the aliases, inside running text', () => {
    const cases: [string, string[]][] = [
      ['Владимир Путин встретился с Си Цзиньпином в Самарканде.', ['vladimir-putin', 'xi-jinping', 'samarkand']],
      ['国家主席习近平在撒马尔罕会见俄罗斯总统普京。', ['xi-jinping', 'samarkand', 'russia', 'vladimir-putin']],
      ["Vladimir Poutine et Xi Jinping à Samarcande, en Ouzbékistan, avec l'Inde.", ['vladimir-putin', 'xi-jinping', 'samarkand', 'uzbekistan', 'india']],
      ['Erdoğan und Putin trafen sich in der Türkei.', ['recep-tayyip-erdogan', 'vladimir-putin', 'turkey']],
    ];
    for (const [text, ids] of cases) expect(matcher.find(text).map((m) => m.entityId), text).toEqual(ids);
  });

  it('leaves common words alone', () => {
    const text = 'We roast a turkey on a china plate, then visit Xiamen, Xinjiang, Indiana and Russiagate archives.';
    expect(matcher.find(text)).toEqual([]);
  });
});
