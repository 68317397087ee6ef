import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { dataset } from '../../src/data/entities';
import { checkPath, isIsoDate, splitArticle, validateDataset } from '../../src/core/validate-dataset';
import type { Dataset, Entity, EntityKind, Relation } from '../../src/core/dataset-types';

const article = readFileSync(new URL('../../src/data/summit-article.txt', import.meta.url), 'utf8');
const referenceAt = article.search(/^Reference:/m);
const body = article.slice(0, referenceAt);
const footer = article.slice(referenceAt);

const byId = new Map(dataset.entities.map((e) => [e.id, e]));
const entity = (id: string): Entity => {
  const e = byId.get(id);
  if (!e) throw new Error(`no entity "${id}"`);
  return e;
};

/** Every statement of the dataset that quotes the article, with where it sits. */
const cited = dataset.entities
  .flatMap((e) => [
    ...(e.role ? [{ where: `${e.id} role`, ...e.role }] : []),
    ...e.facts.map((f, i) => ({ where: `${e.id} facts[${i}]`, ...f })),
    ...e.relations.map((r, i) => ({ where: `${e.id} relations[${i}]`, ...r })),
    ...(e.memberships ?? []).map((m, i) => ({ where: `${e.id} memberships[${i}]`, ...m })),
    ...(e.background ?? []).map((b, i) => ({ where: `${e.id} background[${i}]`, ...b })),
  ])
  .filter((c): c is typeof c & { quote: string } => c.source === dataset.report);

/** A deep copy of the real dataset to break in one place. */
const copy = (): Dataset => structuredClone(dataset);
const mutable = (d: Dataset, id: string): Entity => {
  const e = d.entities.find((x) => x.id === id);
  if (!e) throw new Error(`no entity "${id}"`);
  return e;
};
const errorsOf = (d: unknown): string[] => validateDataset(d, article);
/** The errors of a copy of the dataset changed by `change`. */
const errorsAfter = (change: (d: Dataset) => void): string[] => {
  const d = copy();
  change(d);
  return errorsOf(d);
};
/** Any error that contains every one of `parts`. */
const expectError = (errors: string[], ...parts: string[]): void => {
  const hit = errors.some((e) => parts.every((p) => e.includes(p)));
  expect(hit, `expected an error containing ${JSON.stringify(parts)}, got:\n${errors.join('\n')}`).toBe(true);
};

// ──────────────────────────────────────────────────────────────────────────
describe('the article', () => {
  it('has a Reference line followed by the advertising footer', () => {
    expect(referenceAt).toBeGreaterThan(0);
    expect(footer.startsWith('Reference: www.challenges.fr')).toBe(true);
    expect(footer).toContain('It is always my pleasure');
    expect(body).not.toContain('It is always my pleasure');
  });

  it('splitArticle cuts at the Reference line, also with CRLF line endings', () => {
    expect(splitArticle(article).body).toBe(body);
    const crlf = splitArticle(article.replace(/\n/g, '\r\n'));
    expect(crlf.body).toBe(body);
    expect(crlf.footer.startsWith('Reference:')).toBe(true);
  });
});

// ──────────────────────────────────────────────────────────────────────────
describe('the real dataset', () => {
  it('validates with zero errors', () => {
    expect(validateDataset(dataset, article)).toEqual([]);
  });

  it('cites only sentences that occur verbatim in the article', () => {
    expect(cited.length).toBeGreaterThan(0);
    const missing = cited.filter((c) => !body.includes(c.quote)).map((c) => c.where);
    expect(missing).toEqual([]);
  });

  it('never quotes the footer after the "Reference:" line', () => {
    const footerLines = footer
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    for (const c of cited) {
      expect(c.quote.startsWith('Reference:'), c.where).toBe(false);
      for (const line of footerLines) expect(c.quote.includes(line), `${c.where} quotes "${line}"`).toBe(false);
      expect(c.quote, c.where).not.toMatch(/It is always my pleasure|Thank you!|Related Posts/);
    }
  });

  it('keeps our own sentence distinct from the quote', () => {
    for (const c of cited) expect(c.text, c.where).not.toBe(c.quote);
  });

  it('has unique kebab-case ids', () => {
    const ids = dataset.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('links and relation targets all exist, with the right kinds', () => {
    const kind = (id: string | undefined): EntityKind | undefined => (id ? byId.get(id)?.kind : undefined);
    for (const e of dataset.entities) {
      if (e.country !== undefined) expect(kind(e.country), `${e.id}.country`).toBe('country');
      if (e.leader !== undefined) expect(kind(e.leader), `${e.id}.leader`).toBe('leader');
      if (e.locatedIn !== undefined) expect(kind(e.locatedIn), `${e.id}.locatedIn`).toBe('country');
      if (e.capital !== undefined) expect(kind(e.capital), `${e.id}.capital`).toBe('place');
      for (const m of e.memberships ?? []) expect(kind(m.org), `${e.id}.memberships`).toBe('organization');
      for (const r of e.relations) {
        expect(byId.has(r.target), `${e.id} → ${r.target}`).toBe(true);
        expect(r.target).not.toBe(e.id);
        if (r.date !== undefined) expect(isIsoDate(r.date), `${e.id} → ${r.target} date`).toBe(true);
      }
    }
  });

  it('stores every met-with, meeting-announced and no-meeting-announced relation on both entities', () => {
    for (const e of dataset.entities) {
      for (const r of e.relations) {
        if (r.type === 'related-to') continue;
        const back = entity(r.target).relations.find((b) => b.type === r.type && b.target === e.id);
        expect(back, `${r.target} lacks ${r.type} ${e.id}`).toBeDefined();
        expect(back?.date).toBe(r.date);
      }
    }
  });

  it('resolves every alias to exactly one entity, except those listed as ambiguous', () => {
    // Compare as the matcher does: ALL CAPS and diacritics folded.
    const key = (t: string): string => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toUpperCase();
    const owners = new Map<string, Set<string>>();
    for (const e of dataset.entities) {
      for (const a of e.aliases) {
        const set = owners.get(key(a.text)) ?? new Set<string>();
        set.add(e.id);
        owners.set(key(a.text), set);
      }
    }
    const listed = new Set(dataset.ambiguousAliases.map((a) => key(a.text)));
    const shared = [...owners].filter(([k, ids]) => ids.size > 1 && !listed.has(k));
    expect(shared).toEqual([]);
    for (const a of dataset.ambiguousAliases) {
      expect(owners.get(key(a.text))?.size ?? 0, a.text).toBeGreaterThan(1);
      expect(a.why.length).toBeGreaterThan(0);
    }
  });

  it('lists an alias text only once per entity, none starting with a lower-case letter', () => {
    for (const e of dataset.entities) {
      const texts = e.aliases.map((a) => a.text);
      expect(new Set(texts).size, e.id).toBe(texts.length);
      for (const t of texts) expect(t, `${e.id}: ${t}`).not.toMatch(/^\p{Ll}/u);
      expect(texts, `${e.id} name among aliases`).toContain(e.name);
    }
  });

  it('has every leader, country, organization and place named in the issue', () => {
    const expected: Record<EntityKind, string[]> = {
      leader: ['xi-jinping', 'vladimir-putin', 'narendra-modi', 'recep-tayyip-erdogan', 'ilham-aliyev', 'ebrahim-raisi'],
      country: [
        'china',
        'russia',
        'india',
        'pakistan',
        'uzbekistan',
        'kazakhstan',
        'kyrgyzstan',
        'tajikistan',
        'turkey',
        'azerbaijan',
        'armenia',
        'iran',
        'ukraine',
        'united-states',
        'taiwan',
      ],
      organization: ['sco'],
      project: ['new-silk-roads'],
      place: ['samarkand', 'central-asia', 'caucasus'],
    };
    for (const [kind, ids] of Object.entries(expected)) {
      for (const id of ids) expect(byId.get(id)?.kind, id).toBe(kind);
    }
  });

  it('gives names and roles as the article does', () => {
    expect(entity('recep-tayyip-erdogan').name).toBe('Recep Tayyip Erdoğan');
    expect(entity('turkey').name).toBe('Turkey');
    expect(entity('sco').name).toBe('Shanghai Cooperation Organization');
    const roles: Record<string, string> = {
      'xi-jinping': 'Chinese President',
      'vladimir-putin': 'Russian President',
      'narendra-modi': 'Indian Prime Minister',
      'recep-tayyip-erdogan': 'Turkish President',
      'ilham-aliyev': 'Azerbaijani President',
      'ebrahim-raisi': 'Iranian leader',
    };
    for (const [id, role] of Object.entries(roles)) {
      expect(entity(id).role).toMatchObject({ text: role, asOf: '2022-09-16', source: dataset.report });
      expect(body, `role of ${id}`).toContain(role);
      expect(entity(id).role?.quote, `the quote of ${id}'s role names it`).toContain(role);
    }
  });

  it('links leaders and countries both ways', () => {
    const pairs: [string, string][] = [
      ['xi-jinping', 'china'],
      ['vladimir-putin', 'russia'],
      ['narendra-modi', 'india'],
      ['recep-tayyip-erdogan', 'turkey'],
      ['ilham-aliyev', 'azerbaijan'],
      ['ebrahim-raisi', 'iran'],
    ];
    for (const [leader, country] of pairs) {
      expect(entity(leader).country).toBe(country);
      expect(entity(country).leader).toBe(leader);
    }
    expect(entity('samarkand').locatedIn).toBe('uzbekistan');
  });

  it('states every country\'s standing in the SCO on the article\'s date, from the article where it names the member', () => {
    const standing = (status: string) =>
      dataset.entities
        .filter((e) => e.memberships?.some((m) => m.org === 'sco' && m.status === status))
        .map((e) => e.id)
        .sort();
    expect(standing('member')).toEqual(['china', 'india', 'kazakhstan', 'kyrgyzstan', 'pakistan', 'russia', 'tajikistan', 'uzbekistan']);
    expect(standing('observer')).toEqual(['iran']);
    expect(standing('dialogue-partner')).toEqual(['armenia', 'azerbaijan', 'turkey']);
    expect(standing('none')).toEqual(['taiwan', 'ukraine', 'united-states']);
    const fromArticle = dataset.entities
      .filter((e) => e.memberships?.some((m) => m.org === 'sco' && m.source === dataset.report))
      .map((e) => e.id)
      .sort();
    expect(fromArticle).toEqual(['china', 'india', 'pakistan', 'russia']);
    for (const e of dataset.entities.filter((x) => x.kind === 'country')) {
      expect(e.memberships?.filter((m) => m.org === 'sco').length, e.id).toBe(1);
      for (const m of e.memberships ?? []) expect(m.asOf, e.id).toBe('2022-09-16');
    }
  });

  it('records the meetings the article reports, with their days', () => {
    const meetings = (type: Relation['type']): string[] =>
      dataset.entities
        .flatMap((e) => e.relations.filter((r) => r.type === type).map((r) => [e.id, r.target, r.date ?? '-'] as const))
        .filter(([a, b]) => a < b)
        .map(([a, b, d]) => `${a}|${b}|${d}`)
        .sort();
    // Held: the article reports them ("During a meeting with Mr Xi on Thursday", "Mr Xi also met with").
    expect(meetings('met-with')).toEqual(
      ['vladimir-putin|xi-jinping|2022-09-15', 'recep-tayyip-erdogan|xi-jinping|2022-09-16', 'ebrahim-raisi|xi-jinping|2022-09-16'].sort(),
    );
    // Announced only: "will meet", "then meets", "is followed by an interview".
    expect(meetings('meeting-announced')).toEqual(
      ['narendra-modi|vladimir-putin|2022-09-16', 'recep-tayyip-erdogan|vladimir-putin|2022-09-16', 'ilham-aliyev|vladimir-putin|2022-09-16'].sort(),
    );
    for (const e of dataset.entities) {
      for (const r of e.relations.filter((x) => x.type === 'meeting-announced')) {
        expect(r.quote, `${e.id} → ${r.target}`).toMatch(/will meet|then meets|is followed by an interview/);
        expect(r.text, `${e.id} → ${r.target} must not say it was held`).toMatch(/does not report/);
        expect(r.text).not.toMatch(/\bmet\b/);
      }
    }
    expect(meetings('no-meeting-announced')).toEqual(['narendra-modi|xi-jinping|-']);
    const trip = entity('xi-jinping').relations.find((r) => r.target === 'kazakhstan');
    expect(trip?.type).toBe('related-to');
    expect(trip?.date).toBe('2022-09-14');
  });

  it('covers the other events of the article', () => {
    const has = (from: string, to: string): boolean => entity(from).relations.some((r) => r.target === to);
    expect(has('azerbaijan', 'armenia') && has('armenia', 'azerbaijan')).toBe(true);
    expect(has('kyrgyzstan', 'tajikistan') && has('tajikistan', 'kyrgyzstan')).toBe(true);
    expect(has('russia', 'ukraine') && has('ukraine', 'russia')).toBe(true);
    expect(has('united-states', 'taiwan') && has('taiwan', 'united-states')).toBe(true);
    expect(entity('kazakhstan').facts.some((f) => f.quote?.includes('deadly unrest in Kazakhstan'))).toBe(true);
    expect(entity('sco').facts.some((f) => f.quote?.includes('founded in 2001'))).toBe(true);
    expect(has('sco', 'samarkand') && has('samarkand', 'sco')).toBe(true);
    expect(has('xi-jinping', 'new-silk-roads')).toBe(true);
    expect(entity('new-silk-roads').summary).toMatch(/a trade project/i);
  });

  it('has the aliases news in each language uses', () => {
    const aliases = (id: string): string[] => entity(id).aliases.map((a) => a.text);
    const want: Record<string, string[]> = {
      'xi-jinping': ['Xi Jinping', 'Xi', 'Mr Xi', 'Mr. Xi', 'President Xi', 'Си Цзиньпин', 'Си Цзиньпина', '习近平'],
      'vladimir-putin': ['Putin', 'Mr Putin', 'Mr. Putin', 'President Putin', 'Poutine', 'Vladimir Poutine', 'Vladímir Putin', 'Путин', 'Путина', 'Путину', 'Путиным', 'Путине', 'Владимира Путина', '普京'],
      'narendra-modi': ['Narendra Modi', 'Modi', 'Prime Minister Modi', 'Mr Modi', 'Моди', '莫迪'],
      'recep-tayyip-erdogan': ['Erdogan', 'Erdoğan', 'Recep Tayyip Erdogan', 'Эрдоган', 'Эрдогана', '埃尔多安'],
      'ilham-aliyev': ['Ilham Aliyev', 'Aliyev', 'Алиев', 'Алиева', '阿利耶夫'],
      'ebrahim-raisi': ['Ebrahim Raisi', 'Raisi', 'Раиси', '莱希'],
      china: ['China', 'Chine', 'Китай', 'Китая', 'Китаю', 'Китаем', 'Китае', '中国'],
      russia: ['Russia', 'Russie', 'Russland', 'Rusia', 'Россия', 'России', 'Россию', 'Россией', '俄罗斯'],
      india: ['India', 'Inde', 'Indien', 'Индия', 'Индии', '印度'],
      pakistan: ['Pakistan', 'Pakistán', '巴基斯坦'],
      uzbekistan: ['Uzbekistan', 'Ouzbékistan', 'Usbekistan', 'Uzbekistán', '乌兹别克斯坦'],
      kazakhstan: ['Kazakhstan', 'Kasachstan', 'Kazajistán', '哈萨克斯坦'],
      kyrgyzstan: ['Kyrgyzstan', 'Kirghizistan', 'Kirgisistan', 'Kirguistán', '吉尔吉斯斯坦'],
      tajikistan: ['Tajikistan', 'Tadjikistan', 'Tadschikistan', 'Tayikistán', '塔吉克斯坦'],
      turkey: ['Turkey', 'Türkiye', 'Turquie', 'Türkei', 'Turquía', '土耳其'],
      azerbaijan: ['Azerbaijan', 'Azerbaïdjan', 'Aserbaidschan', 'Azerbaiyán', '阿塞拜疆'],
      armenia: ['Armenia', 'Arménie', 'Armenien', '亚美尼亚'],
      iran: ['Iran', 'Irán', '伊朗'],
      ukraine: ['Ukraine', 'Ucrania', 'Украина', 'Украины', 'Украине', 'Украину', 'Украиной', '乌克兰'],
      'united-states': ['United States', 'US', 'U.S.', 'USA', 'United States of America', 'America', 'États-Unis', 'Vereinigte Staaten', 'Estados Unidos', 'США', '美国'],
      taiwan: ['Taiwan', 'Taïwan', 'Taiwán', '台湾'],
      sco: ['SCO', 'Shanghai Cooperation Organization', 'Organisation de coopération de Shanghai', 'OCS', 'Schanghaier Organisation für Zusammenarbeit', 'SOZ', 'Organización de Cooperación de Shanghái', 'ШОС', '上海合作组织', '上合组织'],
      samarkand: ['Samarkand', 'Samarcande', 'Samarcanda', 'Самарканд', 'Самарканда', 'Самарканде', '撒马尔罕'],
      'central-asia': ['Central Asia', 'Asie centrale', 'Zentralasien', 'Asia Central', '中亚'],
    };
    for (const [id, texts] of Object.entries(want)) {
      for (const t of texts) expect(aliases(id), `${id} should have "${t}"`).toContain(t);
    }
  });

  it('flags the demonyms', () => {
    const demonyms: Record<string, string> = {
      china: 'Chinese',
      russia: 'Russian',
      india: 'Indian',
      pakistan: 'Pakistani',
      uzbekistan: 'Uzbek',
      kazakhstan: 'Kazakh',
      kyrgyzstan: 'Kyrgyz',
      tajikistan: 'Tajik',
      turkey: 'Turkish',
      azerbaijan: 'Azerbaijani',
      armenia: 'Armenian',
      iran: 'Iranian',
      ukraine: 'Ukrainian',
      'united-states': 'American',
      taiwan: 'Taiwanese',
      'central-asia': 'Central Asian',
    };
    for (const [id, text] of Object.entries(demonyms)) {
      const alias = entity(id).aliases.find((a) => a.text === text);
      expect(alias?.demonym, `${id}: ${text}`).toBe(true);
    }
    // Names themselves are not demonyms.
    expect(entity('china').aliases.find((a) => a.text === 'China')?.demonym).toBeUndefined();
  });

  it('gives capitals and seats of government their own entities, linked to their country both ways', () => {
    const capitals: Record<string, string> = {
      moscow: 'russia',
      beijing: 'china',
      washington: 'united-states',
      kyiv: 'ukraine',
      tehran: 'iran',
      ankara: 'turkey',
      baku: 'azerbaijan',
      yerevan: 'armenia',
      'new-delhi': 'india',
      islamabad: 'pakistan',
      tashkent: 'uzbekistan',
      astana: 'kazakhstan',
      bishkek: 'kyrgyzstan',
      dushanbe: 'tajikistan',
    };
    for (const [place, country] of Object.entries(capitals)) {
      expect(entity(place)).toMatchObject({ kind: 'place', capitalOf: country, locatedIn: country });
      expect(entity(country).capital, country).toBe(place);
    }
    for (const [seat, country] of Object.entries({ kremlin: 'russia', 'white-house': 'united-states', taipei: 'taiwan' })) {
      expect(entity(seat)).toMatchObject({ kind: 'place', seatOf: country });
    }
    // The article uses two of them for governments: their cards quote it.
    expect(entity('moscow').facts).toHaveLength(5);
    expect(entity('beijing').facts).toHaveLength(3);
  });

  it('gives every country a flag', () => {
    for (const e of dataset.entities.filter((x) => x.kind === 'country')) {
      expect(e.flag, e.id).toBeDefined();
      expect(e.flag?.label).toMatch(/^Flag of /);
      expect(e.flag?.shapes.length).toBeGreaterThan(0);
    }
  });

  it('names its sources, the article first', () => {
    expect(dataset.report).toBe('afp-2022-09-16');
    expect(dataset.sources[0]).toEqual({
      id: 'afp-2022-09-16',
      kind: 'article',
      publisher: 'AFP',
      date: '2022-09-16',
      title: 'Putin and Xi pose as a counterweight to the Western order',
      reference: 'www.challenges.fr',
    });
    for (const s of dataset.sources.slice(1)) expect(s.kind, s.id).toBe('reference');
  });

  it('keeps notNames that really contain an alias', () => {
    const texts = dataset.notNames.map((n) => n.text);
    for (const t of ["Xi'an", 'Xi’an', '印度尼西亚', 'Indian Ocean']) expect(texts).toContain(t);
    for (const n of dataset.notNames) expect(n.why.length, n.text).toBeGreaterThan(0);
  });

  it('dates its background facts and gives their source', () => {
    const sources = new Set(dataset.sources.map((s) => s.id));
    for (const e of dataset.entities) {
      for (const b of e.background ?? []) {
        expect(isIsoDate(b.asOf), `${e.id}: ${b.text}`).toBe(true);
        expect(sources.has(b.source), `${e.id}: ${b.text}`).toBe(true);
      }
    }
  });

  it('says what has happened since, where the article\'s present tense is now false or incomplete, each dated with who announced it', () => {
    const since = (id: string) => (entity(id).sinceThen ?? []).map((l) => `${l.date} ${l.source}`);
    expect(since('ebrahim-raisi')).toEqual(['2024-05-19 irna-2024-05-20']);
    expect(entity('ebrahim-raisi').sinceThen?.[0]?.text).toMatch(/helicopter crash in East Azerbaijan province/);
    expect(since('iran')).toContain('2023-07-04 sco-new-delhi-declaration');
    expect(since('sco')).toEqual(['2023-07-04 sco-new-delhi-declaration', '2024-07-04 sco-astana-declaration']);
    expect(entity('sco').sinceThen?.[1]?.text).toMatch(/Belarus/);
    expect(since('xi-jinping')).toEqual(['2022-10-23 cpc-central-committee-2022-10-23', '2023-03-10 npc-2023-03-10']);
    expect(since('astana')).toEqual(['2022-09-17 kazakhstan-capital-law-2022-09-17']);
    const byId = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const e of dataset.entities) {
      for (const l of e.sinceThen ?? []) {
        expect(l.date > '2022-09-16', `${e.id}: ${l.text}`).toBe(true);
        expect(byId.get(l.source)?.kind, `${e.id}: ${l.text}`).toBe('reference');
        expect(byId.get(l.source)!.date >= l.date, `${e.id}: announced after it happened`).toBe(true);
      }
    }
  });

  it('never says in its own voice that Xi and Putin chaired the summit; Uzbekistan did', () => {
    for (const e of dataset.entities) {
      const ours = [e.summary, e.role?.text ?? '', ...e.facts, ...e.relations, ...(e.background ?? []), ...(e.sinceThen ?? [])].map((x) =>
        typeof x === 'string' ? x : x.text,
      );
      for (const text of ours) {
        // "the article says … were chairing it" reports the article, and the same sentence says who did chair it.
        if (!/chair/i.test(text) || !/Xi|Putin|leaders/.test(text)) continue;
        expect(text, e.id).toMatch(/the article says [^.;]*chairing/);
        expect(text, e.id).toMatch(/Uzbekistan, chaired it/);
      }
    }
    expect(entity('uzbekistan').background?.[0]).toMatchObject({ source: 'sco-samarkand-declaration' });
    expect(entity('uzbekistan').background?.[0]?.text).toMatch(/hosted and chaired the Samarkand summit/);
  });
});

// ──────────────────────────────────────────────────────────────────────────
describe('validateDataset rejects malformed input', () => {
  it('a dataset that is not an object, or entities that are not an array', () => {
    expect(errorsOf(null)).toEqual(['dataset must be an object, got null']);
    expect(errorsOf([])).toEqual(['dataset must be an object, got an array']);
    expectError(errorsAfter((d) => ((d as unknown as { entities: unknown }).entities = {})), 'entities must be an array');
  });

  it('an entity that is not an object', () => {
    for (const bad of [null, 'xi-jinping', 42, ['xi-jinping']]) {
      const errors = errorsAfter((d) => (d.entities as unknown[]).splice(3, 0, bad));
      expectError(errors, 'entities[3] must be an object');
    }
  });

  it('a missing or empty name', () => {
    expectError(
      errorsAfter((d) => delete (mutable(d, 'xi-jinping') as Partial<Entity>).name),
      'entity "xi-jinping"',
      'name must be a non-empty string',
    );
    expectError(errorsAfter((d) => (mutable(d, 'china').name = '  ')), 'entity "china"', 'name');
  });

  it('a name that is not among the aliases', () => {
    expectError(errorsAfter((d) => (mutable(d, 'china').name = 'Cathay')), 'entity "china"', 'name "Cathay" is not among its aliases');
  });

  it('a bad kind', () => {
    const errors = errorsAfter((d) => ((mutable(d, 'xi-jinping') as { kind: string }).kind = 'person'));
    expectError(errors, 'entity "xi-jinping"', 'kind must be one of', '"person"');
  });

  it('a missing, non-kebab-case or duplicate id', () => {
    expectError(errorsAfter((d) => delete (d.entities[0] as Partial<Entity>).id), 'entities[0]', 'id must be a non-empty string');
    expectError(errorsAfter((d) => (mutable(d, 'china').id = 'People_Republic')), 'entity "People_Republic"', 'kebab-case');
    expectError(
      errorsAfter((d) => d.entities.push({ ...structuredClone(mutable(d, 'china')), aliases: [{ text: 'Cathay', lang: 'en' }], name: 'Cathay' })),
      'entity "china"',
      'id is already used by entities[',
    );
  });

  it('a missing summary, a leader without a role', () => {
    expectError(errorsAfter((d) => (mutable(d, 'iran').summary = '')), 'entity "iran"', 'summary');
    expectError(errorsAfter((d) => delete mutable(d, 'narendra-modi').role), 'entity "narendra-modi"', 'role is required');
  });

  it('a quote that is not in the article', () => {
    const errors = errorsAfter((d) => {
      mutable(d, 'xi-jinping').facts[2]!.quote = 'Xi said the West is finished.';
    });
    expectError(errors, 'entity "xi-jinping"', 'facts[2].quote does not occur verbatim in the article');
  });

  it('a quote with straight quote marks instead of the article’s curly ones (with a hint)', () => {
    const errors = errorsAfter((d) => {
      const f = mutable(d, 'xi-jinping').facts[1]!;
      f.quote = f.quote!.replace(/[“”]/g, '"');
    });
    expectError(errors, 'entity "xi-jinping"', 'facts[1].quote does not occur verbatim', 'curly quotes');
  });

  it('a quote from the footer after "Reference:"', () => {
    const footerSentence =
      'We put a lot of heart and invest a lot of time trying to bring you the most interesting articles.';
    expect(footer).toContain(footerSentence);
    const errors = errorsAfter((d) => {
      mutable(d, 'vladimir-putin').relations[1]!.quote = footerSentence;
    });
    expectError(errors, 'entity "vladimir-putin"', 'relations[1].quote', 'footer');
    expectError(
      errorsAfter((d) => (mutable(d, 'china').facts[0]!.quote = 'Reference: www.challenges.fr')),
      'entity "china"',
      'facts[0].quote',
      'footer',
    );
  });

  it('a text that only copies the quote', () => {
    const errors = errorsAfter((d) => {
      const f = mutable(d, 'russia').facts[0]!;
      f.text = f.quote!;
    });
    expectError(errors, 'entity "russia"', 'facts[0].text must be our own sentence');
  });

  it('a fact or relation that is not an object, or misses its quote', () => {
    expectError(
      errorsAfter((d) => ((mutable(d, 'russia').facts as unknown[])[0] = 'Russia is big.')),
      'entity "russia"',
      'facts[0] must be an object',
    );
    expectError(
      errorsAfter((d) => delete (mutable(d, 'russia').relations[0] as Partial<Relation>).quote),
      'entity "russia"',
      'relations[0].quote must be a non-empty string',
    );
  });

  it('an entity with nothing from the article', () => {
    const errors = errorsAfter((d) => {
      const e = mutable(d, 'kazakhstan');
      e.facts = [];
      e.relations = [];
    });
    expectError(errors, 'entity "kazakhstan"', 'has no statement from the report');
    // A capital needs none: it says what it is.
    expect(errorsAfter((d) => (mutable(d, 'moscow').facts = []))).toEqual([]);
    expectError(
      errorsAfter((d) => {
        const e = mutable(d, 'samarkand');
        e.relations = [];
      }),
      'entity "samarkand"',
      'has no statement from the report',
    );
  });

  it('a statement without a known source, a reference that is quoted, an article statement without a quote', () => {
    expectError(errorsAfter((d) => (mutable(d, 'china').facts[0]!.source = 'nobody')), 'entity "china"', 'facts[0].source must be the id of one of the sources');
    expectError(
      errorsAfter((d) => (mutable(d, 'russia').background![0]!.quote = 'Russia began the war.')),
      'entity "russia"',
      'background[0].quote: a reference source is not shipped',
    );
    expectError(errorsAfter((d) => delete mutable(d, 'china').facts[0]!.quote), 'entity "china"', 'facts[0].quote must be a non-empty string');
    expectError(errorsAfter((d) => (mutable(d, 'china').facts[0]!.quoteNote = '')), 'entity "china"', 'quoteNote must be a non-empty string');
    expectError(errorsAfter((d) => delete mutable(d, 'china').facts[0]!.quote && (mutable(d, 'china').facts[0]!.quoteNote = 'n')), 'only beside a quote');
  });

  it('a role or a membership not stated as of the report\'s date', () => {
    expectError(errorsAfter((d) => (mutable(d, 'xi-jinping').role!.asOf = '2024-01-01')), 'entity "xi-jinping"', 'role.asOf must be the report\'s date');
    expectError(errorsAfter((d) => (mutable(d, 'india').memberships![0]!.asOf = '2024-01-01')), 'entity "india"', 'memberships[0].asOf');
    expectError(errorsAfter((d) => (mutable(d, 'sco').role = { text: 'A group', asOf: '2022-09-16', source: 'summit-lens-background' })), 'role is only for');
  });

  it('a country that does not say where it stood in the SCO, or says it twice, or with a bad status', () => {
    expectError(errorsAfter((d) => (mutable(d, 'taiwan').memberships = [])), 'entity "taiwan"', 'memberships must state its standing in "sco"');
    expectError(
      errorsAfter((d) => mutable(d, 'india').memberships!.push(structuredClone(mutable(d, 'india').memberships![0]!))),
      'entity "india"',
      'repeats "sco"',
    );
    expectError(
      errorsAfter((d) => ((mutable(d, 'india').memberships![0] as { status: string }).status = 'friend')),
      'memberships[0].status must be one of',
    );
    expectError(errorsAfter((d) => (mutable(d, 'sco').memberships = [])), 'memberships are only for countries');
  });

  it('a "since then" event before the report, undated, or not from a reference that announced it', () => {
    expectError(errorsAfter((d) => (mutable(d, 'ebrahim-raisi').sinceThen![0]!.date = '2022-01-01')), 'sinceThen[0].date 2022-01-01 is not after the report');
    expectError(errorsAfter((d) => (mutable(d, 'ebrahim-raisi').sinceThen![0]!.date = 'May 2024')), 'sinceThen[0].date must be an ISO date');
    expectError(errorsAfter((d) => (mutable(d, 'ebrahim-raisi').sinceThen![0]!.source = 'afp-2022-09-16')), 'must be a reference that announced the event');
    expectError(errorsAfter((d) => (mutable(d, 'ebrahim-raisi').sinceThen![0]!.date = '2024-06-01')), 'is dated before the event');
  });

  it('a dangling relation target', () => {
    const errors = errorsAfter((d) => {
      mutable(d, 'xi-jinping').relations[4]!.target = 'nobody';
    });
    expectError(errors, 'entity "xi-jinping"', 'relations[4].target "nobody" is not an entity');
  });

  it('a bad relation type or date', () => {
    expectError(
      errorsAfter((d) => ((mutable(d, 'china').relations[0] as { type: string }).type = 'allied-with')),
      'entity "china"',
      'relations[0].type must be one of',
    );
    expectError(
      errorsAfter((d) => (mutable(d, 'kazakhstan').relations[0]!.date = '2022-02-30')),
      'entity "kazakhstan"',
      'relations[0].date must be an ISO date',
    );
    expectError(
      errorsAfter((d) => (mutable(d, 'kazakhstan').relations[0]!.date = '14 September 2022')),
      'entity "kazakhstan"',
      'relations[0].date',
    );
  });

  it('an asymmetric meeting', () => {
    const errors = errorsAfter((d) => {
      const putin = mutable(d, 'vladimir-putin');
      putin.relations = putin.relations.filter((r) => !(r.type === 'met-with' && r.target === 'xi-jinping'));
    });
    expectError(errors, 'entity "xi-jinping"', 'relations[0]', 'met-with "vladimir-putin"', 'no matching met-with relation back on entity "vladimir-putin"');
  });

  it('a meeting whose two sides disagree on the day', () => {
    const errors = errorsAfter((d) => {
      const back = mutable(d, 'vladimir-putin').relations.find((r) => r.target === 'xi-jinping')!;
      back.date = '2022-09-16';
    });
    expectError(errors, 'entity "xi-jinping"', 'no matching met-with relation back');
  });

  it('an asymmetric no-meeting-announced', () => {
    const errors = errorsAfter((d) => {
      const modi = mutable(d, 'narendra-modi');
      modi.relations = modi.relations.filter((r) => r.type !== 'no-meeting-announced');
    });
    expectError(errors, 'entity "xi-jinping"', 'no-meeting-announced', 'no matching');
  });

  it('a meeting with something that is not a leader', () => {
    const errors = errorsAfter((d) => {
      mutable(d, 'xi-jinping').relations[0]!.target = 'russia';
    });
    expectError(errors, 'entity "xi-jinping"', 'relations[0].target "russia" must be a leader');
  });

  it('a link to an entity of the wrong kind, or to nothing', () => {
    expectError(
      errorsAfter((d) => (mutable(d, 'xi-jinping').country = 'vladimir-putin')),
      'entity "xi-jinping"',
      'country "vladimir-putin" must be a country',
    );
    expectError(
      errorsAfter((d) => (mutable(d, 'samarkand').locatedIn = 'atlantis')),
      'entity "samarkand"',
      'locatedIn "atlantis" is not an entity',
    );
    expectError(
      errorsAfter((d) => (mutable(d, 'china').memberships![0]!.org = 'russia')),
      'entity "china"',
      'memberships[0].org "russia" must be an organization',
    );
    expectError(errorsAfter((d) => (mutable(d, 'china').capital = 'russia')), 'entity "china"', 'capital "russia" must be a place');
    expectError(
      errorsAfter((d) => (mutable(d, 'sco').leader = 'xi-jinping')),
      'entity "sco"',
      'leader is only for a country',
    );
  });

  it('a leader and a country, or a country and its capital, that do not point at each other', () => {
    expectError(
      errorsAfter((d) => (mutable(d, 'china').leader = 'vladimir-putin')),
      'entity "china"',
      'leader "vladimir-putin" names "russia" in its country field, not "china"',
    );
    expectError(errorsAfter((d) => (mutable(d, 'china').capital = 'moscow')), 'entity "china"', 'capital "moscow" names "russia" in its capitalOf field');
    expectError(errorsAfter((d) => delete mutable(d, 'russia').capital), 'entity "moscow"', 'capitalOf "russia" does not name this entity in its capital field');
  });

  it('a lower-case alias', () => {
    const errors = errorsAfter((d) => {
      mutable(d, 'china').aliases[0] = { text: 'china', lang: 'en' };
    });
    expectError(errors, 'entity "china"', 'aliases[0].text "china" starts with a lower-case letter');
    expectError(
      errorsAfter((d) => mutable(d, 'russia').aliases.push({ text: 'путин', lang: 'ru' })),
      'entity "russia"',
      'starts with a lower-case letter',
    );
  });

  it('empty aliases, a bad lang, a script that does not fit the lang', () => {
    expectError(errorsAfter((d) => (mutable(d, 'iran').aliases = [])), 'entity "iran"', 'aliases must be a non-empty array');
    expectError(
      errorsAfter((d) => ((mutable(d, 'iran').aliases[0] as { lang: string }).lang = 'fa')),
      'entity "iran"',
      'aliases[0].lang must be one of',
    );
    expectError(
      errorsAfter((d) => mutable(d, 'iran').aliases.push({ text: 'Iranistan', lang: 'zh' })),
      'entity "iran"',
      'Chinese characters',
    );
    expectError(
      errorsAfter((d) => mutable(d, 'iran').aliases.push({ text: 'Ирания', lang: 'en' })),
      'entity "iran"',
      'not written in Latin script',
    );
  });

  it('the same alias twice in one entity', () => {
    const errors = errorsAfter((d) => mutable(d, 'india').aliases.push({ text: 'India', lang: 'es' }));
    expectError(errors, 'entity "india"', '"India" is listed twice');
  });

  it('a duplicate alias across entities', () => {
    const errors = errorsAfter((d) => mutable(d, 'china').aliases.push({ text: 'Putin', lang: 'en' }));
    expectError(errors, 'alias "Putin" resolves to more than one entity', 'entity "vladimir-putin" aliases[', 'entity "china" aliases[');
  });

  it('a duplicate that only differs by case or diacritics (the matcher folds them)', () => {
    expectError(
      errorsAfter((d) => mutable(d, 'turkey').aliases.push({ text: 'ERDOGAN', lang: 'en' })),
      'resolves to more than one entity',
      'entity "recep-tayyip-erdogan"',
      'entity "turkey"',
    );
  });

  it('accepts a shared alias that is listed in ambiguousAliases, and rejects a listed one that is not shared', () => {
    const shared = copy();
    mutable(shared, 'china').aliases.push({ text: 'Putin', lang: 'en' });
    shared.ambiguousAliases.push({ text: 'Putin', entities: ['vladimir-putin', 'china'], why: 'test' });
    expect(errorsOf(shared)).toEqual([]);

    const notShared = copy();
    notShared.ambiguousAliases.push({ text: 'Modi', entities: ['narendra-modi', 'india'], why: 'test' });
    expectError(errorsOf(notShared), 'ambiguousAliases[0]', '"Modi" is not shared', 'only "narendra-modi"');

    const wrongList = copy();
    mutable(wrongList, 'china').aliases.push({ text: 'Putin', lang: 'en' });
    wrongList.ambiguousAliases.push({ text: 'Putin', entities: ['vladimir-putin', 'russia'], why: 'test' });
    expectError(errorsOf(wrongList), 'ambiguousAliases[0]', 'but entities lists');

    const noWhy = copy();
    mutable(noWhy, 'china').aliases.push({ text: 'Putin', lang: 'en' });
    noWhy.ambiguousAliases.push({ text: 'Putin', entities: ['vladimir-putin', 'china'], why: '' });
    expectError(errorsOf(noWhy), 'ambiguousAliases[0].why');
  });

  it('bad notNames', () => {
    expectError(
      errorsAfter((d) => d.notNames.push({ text: 'Atlantis', why: 'test' })),
      `notNames[${dataset.notNames.length}]`,
      'contains no alias',
    );
    expectError(errorsAfter((d) => d.notNames.push({ text: 'China', why: 'test' })), 'is itself an alias of entity "china"');
    // Lower-case words must be followed by one of our names, whole.
    expect(errorsAfter((d) => d.notNames.push({ text: 'roast Turkey', why: 'test' }))).toEqual([]);
    expectError(errorsAfter((d) => d.notNames.push({ text: 'roast beef', why: 'test' })), 'starts with a lower-case letter', 'followed by one of our aliases');
    expectError(errorsAfter((d) => d.notNames.push({ text: 'the Turkey Trot', why: 'test' })), 'followed by one of our aliases');
    expectError(errorsAfter((d) => d.notNames.push({ text: 'Indian Ocean', why: 'again' })), 'is listed twice');
    expectError(errorsAfter((d) => (d.notNames[0]!.why = '')), 'notNames[0].why');
  });

  it('an unknown field (a typo)', () => {
    const errors = errorsAfter((d) => {
      (mutable(d, 'china') as unknown as Record<string, unknown>).membership = [];
    });
    expectError(errors, 'entity "china"', 'unknown field "membership"');
  });

  it('a country without a flag, a flag on a non-country', () => {
    expectError(errorsAfter((d) => delete mutable(d, 'armenia').flag), 'entity "armenia"', 'flag is required for a country');
    expectError(
      errorsAfter((d) => (mutable(d, 'sco').flag = structuredClone(mutable(d, 'china').flag))),
      'entity "sco"',
      'flag is only for countries',
    );
  });

  it('malformed flag shapes', () => {
    const broken = (change: (shapes: unknown[]) => void): string[] =>
      errorsAfter((d) => change(mutable(d, 'ukraine').flag!.shapes as unknown[]));
    expectError(broken((s) => (s[0] = { type: 'rect', x: 0, y: 0, width: 30, height: 10, fill: 'blue' })), 'entity "ukraine"', 'flag.shapes[0].fill must be a hex colour');
    expectError(broken((s) => (s[0] = { type: 'rect', x: 0, y: 0, width: 31, height: 10, fill: '#0057B7' })), 'flag.shapes[0]: rect leaves the 30x20 viewBox');
    expectError(broken((s) => (s[0] = { type: 'rect', x: 0, y: 0, width: '30', height: 10, fill: '#0057B7' })), 'flag.shapes[0].width must be a finite number');
    expectError(broken((s) => (s[0] = { type: 'circle', cx: 15, cy: 10, r: -1, fill: '#0057B7' })), 'flag.shapes[0].r must be positive');
    expectError(broken((s) => (s[0] = { type: 'ellipse', fill: '#0057B7' })), 'flag.shapes[0].type must be');
    expectError(broken((s) => (s[0] = { type: 'path', d: 'L0 0 L30 0 Z', fill: '#0057B7' })), 'flag.shapes[0].d is not a well-formed path', 'moveto');
    expectError(broken((s) => (s[0] = { type: 'path', d: 'M0 0 L30 Z', fill: '#0057B7' })), 'flag.shapes[0].d is not a well-formed path');
    expectError(broken((s) => (s[0] = { type: 'path', d: 'M0 0 L40 0 Z', fill: '#0057B7' })), 'outside the 30x20 viewBox');
    expectError(broken((s) => (s[0] = 'rect')), 'flag.shapes[0] must be an object');
    expectError(broken((s) => s.splice(0)), 'flag.shapes must be a non-empty array');
  });

  it('bad background facts and source fields', () => {
    expectError(
      errorsAfter((d) => (mutable(d, 'russia').background![0]!.asOf = 'yesterday')),
      'entity "russia"',
      'background[0].asOf must be an ISO date',
    );
    const article = (d: Dataset) => d.sources[0]!;
    expectError(errorsAfter((d) => (article(d).date = '16/09/2022')), 'source "afp-2022-09-16": date');
    expectError(errorsAfter((d) => (article(d).reference = 'www.example.com')), 'reference does not match');
    expectError(errorsAfter((d) => (article(d).title = 'Something else')), 'title does not occur in the article');
    expectError(errorsAfter((d) => d.sources.push(structuredClone(d.sources[1]!))), 'is used twice');
    expectError(errorsAfter((d) => (d.report = 'summit-lens-background')), 'report must be the id of an article source');
    expectError(
      errorsAfter((d) => d.sources.push({ id: 'another-article', kind: 'article', publisher: 'X', title: 'Y', date: '2022-09-17', reference: 'x.example' })),
      'no text was given for this article',
    );
  });
});

// ──────────────────────────────────────────────────────────────────────────
describe('validateDataset on arbitrary input', () => {
  it('never throws, always returns an array of strings', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const errors = validateDataset(input, article);
        return Array.isArray(errors) && errors.every((e) => typeof e === 'string');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when one field of one entity is replaced by anything', () => {
    const fields = ['id', 'kind', 'name', 'aliases', 'role', 'country', 'leader', 'capital', 'capitalOf', 'seatOf', 'memberships', 'locatedIn', 'flag', 'summary', 'facts', 'relations', 'background', 'sinceThen'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: dataset.entities.length - 1 }),
        fc.constantFrom(...fields),
        fc.anything(),
        (index, field, value) => {
          const d = copy() as unknown as { entities: Record<string, unknown>[] };
          d.entities[index]![field] = value;
          const errors = validateDataset(d, article);
          return Array.isArray(errors);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('checkPath and isIsoDate', () => {
  it('accepts the paths it should', () => {
    expect(checkPath('M0 0 L30 0 L30 20 Z')).toBeNull();
    expect(checkPath('M1,1 h10 v5 z')).toBeNull();
    expect(checkPath('M15.23 12.67 A5 5 0 1 1 15.23 7.33 A4 4 0 1 0 15.23 12.67 Z')).toBeNull();
    expect(checkPath('M9 15 Q15 11.5 21 15 Q15 13.5 9 15 Z')).toBeNull();
    expect(checkPath('M1 1 C2 2 3 3 4 4 S5 5 6 6 T7 7')).toBeNull();
  });

  it('rejects the paths it should', () => {
    expect(checkPath('')).not.toBeNull();
    expect(checkPath('M0 0 L30')).toMatch(/multiple of 2/);
    expect(checkPath('M0 0 X5 5')).toMatch(/unexpected character/);
    expect(checkPath('M0 0 A5 5 0 2 1 10 10')).toMatch(/arc flags/);
    expect(checkPath('M0 0 Z 5')).toMatch(/no parameters/);
    expect(checkPath('M25 10 l10 0')).toMatch(/outside/);
  });

  it('checks calendar dates', () => {
    expect(isIsoDate('2022-09-16')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2022-02-29')).toBe(false);
    expect(isIsoDate('2022-9-16')).toBe(false);
    expect(isIsoDate(20220916)).toBe(false);
  });
});
