/**
 * The Summit Lens dataset. Everything about the summit rests on ONE article
 * (AFP, 16 September 2022, src/data/summit-article.txt): every fact and
 * relation carries the verbatim sentence it rests on, and is told in the
 * past tense or as what the article says, never as today's truth. Roles,
 * leaders, capitals and memberships are stated as of the article's date.
 * Beyond the article there are only a few background facts and the events
 * "since then" that make the article's present tense false or incomplete,
 * each dated and with the source that announced it.
 *
 * Checked by src/core/validate-dataset.ts (tests/unit/dataset.test.ts).
 */
import type {
  Alias,
  AliasLang,
  Dataset,
  DatedStatement,
  Fact,
  LaterEvent,
  Membership,
  MembershipStatus,
  Relation,
  RelationType,
  Source,
} from '../core/dataset-types';
import { flags } from './flags';

/** Aliases in one language. */
const names = (lang: AliasLang, ...texts: string[]): Alias[] => texts.map((text) => ({ text, lang }));
/** English demonyms ("Chinese"). */
const demonyms = (...texts: string[]): Alias[] => texts.map((text) => ({ text, lang: 'en', demonym: true }));

/** The article's sentences, verbatim (curly quotes and en dashes as printed). */
const Q = {
  counterweight:
    'Chinese President Xi Jinping and Russian President Vladimir Putin posed as a counterweight to Western influence at a regional summit on Friday that brought together several countries with strained ties with the United States.',
  chairing:
    'The two leaders are chairing a summit of the Shanghai Cooperation Organization (SCO), a group that wants to compete with Western institutions, in Samarkand, Uzbekistan.',
  strainedRelations:
    'This summit comes at a time when Moscow and Beijing have extremely strained relations with the United States due to the Russian invasion of Ukraine and American support for Taiwan.',
  mainSession:
    'At the main session of the SCO summit, Xi called on the assembled leaders to “work together to promote an international order moving in a more just and rational direction.”',
  commonValues:
    '“It is necessary to promote the common values of humanity, abandon zero-sum games and bloc politics,” he continued.',
  vocabulary:
    'He didn’t name a country, but Beijing commonly uses this vocabulary to denounce the United States and its close allies.',
  newCenters:
    'For his part, the Russian president welcomed the “increasing role of the new centers of power,” which he says is “becoming more and more evident.”',
  disinterested:
    'Putin said that unlike in the West, cooperation between SCO member countries is based on “disinterested” principles.',
  scoMembers:
    'The SCO, whose members are China, Russia, India, Pakistan and four former Soviet republics in Central Asia, was founded in 2001 as a cooperation platform in competition with Western organizations.',
  turmoil:
    'The statements by Mr. Xi and Mr. Putin illustrate the turmoil that has rocked international relations for several months, particularly since Russia’s invasion of Ukraine began in late February.',
  sanctions:
    'Russia has since been the target of heavy Western economic sanctions and is increasingly turning to Asia for economic and diplomatic support.',
  bilaterals:
    'Mr Putin has thus multiplied the number of bilateral meetings on the sidelines of the summit since Thursday.',
  xiPutinMeeting:
    'During a meeting with Mr Xi on Thursday, Mr Putin thanked his Chinese counterpart for his “balanced position” on Moscow’s invasion of Ukraine, while promising him “explanations” in light of his “concerns”.',
  putinModi:
    'On Friday, the Russian President will meet with Indian Prime Minister Narendra Modi, whose country is getting more and more hydrocarbons from Moscow despite Western sanctions.',
  putinErdogan:
    'He then meets with Turkish President Recep Tayyip Erdogan, with whom he wants to discuss an agreement unblocking war-hit Ukrainian grain exports.',
  putinAliyev:
    'This is followed by an interview with Azerbaijani President Ilham Aliyev following clashes between Azerbaijan and Armenia that have left more than 200 dead and raised fears of a new war in the Caucasus, Moscow’s traditional zone of influence.',
  xiTrip:
    'Mr Xi, who is making his first overseas trip to Central Asia since the coronavirus pandemic began, is hoping to further strengthen his position as top leader ahead of an October Chinese Communist Party congress where he will seek a new mandate.',
  silkRoads:
    'The choice of Central Asia as its first overseas destination in more than two years highlights the importance Beijing attaches to this region, criss-crossed by the “New Silk Roads,” a gigantic project led by Mr. Xi to strengthen trade links with the world.',
  /** The photo caption, without the photo credit that follows it in the article. */
  caption: 'Summit of the Shanghai Cooperation Organization (SCO) in Samarkand, Uzbekistan on September 16, 2022',
  troubles:
    'However, several Central Asian countries have experienced troubles this year, such as deadly unrest in Kazakhstan or Friday’s clashes between Kyrgyzstan and Tajikistan, whose leaders are present in Samarkand.',
  kazakhstanVisit:
    'Ahead of the summit, Xi traveled to Kazakhstan on Wednesday and vowed to help it “maintain its sovereignty” as the traditionally Moscow-allied country worries about Russian ambitions after invading Ukraine.',
  xiErdoganRaisi: 'Mr Xi also met with Mr Erdogan and Iranian leader Ebrahim Raisi on Friday as Iran’s nuclear talks slide.',
  /** The next sentence names Xi and Modi, so both are quoted together (see MM_NOTE). */
  noXiModiMeeting:
    'However, no meeting between MM was announced. Xi and Modi, both nuclear powers, have endured a period of tension since deadly border fighting in 2020.',
  borderTension:
    'Xi and Modi, both nuclear powers, have endured a period of tension since deadly border fighting in 2020.',
} as const;

/** The article's "no meeting between MM" keeps the French abbreviation of its source. */
const MM_NOTE = '“MM” is the French abbreviation “MM.” (messieurs, “Messrs”): here Mr Xi and Mr Modi.';

// ───────────────────────────── sources ─────────────────────────────

const ARTICLE = 'afp-2022-09-16';
/** Our own background knowledge, as of the article's date: capitals, terms of office, standing in the SCO. */
const EDITORS = 'summit-lens-background';
const SAMARKAND_DECLARATION = 'sco-samarkand-declaration';
const NEW_DELHI_DECLARATION = 'sco-new-delhi-declaration';
const ASTANA_DECLARATION = 'sco-astana-declaration';

const sources: Source[] = [
  {
    id: ARTICLE,
    kind: 'article',
    publisher: 'AFP',
    title: 'Putin and Xi pose as a counterweight to the Western order',
    date: '2022-09-16',
    reference: 'www.challenges.fr',
  },
  {
    id: EDITORS,
    kind: 'reference',
    publisher: 'Summit Lens',
    title: 'Background as of the article’s date: capitals, terms of office, standing in the SCO',
    date: '2022-09-16',
  },
  {
    id: SAMARKAND_DECLARATION,
    kind: 'reference',
    publisher: 'Shanghai Cooperation Organization',
    title: 'Samarkand Declaration of the Council of Heads of State',
    date: '2022-09-16',
  },
  {
    id: 'cpc-central-committee-2022-10-23',
    kind: 'reference',
    publisher: 'Communist Party of China',
    title: 'First plenary session of the 20th Central Committee',
    date: '2022-10-23',
  },
  {
    id: 'kazakhstan-capital-law-2022-09-17',
    kind: 'reference',
    publisher: 'President of Kazakhstan',
    title: 'Constitutional law restoring the name Astana to the capital, signed',
    date: '2022-09-17',
  },
  {
    id: 'npc-2023-03-10',
    kind: 'reference',
    publisher: 'National People’s Congress of China',
    title: 'Election of the President of the People’s Republic of China',
    date: '2023-03-10',
  },
  {
    id: NEW_DELHI_DECLARATION,
    kind: 'reference',
    publisher: 'Shanghai Cooperation Organization',
    title: 'New Delhi Declaration of the Council of Heads of State',
    date: '2023-07-04',
  },
  {
    id: 'irna-2024-05-20',
    kind: 'reference',
    publisher: 'IRNA, Iran’s state news agency',
    title: 'Announcement of the death of President Ebrahim Raisi',
    date: '2024-05-20',
  },
  {
    id: 'iran-interior-ministry-2024-07-06',
    kind: 'reference',
    publisher: 'Iran’s Ministry of the Interior',
    title: 'Result of the presidential run-off of 5 July 2024',
    date: '2024-07-06',
  },
  {
    id: ASTANA_DECLARATION,
    kind: 'reference',
    publisher: 'Shanghai Cooperation Organization',
    title: 'Astana Declaration of the Council of Heads of State',
    date: '2024-07-04',
  },
];

/** The article's date: roles, leaders, capitals and memberships are stated as of this day. */
const AS_OF = '2022-09-16';
const WED = '2022-09-14';
const THU = '2022-09-15';
const FRI = '2022-09-16';

/** A statement resting on a sentence of the article. */
const fact = (text: string, quote: string, quoteNote?: string): Fact =>
  quoteNote ? { text, source: ARTICLE, quote, quoteNote } : { text, source: ARTICLE, quote };

const relation = (type: RelationType, target: string, text: string, quote: string, date?: string, quoteNote?: string): Relation => ({
  type,
  target,
  ...(date ? { date } : {}),
  ...fact(text, quote, quoteNote),
});
const related = (target: string, text: string, quote: string, date?: string): Relation => relation('related-to', target, text, quote, date);

/** A role as the article gives it, on its date. */
const articleRole = (text: string, quote: string): DatedStatement => ({ text, asOf: AS_OF, source: ARTICLE, quote });
/** A role or background fact of ours, true on the article's date. */
const background = (text: string): DatedStatement => ({ text, asOf: AS_OF, source: EDITORS });
const later = (date: string, text: string, source: string): LaterEvent => ({ text, date, source });

const inSco = (status: MembershipStatus, text: string, source: string, quote?: string): Membership => ({
  org: 'sco',
  status,
  asOf: AS_OF,
  text,
  source,
  ...(quote ? { quote } : {}),
});
const SCO_MEMBER_NAMED = (name: string): Membership =>
  inSco('member', `${name} was a member state of the SCO; the article names it among the members.`, ARTICLE, Q.scoMembers);
const SCO_MEMBER_CENTRAL_ASIAN = (name: string): Membership =>
  inSco(
    'member',
    `${name} was a member state of the SCO, one of the “four former Soviet republics in Central Asia” the article counts among its members.`,
    SAMARKAND_DECLARATION,
  );
const SCO_DIALOGUE_PARTNER = (name: string): Membership =>
  inSco('dialogue-partner', `${name} was an SCO dialogue partner, neither a member nor an observer.`, EDITORS);
const SCO_NONE = (name: string): Membership =>
  inSco('none', `${name} was neither a member, an observer nor a dialogue partner of the SCO.`, EDITORS);

/** The article's "are chairing", put right without putting words in its mouth. */
const CHAIR_NOTE = 'the article says Xi and Putin were chairing it, but the host, Uzbekistan, chaired it (see the SCO’s background)';

export const dataset: Dataset = {
  sources,
  report: ARTICLE,

  entities: [
    // ───────────────────────────── leaders ─────────────────────────────
    {
      id: 'xi-jinping',
      kind: 'leader',
      name: 'Xi Jinping',
      role: articleRole('Chinese President', Q.counterweight),
      country: 'china',
      summary: 'President of China as of 16 September 2022, when he attended the SCO summit in Samarkand.',
      aliases: [
        ...names('en', 'Xi Jinping', 'Xi', 'Mr Xi', 'Mr. Xi', 'President Xi', 'President Xi Jinping'),
        ...names('fr', 'M. Xi'),
        ...names('ru', 'Си Цзиньпин', 'Си Цзиньпина', 'Си Цзиньпину', 'Си Цзиньпином', 'Си Цзиньпине'),
        ...names('zh', '习近平', '习主席'),
      ],
      facts: [
        fact('Xi and Putin presented themselves as a counterweight to Western influence at a regional summit on Friday 16 September.', Q.counterweight),
        fact(
          'At the main session of the summit, Xi urged the leaders present to work together for an international order moving in a “more just and rational direction”.',
          Q.mainSession,
        ),
        fact('Xi went on to call for promoting the common values of humanity and abandoning zero-sum games and bloc politics.', Q.commonValues),
        fact(
          'Xi named no country; the article notes that Beijing commonly uses this vocabulary to denounce the United States and its close allies.',
          Q.vocabulary,
        ),
        fact('The article says the statements by Xi and Putin illustrated the turmoil in international relations of the months before.', Q.turmoil),
        fact(
          'Xi was hoping to further strengthen his position as top leader ahead of the Chinese Communist Party congress of October 2022, where he would seek a new mandate.',
          Q.xiTrip,
        ),
      ],
      relations: [
        relation(
          'met-with',
          'vladimir-putin',
          'Xi met Putin on Thursday 15 September; Putin thanked him for his “balanced position” on the invasion of Ukraine and promised him “explanations” about his “concerns”.',
          Q.xiPutinMeeting,
          THU,
        ),
        relation('met-with', 'recep-tayyip-erdogan', 'Xi met Erdoğan on Friday 16 September.', Q.xiErdoganRaisi, FRI),
        relation('met-with', 'ebrahim-raisi', 'Xi met Raisi on Friday 16 September, as Iran’s nuclear talks were sliding.', Q.xiErdoganRaisi, FRI),
        relation(
          'no-meeting-announced',
          'narendra-modi',
          'The article says no meeting between Xi and Modi was announced; the two had been through a period of tension since deadly border fighting in 2020.',
          Q.noXiModiMeeting,
          undefined,
          MM_NOTE,
        ),
        related('sco', `Xi attended the SCO summit; ${CHAIR_NOTE}.`, Q.chairing),
        related('samarkand', 'The summit Xi attended was held in Samarkand, Uzbekistan.', Q.chairing),
        related(
          'kazakhstan',
          'Before the summit, on Wednesday 14 September, Xi travelled to Kazakhstan and vowed to help it “maintain its sovereignty”.',
          Q.kazakhstanVisit,
          WED,
        ),
        related('central-asia', 'The trip to Central Asia was Xi’s first overseas trip since the coronavirus pandemic began.', Q.xiTrip),
        related('new-silk-roads', 'The article calls the New Silk Roads a gigantic project led by Xi to strengthen trade links with the world.', Q.silkRoads),
      ],
      background: [background('President of the People’s Republic of China since March 2013.')],
      sinceThen: [
        later(
          '2022-10-23',
          'Xi was given a third term as General Secretary of the Chinese Communist Party at the close of the October 2022 congress.',
          'cpc-central-committee-2022-10-23',
        ),
        later('2023-03-10', 'Xi was elected to a third term as President of China.', 'npc-2023-03-10'),
      ],
    },
    {
      id: 'vladimir-putin',
      kind: 'leader',
      name: 'Vladimir Putin',
      role: articleRole('Russian President', Q.counterweight),
      country: 'russia',
      summary: 'President of Russia as of 16 September 2022, when he attended the SCO summit in Samarkand.',
      aliases: [
        ...names('en', 'Vladimir Putin', 'Putin', 'Mr Putin', 'Mr. Putin', 'President Putin', 'President Vladimir Putin'),
        ...names('fr', 'Vladimir Poutine', 'Poutine', 'M. Poutine'),
        ...names('de', 'Wladimir Putin', 'Putins'),
        ...names('es', 'Vladímir Putin'),
        ...names(
          'ru',
          'Путин',
          'Путина',
          'Путину',
          'Путиным',
          'Путине',
          'Владимир Путин',
          'Владимира Путина',
          'Владимиру Путину',
          'Владимиром Путиным',
          'Владимире Путине',
        ),
        ...names('zh', '普京'),
      ],
      facts: [
        fact('Putin and Xi presented themselves as a counterweight to Western influence at a regional summit on Friday 16 September.', Q.counterweight),
        fact(
          'Putin welcomed what he called the “increasing role of the new centers of power”, which he said was “becoming more and more evident”.',
          Q.newCenters,
        ),
        fact('Putin said that, unlike in the West, cooperation between SCO member countries rested on “disinterested” principles.', Q.disinterested),
        fact('The article says the statements by Xi and Putin illustrated the turmoil in international relations of the months before.', Q.turmoil),
        fact('Putin had held more and more bilateral meetings on the sidelines of the summit since Thursday 15 September.', Q.bilaterals),
      ],
      relations: [
        relation(
          'met-with',
          'xi-jinping',
          'Putin met Xi on Thursday 15 September, thanked him for his “balanced position” on Moscow’s invasion of Ukraine and promised him “explanations” about his “concerns”.',
          Q.xiPutinMeeting,
          THU,
        ),
        relation(
          'meeting-announced',
          'narendra-modi',
          'The article announces that Putin “will meet” Modi on Friday 16 September; it does not report the meeting as held.',
          Q.putinModi,
          FRI,
        ),
        relation(
          'meeting-announced',
          'recep-tayyip-erdogan',
          'The article announces that Putin “then meets” Erdoğan, after Modi, to discuss an agreement unblocking Ukrainian grain exports hit by the war; it does not report the meeting as held.',
          Q.putinErdogan,
          FRI,
        ),
        relation(
          'meeting-announced',
          'ilham-aliyev',
          'The article announces that talks with Aliyev (“an interview”) follow the meeting with Erdoğan, after clashes between Azerbaijan and Armenia; it does not report them as held.',
          Q.putinAliyev,
          FRI,
        ),
        related('sco', `Putin attended the SCO summit; ${CHAIR_NOTE}.`, Q.chairing),
        related('samarkand', 'The summit Putin attended was held in Samarkand, Uzbekistan.', Q.chairing),
      ],
      background: [background('President of Russia since May 2012, after two earlier terms, from 2000 to 2008.')],
    },
    {
      id: 'narendra-modi',
      kind: 'leader',
      name: 'Narendra Modi',
      role: articleRole('Indian Prime Minister', Q.putinModi),
      country: 'india',
      summary: 'Prime Minister of India as of 16 September 2022, when the article announced a meeting with Vladimir Putin in Samarkand.',
      aliases: [
        ...names(
          'en',
          'Narendra Modi',
          'Modi',
          'Mr Modi',
          'Mr. Modi',
          'Prime Minister Modi',
          'Prime Minister Narendra Modi',
          'PM Modi',
        ),
        ...names('fr', 'M. Modi'),
        ...names('ru', 'Моди', 'Нарендра Моди', 'Нарендры Моди'),
        ...names('zh', '莫迪'),
      ],
      facts: [],
      relations: [
        relation(
          'meeting-announced',
          'vladimir-putin',
          'The article announces that Putin “will meet” Modi on Friday 16 September; it does not report the meeting as held.',
          Q.putinModi,
          FRI,
        ),
        relation(
          'no-meeting-announced',
          'xi-jinping',
          'The article says no meeting between Modi and Xi was announced; the two had been through a period of tension since deadly border fighting in 2020.',
          Q.noXiModiMeeting,
          undefined,
          MM_NOTE,
        ),
      ],
      background: [background('Prime Minister of India since May 2014.')],
    },
    {
      id: 'recep-tayyip-erdogan',
      kind: 'leader',
      name: 'Recep Tayyip Erdoğan',
      role: articleRole('Turkish President', Q.putinErdogan),
      country: 'turkey',
      summary: 'President of Turkey as of 16 September 2022, when he met Xi Jinping in Samarkand; the article also announced a meeting with Vladimir Putin.',
      aliases: [
        ...names(
          'en',
          'Recep Tayyip Erdoğan',
          'Recep Tayyip Erdogan',
          'Tayyip Erdoğan',
          'Tayyip Erdogan',
          'Erdoğan',
          'Erdogan',
          'Mr Erdoğan',
          'Mr Erdogan',
          'Mr. Erdoğan',
          'Mr. Erdogan',
          'President Erdoğan',
          'President Erdogan',
        ),
        ...names('fr', 'M. Erdogan', 'M. Erdoğan'),
        ...names('de', 'Erdogans', 'Erdoğans'),
        ...names('ru', 'Эрдоган', 'Эрдогана', 'Эрдогану', 'Эрдоганом', 'Эрдогане', 'Реджеп Тайип Эрдоган', 'Реджепа Тайипа Эрдогана'),
        ...names('zh', '埃尔多安'),
      ],
      facts: [],
      relations: [
        relation(
          'meeting-announced',
          'vladimir-putin',
          'The article announces that Putin “then meets” Erdoğan, after Modi, to discuss an agreement unblocking Ukrainian grain exports hit by the war; it does not report the meeting as held.',
          Q.putinErdogan,
          FRI,
        ),
        relation('met-with', 'xi-jinping', 'Erdoğan met Xi on Friday 16 September.', Q.xiErdoganRaisi, FRI),
      ],
      background: [background('President of Turkey since August 2014.')],
    },
    {
      id: 'ilham-aliyev',
      kind: 'leader',
      name: 'Ilham Aliyev',
      role: articleRole('Azerbaijani President', Q.putinAliyev),
      country: 'azerbaijan',
      summary: 'President of Azerbaijan as of 16 September 2022, when the article announced talks with Vladimir Putin after clashes with Armenia.',
      aliases: [
        ...names('en', 'Ilham Aliyev', 'Aliyev', 'Mr Aliyev', 'Mr. Aliyev', 'President Aliyev'),
        ...names('fr', 'Ilham Aliev', 'Aliev', 'M. Aliev'),
        ...names('de', 'Ilham Alijew', 'Alijew'),
        ...names('es', 'Ilham Alíyev', 'Alíyev'),
        ...names('ru', 'Алиев', 'Алиева', 'Алиеву', 'Алиевым', 'Алиеве', 'Ильхам Алиев', 'Ильхама Алиева', 'Ильхаму Алиеву', 'Ильхамом Алиевым'),
        ...names('zh', '阿利耶夫'),
      ],
      facts: [],
      relations: [
        relation(
          'meeting-announced',
          'vladimir-putin',
          'The article announces talks with Putin (“an interview”) after clashes between Azerbaijan and Armenia that had left more than 200 dead; it does not report them as held.',
          Q.putinAliyev,
          FRI,
        ),
      ],
      background: [background('President of Azerbaijan since October 2003.')],
    },
    {
      id: 'ebrahim-raisi',
      kind: 'leader',
      name: 'Ebrahim Raisi',
      role: articleRole('Iranian leader', Q.xiErdoganRaisi),
      country: 'iran',
      summary: 'President of Iran as of 16 September 2022, when he met Xi Jinping in Samarkand; he died in May 2024.',
      aliases: [
        ...names('en', 'Ebrahim Raisi', 'Raisi', 'Mr Raisi', 'Mr. Raisi', 'President Raisi', 'Ebrahim Raeisi', 'Raeisi'),
        ...names('fr', 'Ebrahim Raïssi', 'Raïssi', 'M. Raïssi'),
        ...names('es', 'Ebrahim Raisí', 'Raisí'),
        ...names('ru', 'Раиси', 'Эбрахим Раиси'),
        ...names('zh', '莱希'),
      ],
      facts: [],
      relations: [relation('met-with', 'xi-jinping', 'Raisi met Xi on Friday 16 September, as Iran’s nuclear talks were sliding.', Q.xiErdoganRaisi, FRI)],
      background: [background('President of Iran since August 2021.')],
      sinceThen: [
        later(
          '2024-05-19',
          'Raisi died in a helicopter crash in East Azerbaijan province, Iran; his death was announced the next day.',
          'irna-2024-05-20',
        ),
      ],
    },

    // ──────────────────────────── countries ────────────────────────────
    {
      id: 'china',
      kind: 'country',
      name: 'China',
      leader: 'xi-jinping',
      capital: 'beijing',
      memberships: [SCO_MEMBER_NAMED('China')],
      flag: flags.china,
      summary: 'As of 16 September 2022: led by President Xi Jinping, and a member state of the SCO.',
      aliases: [
        ...names('en', 'China', 'People’s Republic of China', "People's Republic of China", 'PRC'),
        ...demonyms('Chinese'),
        ...names('fr', 'Chine'),
        ...names('de', 'Chinas', 'Volksrepublik China'),
        ...names('ru', 'Китай', 'Китая', 'Китаю', 'Китаем', 'Китае', 'КНР'),
        ...names('zh', '中国', '中华人民共和国'),
      ],
      facts: [fact('The Chinese Communist Party was to hold a congress in October 2022, at which Xi would seek a new mandate.', Q.xiTrip)],
      relations: [
        related(
          'united-states',
          'The article says Moscow and Beijing both had extremely strained relations with the United States, giving two reasons together: the Russian invasion of Ukraine and American support for Taiwan.',
          Q.strainedRelations,
        ),
        related('united-states', 'The article says Beijing commonly uses vocabulary like Xi’s to denounce the United States and its close allies.', Q.vocabulary),
        related(
          'taiwan',
          'The article gives American support for Taiwan as one of two reasons, stated together for Moscow and Beijing, for their strained relations with the United States.',
          Q.strainedRelations,
        ),
        related(
          'central-asia',
          'The article says the choice of Central Asia for Xi’s first overseas trip in more than two years highlighted the importance Beijing attached to the region.',
          Q.silkRoads,
        ),
        related(
          'india',
          'The article says Xi and Modi, leaders of two nuclear powers, had been through a period of tension since deadly border fighting in 2020.',
          Q.borderTension,
        ),
      ],
    },
    {
      id: 'russia',
      kind: 'country',
      name: 'Russia',
      leader: 'vladimir-putin',
      capital: 'moscow',
      memberships: [SCO_MEMBER_NAMED('Russia')],
      flag: flags.russia,
      summary: 'As of 16 September 2022: led by President Vladimir Putin, and a member state of the SCO.',
      aliases: [
        ...names('en', 'Russia', 'Russian Federation'),
        ...demonyms('Russian'),
        ...names('fr', 'Russie'),
        ...names('de', 'Russland', 'Russlands'),
        ...names('es', 'Rusia'),
        ...names('ru', 'Россия', 'России', 'Россию', 'Россией', 'РФ', 'Российская Федерация', 'Российской Федерации', 'Российскую Федерацию', 'Российской Федерацией'),
        ...names('zh', '俄罗斯', '俄罗斯联邦'),
      ],
      facts: [
        fact(
          'The article says Russia had since been the target of heavy Western economic sanctions and was turning more and more to Asia for economic and diplomatic support.',
          Q.sanctions,
        ),
      ],
      relations: [
        related('ukraine', 'The article says Russia’s invasion of Ukraine began in late February 2022.', Q.turmoil),
        related(
          'united-states',
          'The article says Moscow and Beijing both had extremely strained relations with the United States, giving two reasons together: the Russian invasion of Ukraine and American support for Taiwan.',
          Q.strainedRelations,
        ),
        related('india', 'The article says India was getting more and more hydrocarbons from Moscow despite Western sanctions.', Q.putinModi),
        related('caucasus', 'The article calls the Caucasus Moscow’s traditional zone of influence.', Q.putinAliyev),
        related(
          'kazakhstan',
          'The article says Kazakhstan, traditionally allied with Moscow, worried about Russian ambitions after the invasion of Ukraine.',
          Q.kazakhstanVisit,
        ),
      ],
      background: [background('Russia’s war against Ukraine began in 2014; its full-scale invasion began on 24 February 2022.')],
    },
    {
      id: 'india',
      kind: 'country',
      name: 'India',
      leader: 'narendra-modi',
      capital: 'new-delhi',
      memberships: [SCO_MEMBER_NAMED('India')],
      flag: flags.india,
      summary: 'As of 16 September 2022: led by Prime Minister Narendra Modi, and a member state of the SCO.',
      aliases: [
        ...names('en', 'India'),
        ...demonyms('Indian'),
        ...names('fr', 'Inde'),
        ...names('de', 'Indien', 'Indiens'),
        ...names('ru', 'Индия', 'Индии', 'Индию', 'Индией'),
        ...names('zh', '印度'),
      ],
      facts: [],
      relations: [
        related('russia', 'The article says India was getting more and more hydrocarbons from Moscow despite Western sanctions.', Q.putinModi),
        related(
          'china',
          'The article says Modi and Xi, leaders of two nuclear powers, had been through a period of tension since deadly border fighting in 2020.',
          Q.borderTension,
        ),
      ],
    },
    {
      id: 'pakistan',
      kind: 'country',
      name: 'Pakistan',
      capital: 'islamabad',
      memberships: [SCO_MEMBER_NAMED('Pakistan')],
      flag: flags.pakistan,
      summary: 'South Asian country; a member state of the SCO as of 16 September 2022.',
      aliases: [
        ...names('en', 'Pakistan'),
        ...demonyms('Pakistani'),
        ...names('de', 'Pakistans'),
        ...names('es', 'Pakistán'),
        ...names('ru', 'Пакистан', 'Пакистана', 'Пакистану', 'Пакистаном', 'Пакистане'),
        ...names('zh', '巴基斯坦'),
      ],
      facts: [],
      relations: [],
    },
    {
      id: 'uzbekistan',
      kind: 'country',
      name: 'Uzbekistan',
      capital: 'tashkent',
      memberships: [SCO_MEMBER_CENTRAL_ASIAN('Uzbekistan')],
      flag: flags.uzbekistan,
      summary: 'Central Asian country that hosted and chaired the 2022 SCO summit in Samarkand; a member state of the SCO as of 16 September 2022.',
      aliases: [
        ...names('en', 'Uzbekistan'),
        ...demonyms('Uzbek'),
        ...names('fr', 'Ouzbékistan'),
        ...names('de', 'Usbekistan', 'Usbekistans'),
        ...names('es', 'Uzbekistán'),
        ...names('ru', 'Узбекистан', 'Узбекистана', 'Узбекистану', 'Узбекистаном', 'Узбекистане'),
        ...names('zh', '乌兹别克斯坦'),
      ],
      facts: [],
      relations: [
        related('samarkand', 'The SCO summit was held in Samarkand, Uzbekistan.', Q.chairing),
        related('sco', 'A photo caption in the article dates the SCO summit in Samarkand, Uzbekistan, to 16 September 2022.', Q.caption, FRI),
      ],
      background: [
        {
          text: 'Uzbekistan held the SCO’s rotating presidency from September 2021; it hosted and chaired the Samarkand summit, at whose close the presidency passed to India.',
          asOf: AS_OF,
          source: SAMARKAND_DECLARATION,
        },
      ],
    },
    {
      id: 'kazakhstan',
      kind: 'country',
      name: 'Kazakhstan',
      capital: 'astana',
      memberships: [SCO_MEMBER_CENTRAL_ASIAN('Kazakhstan')],
      flag: flags.kazakhstan,
      summary: 'Central Asian country, a member state of the SCO as of 16 September 2022; Xi Jinping visited it on 14 September 2022, before the summit.',
      aliases: [
        ...names('en', 'Kazakhstan'),
        ...demonyms('Kazakh', 'Kazakhstani'),
        ...names('de', 'Kasachstan', 'Kasachstans'),
        ...names('es', 'Kazajistán'),
        ...names('ru', 'Казахстан', 'Казахстана', 'Казахстану', 'Казахстаном', 'Казахстане'),
        ...names('zh', '哈萨克斯坦'),
      ],
      facts: [fact('The article counts deadly unrest in Kazakhstan among the troubles Central Asian countries went through in 2022.', Q.troubles)],
      relations: [
        related(
          'xi-jinping',
          'Xi travelled to Kazakhstan on Wednesday 14 September, ahead of the summit, and vowed to help it “maintain its sovereignty”.',
          Q.kazakhstanVisit,
          WED,
        ),
        related(
          'russia',
          'The article says Kazakhstan, traditionally allied with Moscow, worried about Russian ambitions after the invasion of Ukraine.',
          Q.kazakhstanVisit,
        ),
        related('central-asia', 'The article counts Kazakhstan among the Central Asian countries that went through troubles in 2022.', Q.troubles),
      ],
    },
    {
      id: 'kyrgyzstan',
      kind: 'country',
      name: 'Kyrgyzstan',
      capital: 'bishkek',
      memberships: [SCO_MEMBER_CENTRAL_ASIAN('Kyrgyzstan')],
      flag: flags.kyrgyzstan,
      summary: 'Central Asian country, a member state of the SCO as of 16 September 2022; its border clashes with Tajikistan began on 14 September 2022.',
      aliases: [
        ...names('en', 'Kyrgyzstan'),
        ...demonyms('Kyrgyz'),
        ...names('fr', 'Kirghizistan', 'Kirghizstan'),
        ...names('de', 'Kirgisistan', 'Kirgistan', 'Kirgisistans'),
        ...names('es', 'Kirguistán'),
        ...names(
          'ru',
          'Киргизия',
          'Киргизии',
          'Киргизию',
          'Киргизией',
          'Кыргызстан',
          'Кыргызстана',
          'Кыргызстану',
          'Кыргызстаном',
          'Кыргызстане',
        ),
        ...names('zh', '吉尔吉斯斯坦'),
      ],
      facts: [],
      relations: [
        related('tajikistan', 'The article mentions “Friday’s clashes” between Kyrgyzstan and Tajikistan, on 16 September.', Q.troubles, FRI),
        related('samarkand', 'The article says the leaders of Kyrgyzstan and Tajikistan were present in Samarkand.', Q.troubles),
        related('central-asia', 'The article counts Kyrgyzstan among the Central Asian countries that went through troubles in 2022.', Q.troubles),
      ],
      background: [background('Fighting on the border between Kyrgyzstan and Tajikistan began on 14 September 2022.')],
    },
    {
      id: 'tajikistan',
      kind: 'country',
      name: 'Tajikistan',
      capital: 'dushanbe',
      memberships: [SCO_MEMBER_CENTRAL_ASIAN('Tajikistan')],
      flag: flags.tajikistan,
      summary: 'Central Asian country, a member state of the SCO as of 16 September 2022; its border clashes with Kyrgyzstan began on 14 September 2022.',
      aliases: [
        ...names('en', 'Tajikistan'),
        ...demonyms('Tajik'),
        ...names('fr', 'Tadjikistan'),
        ...names('de', 'Tadschikistan', 'Tadschikistans'),
        ...names('es', 'Tayikistán'),
        ...names('ru', 'Таджикистан', 'Таджикистана', 'Таджикистану', 'Таджикистаном', 'Таджикистане'),
        ...names('zh', '塔吉克斯坦'),
      ],
      facts: [],
      relations: [
        related('kyrgyzstan', 'The article mentions “Friday’s clashes” between Kyrgyzstan and Tajikistan, on 16 September.', Q.troubles, FRI),
        related('samarkand', 'The article says the leaders of Tajikistan and Kyrgyzstan were present in Samarkand.', Q.troubles),
        related('central-asia', 'The article counts Tajikistan among the Central Asian countries that went through troubles in 2022.', Q.troubles),
      ],
      background: [background('Fighting on the border between Kyrgyzstan and Tajikistan began on 14 September 2022.')],
    },
    {
      id: 'turkey',
      kind: 'country',
      name: 'Turkey',
      leader: 'recep-tayyip-erdogan',
      capital: 'ankara',
      memberships: [SCO_DIALOGUE_PARTNER('Turkey')],
      flag: flags.turkey,
      summary: 'As of 16 September 2022: led by President Recep Tayyip Erdoğan, and an SCO dialogue partner.',
      aliases: [
        ...names('en', 'Turkey', 'Türkiye'),
        ...demonyms('Turkish'),
        ...names('fr', 'Turquie'),
        ...names('de', 'Türkei'),
        ...names('es', 'Turquía'),
        ...names('ru', 'Турция', 'Турции', 'Турцию', 'Турцией'),
        ...names('zh', '土耳其'),
      ],
      facts: [
        fact(
          'The article announces that Putin “then meets” the Turkish president, with whom he wanted to discuss an agreement unblocking Ukrainian grain exports hit by the war.',
          Q.putinErdogan,
        ),
      ],
      relations: [],
    },
    {
      id: 'azerbaijan',
      kind: 'country',
      name: 'Azerbaijan',
      leader: 'ilham-aliyev',
      capital: 'baku',
      memberships: [SCO_DIALOGUE_PARTNER('Azerbaijan')],
      flag: flags.azerbaijan,
      summary: 'Caucasus country; as of 16 September 2022, led by President Ilham Aliyev, and an SCO dialogue partner.',
      aliases: [
        ...names('en', 'Azerbaijan'),
        ...demonyms('Azerbaijani', 'Azeri'),
        ...names('fr', 'Azerbaïdjan'),
        ...names('de', 'Aserbaidschan', 'Aserbaidschans'),
        ...names('es', 'Azerbaiyán'),
        ...names('ru', 'Азербайджан', 'Азербайджана', 'Азербайджану', 'Азербайджаном', 'Азербайджане'),
        ...names('zh', '阿塞拜疆'),
      ],
      facts: [],
      relations: [
        related('armenia', 'The article says clashes between Azerbaijan and Armenia had left more than 200 dead.', Q.putinAliyev),
        related('caucasus', 'The article says the clashes with Armenia raised fears of a new war in the Caucasus.', Q.putinAliyev),
      ],
    },
    {
      id: 'armenia',
      kind: 'country',
      name: 'Armenia',
      capital: 'yerevan',
      memberships: [SCO_DIALOGUE_PARTNER('Armenia')],
      flag: flags.armenia,
      summary: 'Caucasus country; an SCO dialogue partner as of 16 September 2022.',
      aliases: [
        ...names('en', 'Armenia'),
        ...demonyms('Armenian'),
        ...names('fr', 'Arménie'),
        ...names('de', 'Armenien', 'Armeniens'),
        ...names('ru', 'Армения', 'Армении', 'Армению', 'Арменией'),
        ...names('zh', '亚美尼亚'),
      ],
      facts: [],
      relations: [
        related('azerbaijan', 'The article says clashes between Armenia and Azerbaijan had left more than 200 dead.', Q.putinAliyev),
        related('caucasus', 'The article says the clashes with Azerbaijan raised fears of a new war in the Caucasus.', Q.putinAliyev),
      ],
    },
    {
      id: 'iran',
      kind: 'country',
      name: 'Iran',
      leader: 'ebrahim-raisi',
      capital: 'tehran',
      memberships: [
        inSco(
          'observer',
          'Iran was an SCO observer state; in Samarkand it signed the memorandum of obligations on its way to full membership.',
          SAMARKAND_DECLARATION,
        ),
      ],
      flag: flags.iran,
      summary: 'As of 16 September 2022: led by President Ebrahim Raisi, and an SCO observer state; it became a full member in July 2023.',
      aliases: [
        ...names('en', 'Iran', 'Islamic Republic of Iran'),
        ...demonyms('Iranian'),
        ...names('de', 'Irans'),
        ...names('es', 'Irán'),
        ...names('ru', 'Иран', 'Ирана', 'Ирану', 'Ираном', 'Иране'),
        ...names('zh', '伊朗'),
      ],
      facts: [fact('The article says Iran’s nuclear talks were sliding when Xi met its leader on Friday 16 September.', Q.xiErdoganRaisi)],
      relations: [],
      sinceThen: [
        later('2023-07-04', 'Iran became a full member of the SCO, at the summit India chaired online.', NEW_DELHI_DECLARATION),
        later('2024-05-19', 'President Ebrahim Raisi died in a helicopter crash in East Azerbaijan province.', 'irna-2024-05-20'),
        later('2024-07-06', 'Masoud Pezeshkian was declared the winner of the presidential run-off of 5 July 2024.', 'iran-interior-ministry-2024-07-06'),
      ],
    },
    {
      id: 'ukraine',
      kind: 'country',
      name: 'Ukraine',
      capital: 'kyiv',
      memberships: [SCO_NONE('Ukraine')],
      flag: flags.ukraine,
      summary: 'Country at war with Russia since 2014, and under Russia’s full-scale invasion from 24 February 2022.',
      aliases: [
        ...names('en', 'Ukraine'),
        ...demonyms('Ukrainian'),
        ...names('es', 'Ucrania'),
        ...names('ru', 'Украина', 'Украины', 'Украине', 'Украину', 'Украиной'),
        ...names('zh', '乌克兰'),
      ],
      facts: [
        fact(
          'The article says Ukraine’s grain exports had been hit by the war, and that Putin wanted to discuss an agreement unblocking them with Erdoğan.',
          Q.putinErdogan,
        ),
      ],
      relations: [
        related('russia', 'The article says Russia’s invasion of Ukraine began in late February 2022.', Q.turmoil),
        related('xi-jinping', 'Putin thanked Xi on Thursday 15 September for his “balanced position” on the invasion of Ukraine.', Q.xiPutinMeeting, THU),
      ],
      background: [background('Russia’s war against Ukraine began in 2014; its full-scale invasion began on 24 February 2022.')],
    },
    {
      id: 'united-states',
      kind: 'country',
      name: 'United States',
      capital: 'washington',
      memberships: [SCO_NONE('The United States')],
      flag: flags['united-states'],
      summary: 'Country whose relations with Moscow and Beijing the article called extremely strained.',
      aliases: [
        ...names('en', 'United States', 'United States of America', 'US', 'U.S.', 'USA', 'America'),
        ...demonyms('American'),
        ...names('fr', 'États-Unis', 'Etats-Unis'),
        ...names('de', 'Vereinigte Staaten', 'Vereinigten Staaten', 'Amerika', 'Amerikas'),
        ...names('es', 'Estados Unidos', 'EE. UU.', 'EE.UU.', 'EEUU'),
        ...names(
          'ru',
          'США',
          'Соединённые Штаты',
          'Соединенные Штаты',
          'Соединённых Штатов',
          'Соединенных Штатов',
          'Соединённым Штатам',
          'Соединенным Штатам',
          'Соединёнными Штатами',
          'Соединенными Штатами',
          'Соединённых Штатах',
          'Соединенных Штатах',
        ),
        ...names('zh', '美国'),
      ],
      facts: [fact('The article says the summit brought together several countries whose ties with the United States were strained.', Q.counterweight)],
      relations: [
        related(
          'russia',
          'The article says Moscow and Beijing both had extremely strained relations with the United States, giving two reasons together: the Russian invasion of Ukraine and American support for Taiwan.',
          Q.strainedRelations,
        ),
        related(
          'china',
          'The article says Moscow and Beijing both had extremely strained relations with the United States, giving two reasons together: the Russian invasion of Ukraine and American support for Taiwan.',
          Q.strainedRelations,
        ),
        related('china', 'The article says Beijing commonly uses vocabulary like Xi’s to denounce the United States and its close allies.', Q.vocabulary),
        related(
          'taiwan',
          'The article gives American support for Taiwan as one of two reasons, stated together for Moscow and Beijing, for their strained relations with the United States.',
          Q.strainedRelations,
        ),
      ],
    },
    {
      id: 'taiwan',
      kind: 'country',
      name: 'Taiwan',
      memberships: [SCO_NONE('Taiwan')],
      flag: flags.taiwan,
      summary: 'Self-governed island that Beijing claims; the article gave American support for it as one reason for strained US relations with Moscow and Beijing.',
      aliases: [
        ...names('en', 'Taiwan'),
        ...demonyms('Taiwanese'),
        ...names('fr', 'Taïwan'),
        ...names('de', 'Taiwans'),
        ...names('es', 'Taiwán'),
        ...names('ru', 'Тайвань', 'Тайваня', 'Тайваню', 'Тайванем', 'Тайване'),
        ...names('zh', '台湾'),
      ],
      facts: [],
      relations: [
        related(
          'united-states',
          'The article gives American support for Taiwan as one of two reasons, stated together for Moscow and Beijing, for their strained relations with the United States.',
          Q.strainedRelations,
        ),
        related(
          'china',
          'The article gives American support for Taiwan as one of two reasons, stated together for Moscow and Beijing, for their strained relations with the United States.',
          Q.strainedRelations,
        ),
      ],
    },

    // ─────────────────────── organizations, projects ───────────────────
    {
      id: 'sco',
      kind: 'organization',
      name: 'Shanghai Cooperation Organization',
      summary: 'Regional cooperation group founded in 2001; its summit in Samarkand on 16 September 2022 was hosted and chaired by Uzbekistan.',
      aliases: [
        ...names('en', 'Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation', 'SCO'),
        ...names('fr', 'Organisation de coopération de Shanghai', 'OCS'),
        ...names('de', 'Schanghaier Organisation für Zusammenarbeit', 'Shanghaier Organisation für Zusammenarbeit', 'SOZ'),
        ...names('es', 'Organización de Cooperación de Shanghái', 'Organización de Cooperación de Shanghai'),
        ...names('ru', 'ШОС', 'Шанхайская организация сотрудничества', 'Шанхайской организации сотрудничества'),
        ...names('zh', '上海合作组织', '上合组织'),
      ],
      facts: [
        fact('The article describes the SCO as a group that wants to compete with Western institutions.', Q.chairing),
        fact(
          'The SCO was founded in 2001 as a cooperation platform competing with Western organizations; the article gives its members as China, Russia, India, Pakistan and four former Soviet republics in Central Asia.',
          Q.scoMembers,
        ),
        fact('Putin said that, unlike in the West, cooperation between SCO member countries rested on “disinterested” principles.', Q.disinterested),
        fact('Xi addressed the main session of the SCO summit.', Q.mainSession),
      ],
      relations: [
        related('samarkand', 'The SCO summit was held in Samarkand, Uzbekistan.', Q.chairing),
        related('samarkand', 'A photo caption in the article dates the SCO summit in Samarkand to 16 September 2022.', Q.caption, FRI),
        related('xi-jinping', `Xi attended the summit; ${CHAIR_NOTE}.`, Q.chairing),
        related('vladimir-putin', `Putin attended the summit; ${CHAIR_NOTE}.`, Q.chairing),
        related('central-asia', 'The article says four former Soviet republics in Central Asia were members of the SCO.', Q.scoMembers),
      ],
      background: [
        {
          text: 'Uzbekistan held the SCO’s rotating presidency from September 2021; it hosted and chaired the Samarkand summit, at whose close the presidency passed to India.',
          asOf: AS_OF,
          source: SAMARKAND_DECLARATION,
        },
        background('Its secretariat is in Beijing.'),
      ],
      sinceThen: [
        later('2023-07-04', 'Iran became the SCO’s ninth member state, at the summit India chaired online.', NEW_DELHI_DECLARATION),
        later('2024-07-04', 'Belarus became the SCO’s tenth member state, at the Astana summit.', ASTANA_DECLARATION),
      ],
    },
    {
      id: 'new-silk-roads',
      kind: 'project',
      name: 'New Silk Roads',
      summary: 'A trade project led by Xi Jinping to strengthen trade links with the world, as the article described it on 16 September 2022; officially the Belt and Road Initiative.',
      aliases: [
        ...names('en', 'New Silk Roads', 'New Silk Road', 'Belt and Road Initiative', 'Belt and Road'),
        ...names('fr', 'Nouvelles routes de la soie'),
        ...names('de', 'Neue Seidenstraße', 'Neuen Seidenstraße'),
        ...names('es', 'Nueva Ruta de la Seda', 'Nuevas Rutas de la Seda'),
        ...names('ru', 'Новый шёлковый путь', 'Новый шелковый путь'),
        ...names('zh', '一带一路'),
      ],
      facts: [fact('The article calls the New Silk Roads a gigantic project led by Xi to strengthen trade links with the world.', Q.silkRoads)],
      relations: [
        related('xi-jinping', 'The article says Xi led the New Silk Roads project.', Q.silkRoads),
        related('central-asia', 'The article says the New Silk Roads criss-crossed Central Asia.', Q.silkRoads),
      ],
      background: [background('China launched the project in 2013; its official name is the Belt and Road Initiative.')],
    },

    // ────────────────────────────── places ─────────────────────────────
    {
      id: 'samarkand',
      kind: 'place',
      name: 'Samarkand',
      locatedIn: 'uzbekistan',
      summary: 'City in Uzbekistan that hosted the SCO summit in September 2022.',
      aliases: [
        ...names('en', 'Samarkand'),
        ...names('fr', 'Samarcande'),
        ...names('es', 'Samarcanda'),
        ...names('ru', 'Самарканд', 'Самарканда', 'Самарканду', 'Самаркандом', 'Самарканде'),
        ...names('zh', '撒马尔罕'),
      ],
      facts: [],
      relations: [
        related('sco', 'The SCO summit was held in Samarkand, Uzbekistan.', Q.chairing),
        related('sco', 'A photo caption in the article dates the SCO summit in Samarkand to 16 September 2022.', Q.caption, FRI),
        related('kyrgyzstan', 'The article says the leaders of Kyrgyzstan and Tajikistan were present in Samarkand.', Q.troubles),
        related('tajikistan', 'The article says the leaders of Tajikistan and Kyrgyzstan were present in Samarkand.', Q.troubles),
      ],
    },
    {
      id: 'central-asia',
      kind: 'place',
      name: 'Central Asia',
      summary: 'Region where Xi Jinping made his first overseas trip since the coronavirus pandemic began, in September 2022.',
      aliases: [
        ...names('en', 'Central Asia'),
        ...demonyms('Central Asian'),
        ...names('fr', 'Asie centrale'),
        ...names('de', 'Zentralasien'),
        ...names('es', 'Asia Central', 'Asia central'),
        ...names('ru', 'Центральная Азия', 'Центральной Азии', 'Центральную Азию', 'Центральной Азией'),
        ...names('zh', '中亚'),
      ],
      facts: [
        fact('The article says Beijing attached importance to Central Asia, a region criss-crossed by the New Silk Roads.', Q.silkRoads),
        fact('The article says several Central Asian countries went through troubles in 2022.', Q.troubles),
      ],
      relations: [
        related('xi-jinping', 'Xi’s trip to Central Asia was his first overseas trip since the coronavirus pandemic began.', Q.xiTrip),
        related('sco', 'The article says four former Soviet republics in Central Asia were members of the SCO.', Q.scoMembers),
        related('new-silk-roads', 'The article says Central Asia was criss-crossed by the New Silk Roads.', Q.silkRoads),
      ],
    },
    {
      id: 'caucasus',
      kind: 'place',
      name: 'Caucasus',
      summary: 'Region that the article called Moscow’s traditional zone of influence.',
      aliases: [
        ...names('en', 'Caucasus'),
        ...names('fr', 'Caucase'),
        ...names('de', 'Kaukasus'),
        ...names('es', 'Cáucaso'),
        ...names('ru', 'Кавказ', 'Кавказа', 'Кавказу', 'Кавказом', 'Кавказе'),
        ...names('zh', '高加索'),
      ],
      facts: [fact('The article says clashes between Azerbaijan and Armenia raised fears of a new war in the Caucasus.', Q.putinAliyev)],
      relations: [
        related('russia', 'The article calls the Caucasus Moscow’s traditional zone of influence.', Q.putinAliyev),
        related('azerbaijan', 'The article says Azerbaijan’s clashes with Armenia raised fears of a new war in the Caucasus.', Q.putinAliyev),
        related('armenia', 'The article says Armenia’s clashes with Azerbaijan raised fears of a new war in the Caucasus.', Q.putinAliyev),
      ],
    },

    // ───────────── capitals and seats that stand for governments ──────────
    {
      id: 'moscow',
      kind: 'place',
      name: 'Moscow',
      role: background('Capital of Russia'),
      capitalOf: 'russia',
      locatedIn: 'russia',
      summary: 'News reports, this one included, often write “Moscow” for the Russian government.',
      aliases: [
        ...names('en', 'Moscow'),
        ...names('fr', 'Moscou'),
        ...names('de', 'Moskau'),
        ...names('es', 'Moscú'),
        ...names('ru', 'Москва', 'Москвы', 'Москве', 'Москву', 'Москвой'),
        ...names('zh', '莫斯科'),
      ],
      facts: [
        fact(
          'The article says Moscow and Beijing both had extremely strained relations with the United States, giving two reasons together: the Russian invasion of Ukraine and American support for Taiwan.',
          Q.strainedRelations,
        ),
        fact('The article calls the invasion of Ukraine “Moscow’s invasion”.', Q.xiPutinMeeting),
        fact('The article says India was getting more and more hydrocarbons from Moscow despite Western sanctions.', Q.putinModi),
        fact('The article calls the Caucasus Moscow’s traditional zone of influence.', Q.putinAliyev),
        fact('The article calls Kazakhstan a traditionally Moscow-allied country.', Q.kazakhstanVisit),
      ],
      relations: [],
    },
    {
      id: 'beijing',
      kind: 'place',
      name: 'Beijing',
      role: background('Capital of China'),
      capitalOf: 'china',
      locatedIn: 'china',
      summary: 'News reports, this one included, often write “Beijing” for the Chinese government.',
      aliases: [
        ...names('en', 'Beijing'),
        ...names('fr', 'Pékin'),
        ...names('de', 'Peking'),
        ...names('es', 'Pekín'),
        ...names('ru', 'Пекин', 'Пекина', 'Пекину', 'Пекином', 'Пекине'),
        ...names('zh', '北京'),
      ],
      facts: [
        fact(
          'The article says Moscow and Beijing both had extremely strained relations with the United States, giving two reasons together: the Russian invasion of Ukraine and American support for Taiwan.',
          Q.strainedRelations,
        ),
        fact('The article says Beijing commonly uses vocabulary like Xi’s to denounce the United States and its close allies.', Q.vocabulary),
        fact('The article says the choice of Central Asia for Xi’s first overseas trip in more than two years highlighted the importance Beijing attached to the region.', Q.silkRoads),
      ],
      relations: [],
    },
    capital('washington', 'Washington', 'united-states', 'Capital of the United States', 'the US government', [
      ...names('en', 'Washington', 'Washington, D.C.', 'Washington DC'),
      ...names('ru', 'Вашингтон', 'Вашингтона', 'Вашингтону', 'Вашингтоном', 'Вашингтоне'),
      ...names('zh', '华盛顿'),
    ]),
    capital('kyiv', 'Kyiv', 'ukraine', 'Capital of Ukraine', 'the Ukrainian government', [
      ...names('en', 'Kyiv', 'Kiev'),
      ...names('de', 'Kiew'),
      ...names('ru', 'Киев', 'Киева', 'Киеву', 'Киевом', 'Киеве'),
      ...names('zh', '基辅'),
    ]),
    capital('tehran', 'Tehran', 'iran', 'Capital of Iran', 'the Iranian government', [
      ...names('en', 'Tehran'),
      ...names('fr', 'Téhéran'),
      ...names('de', 'Teheran'),
      ...names('es', 'Teherán'),
      ...names('ru', 'Тегеран', 'Тегерана', 'Тегерану', 'Тегераном', 'Тегеране'),
      ...names('zh', '德黑兰'),
    ]),
    capital('ankara', 'Ankara', 'turkey', 'Capital of Turkey', 'the Turkish government', [
      ...names('en', 'Ankara'),
      ...names('ru', 'Анкара', 'Анкары', 'Анкаре', 'Анкару', 'Анкарой'),
      ...names('zh', '安卡拉'),
    ]),
    capital('baku', 'Baku', 'azerbaijan', 'Capital of Azerbaijan', 'the Azerbaijani government', [
      ...names('en', 'Baku'),
      ...names('fr', 'Bakou'),
      ...names('ru', 'Баку'),
      ...names('zh', '巴库'),
    ]),
    capital('yerevan', 'Yerevan', 'armenia', 'Capital of Armenia', 'the Armenian government', [
      ...names('en', 'Yerevan'),
      ...names('fr', 'Erevan'),
      ...names('de', 'Eriwan'),
      ...names('es', 'Ereván'),
      ...names('ru', 'Ереван', 'Еревана', 'Еревану', 'Ереваном', 'Ереване'),
      ...names('zh', '埃里温'),
    ]),
    capital('new-delhi', 'New Delhi', 'india', 'Capital of India', 'the Indian government', [
      ...names('en', 'New Delhi'),
      ...names('de', 'Neu-Delhi'),
      ...names('es', 'Nueva Delhi'),
      ...names('ru', 'Нью-Дели'),
      ...names('zh', '新德里'),
    ]),
    capital('islamabad', 'Islamabad', 'pakistan', 'Capital of Pakistan', 'the Pakistani government', [
      ...names('en', 'Islamabad'),
      ...names('ru', 'Исламабад', 'Исламабада', 'Исламабаду', 'Исламабадом', 'Исламабаде'),
      ...names('zh', '伊斯兰堡'),
    ]),
    capital('tashkent', 'Tashkent', 'uzbekistan', 'Capital of Uzbekistan', 'the Uzbek government', [
      ...names('en', 'Tashkent'),
      ...names('fr', 'Tachkent'),
      ...names('de', 'Taschkent'),
      ...names('es', 'Taskent'),
      ...names('ru', 'Ташкент', 'Ташкента', 'Ташкенту', 'Ташкентом', 'Ташкенте'),
      ...names('zh', '塔什干'),
    ]),
    {
      ...capital('astana', 'Astana', 'kazakhstan', 'Capital of Kazakhstan, then called Nur-Sultan', 'the Kazakh government', [
        ...names('en', 'Astana', 'Nur-Sultan'),
        ...names('fr', 'Nour-Soultan'),
        ...names('ru', 'Астана', 'Астаны', 'Астане', 'Астану', 'Астаной', 'Нур-Султан', 'Нур-Султана', 'Нур-Султане'),
        ...names('zh', '阿斯塔纳', '努尔苏丹'),
      ]),
      summary: 'Called Nur-Sultan on 16 September 2022 and renamed Astana the next day; news reports often write “Astana” for the Kazakh government.',
      sinceThen: [later('2022-09-17', 'Nur-Sultan was renamed Astana, the name it had before 2019.', 'kazakhstan-capital-law-2022-09-17')],
    },
    capital('bishkek', 'Bishkek', 'kyrgyzstan', 'Capital of Kyrgyzstan', 'the Kyrgyz government', [
      ...names('en', 'Bishkek'),
      ...names('fr', 'Bichkek'),
      ...names('de', 'Bischkek'),
      ...names('es', 'Biskek'),
      ...names('ru', 'Бишкек', 'Бишкека', 'Бишкеку', 'Бишкеком', 'Бишкеке'),
      ...names('zh', '比什凯克'),
    ]),
    capital('dushanbe', 'Dushanbe', 'tajikistan', 'Capital of Tajikistan', 'the Tajik government', [
      ...names('en', 'Dushanbe'),
      ...names('fr', 'Douchanbé'),
      ...names('de', 'Duschanbe'),
      ...names('es', 'Dusambé'),
      ...names('ru', 'Душанбе'),
      ...names('zh', '杜尚别'),
    ]),
    seat('taipei', 'Taipei', 'taiwan', 'Seat of Taiwan’s government', 'Taiwan’s government', [
      ...names('en', 'Taipei'),
      ...names('fr', 'Taïpei'),
      ...names('de', 'Taipeh'),
      ...names('es', 'Taipéi'),
      ...names('ru', 'Тайбэй', 'Тайбэя', 'Тайбэе'),
      ...names('zh', '台北'),
    ]),
    seat('kremlin', 'Kremlin', 'russia', 'Seat of the Russian presidency, in Moscow', 'the Russian presidency and government', [
      ...names('en', 'Kremlin'),
      ...names('de', 'Kreml'),
      ...names('ru', 'Кремль', 'Кремля', 'Кремлю', 'Кремлём', 'Кремлем', 'Кремле'),
      ...names('zh', '克里姆林宫'),
    ]),
    // No Russian alias: "Белый дом" is also the seat of Russia's own government in Moscow.
    seat('white-house', 'White House', 'united-states', 'Seat of the US presidency, in Washington', 'the US presidency', [
      ...names('en', 'White House'),
      ...names('fr', 'Maison-Blanche', 'Maison Blanche'),
      ...names('de', 'Weißes Haus', 'Weißen Haus', 'Weißen Hauses'),
      ...names('es', 'Casa Blanca'),
      ...names('zh', '白宫'),
    ]),
  ],

  ambiguousAliases: [],

  needsContext: [
    {
      text: 'Turkey',
      why: 'Also the bird and the dish ("Thanksgiving Turkey" in a recipe title) and a character in Melville\'s "Bartleby"; capitalised, the word alone cannot tell them apart from the country.',
    },
    {
      text: 'Poutine',
      why: 'French for Putin, and the name of a Quebec dish ("a plate of Poutine", "Poutine Week"): it counts on a page about Russia or the summit\'s leaders.',
      context: [
        'vladimir-putin',
        'russia',
        'moscow',
        'kremlin',
        'ukraine',
        'kyiv',
        'xi-jinping',
        'narendra-modi',
        'recep-tayyip-erdogan',
        'ilham-aliyev',
        'ebrahim-raisi',
        'sco',
      ],
    },
    {
      text: 'OCS',
      why: 'French for the SCO, and a French television channel (OCS, "Orange Cinéma Séries"): it counts on a page about the summit.',
      context: ['sco', 'samarkand', 'xi-jinping', 'vladimir-putin', 'narendra-modi', 'recep-tayyip-erdogan', 'ilham-aliyev', 'ebrahim-raisi'],
    },
  ],
  notNames: [
    { text: "Xi'an", why: 'Chinese city; contains the alias "Xi".' },
    { text: 'Xi’an', why: 'Chinese city (curly apostrophe); contains the alias "Xi".' },
    { text: 'Indian Ocean', why: 'An ocean, not India; contains the demonym "Indian".' },
    { text: 'Océan Indien', why: 'French for the Indian Ocean (capitalised in headings); contains the alias "Indien".' },
    { text: 'océan Indien', why: 'French for the Indian Ocean, as running text writes it ("l\'océan Indien"); "Indien" is German for India.' },
    { text: 'American Indian', why: 'Indigenous peoples of the Americas, not India; contains "Indian".' },
    { text: 'West Indian', why: 'Of the Caribbean, not India; contains "Indian".' },
    { text: 'American Samoa', why: 'A territory in the Pacific, not the United States proper; contains "American".' },
    { text: 'Latin America', why: 'A region, not the United States; contains "America".' },
    { text: 'Latin American', why: 'Of Latin America, not the United States; contains "America" and "American".' },
    { text: 'South America', why: 'A continent, not the United States; contains "America".' },
    { text: 'South American', why: 'Of South America, not the United States; contains "American".' },
    { text: 'North America', why: 'A continent, not the United States; contains "America".' },
    { text: 'Central America', why: 'A region, not the United States; contains "America".' },
    { text: 'Central American', why: 'Of Central America, not the United States; contains "American".' },
    { text: 'Bank of America', why: 'A bank; contains "America".' },
    { text: 'Captain America', why: 'A comic-book hero; contains "America".' },
    { text: 'Estados Unidos Mexicanos', why: 'Official name of Mexico; contains "Estados Unidos".' },
    { text: 'South China Sea', why: 'A sea, not the country; contains "China".' },
    { text: 'East China Sea', why: 'A sea, not the country; contains "China".' },
    { text: 'Bone China', why: 'Porcelain ("Fine Bone China" on a product page), not the country; contains "China".' },
    { text: 'Fine China', why: 'Porcelain, not the country; contains "China".' },
    { text: 'Heydar Aliyev', why: 'Ilham Aliyev\'s father, president before him, and the airport and centre named after him; contains "Aliyev".' },
    { text: 'Heydar Aliev', why: 'The same, in French spelling; contains "Aliev".' },
    { text: 'Гейдар Алиев', why: 'Heydar Aliyev in Russian; contains "Алиев".' },
    { text: 'Гейдара Алиева', why: 'Heydar Aliyev in Russian (genitive); contains "Алиева".' },
    { text: 'Гейдару Алиеву', why: 'Heydar Aliyev in Russian (dative); contains "Алиеву".' },
    { text: 'Гейдаром Алиевым', why: 'Heydar Aliyev in Russian (instrumental); contains "Алиевым".' },
    { text: 'Гейдаре Алиеве', why: 'Heydar Aliyev in Russian (prepositional); contains "Алиеве".' },
    { text: 'Мехрибан Алиева', why: 'Mehriban Aliyeva, Ilham Aliyev\'s wife; "Алиева" is also the genitive of his name.' },
    { text: 'Мехрибан Алиевой', why: 'Mehriban Aliyeva (oblique cases); contains no alias but keeps the pattern whole.' },
    { text: 'Mehriban Aliyeva', why: 'Ilham Aliyev\'s wife; kept whole so that no part of it is read as his name.' },
    { text: 'Washington Post', why: 'A newspaper, not the US government; contains "Washington".' },
    { text: 'Washington Times', why: 'A newspaper; contains "Washington".' },
    { text: 'Washington Examiner', why: 'A newspaper; contains "Washington".' },
    { text: 'Washington State', why: 'The US state, not the capital; contains "Washington".' },
    { text: 'Washington state', why: 'The US state, not the capital; contains "Washington".' },
    { text: 'George Washington', why: 'The first US president; contains "Washington".' },
    { text: 'Denzel Washington', why: 'An actor; contains "Washington".' },
    { text: 'University of Washington', why: 'A university in Seattle; contains "Washington".' },
    { text: 'Washington Nationals', why: 'A baseball team; contains "Washington".' },
    { text: 'Washington Commanders', why: 'A football team; contains "Washington".' },
    { text: '华盛顿邮报', why: 'The Washington Post; contains "华盛顿".' },
    { text: '华盛顿州', why: 'Washington State; contains "华盛顿".' },
    { text: 'Chicken Kiev', why: 'A dish; contains "Kiev".' },
    { text: 'Chicken Kyiv', why: 'A dish; contains "Kyiv".' },
    { text: 'Peking Duck', why: 'A dish; contains "Peking" (German for Beijing).' },
    { text: 'Peking duck', why: 'A dish; contains "Peking" (German for Beijing).' },
    { text: 'Китай-город', why: 'A district of Moscow; contains "Китай".' },
    { text: '印度尼西亚', why: 'Indonesia; contains "印度" (India).' },
    { text: '印度洋', why: 'The Indian Ocean; contains "印度" (India).' },
    { text: '印度支那', why: 'Indochina; contains "印度" (India).' },
    { text: '白俄罗斯', why: 'Belarus; contains "俄罗斯" (Russia).' },
    { text: '拉美国家', why: '"Latin American countries"; the word segmentation reads 拉 | 美国 | 家 here, so it cannot tell.' },
  ],
};

/** A capital city that news uses for its country's government ("Moscow said…"). */
function capital(id: string, name: string, country: string, role: string, government: string, aliases: Alias[]) {
  return {
    ...place(id, name, country, role, government, aliases),
    capitalOf: country,
  };
}

/** A building or city where a government sits, used for it in news ("the Kremlin said…"). */
function seat(id: string, name: string, country: string, role: string, government: string, aliases: Alias[]) {
  return {
    ...place(id, name, country, role, government, aliases),
    seatOf: country,
  };
}

function place(id: string, name: string, country: string, role: string, government: string, aliases: Alias[]) {
  return {
    id,
    kind: 'place' as const,
    name,
    role: background(role),
    locatedIn: country,
    summary: `News reports often write “${name}” for ${government}.`,
    aliases,
    facts: [],
    relations: [],
  };
}
