/**
 * The Summit Lens dataset. Everything about the summit rests on ONE article
 * (AFP, 16 September 2022, src/data/summit-article.txt): every fact and
 * relation carries the verbatim sentence it rests on. Only `background`
 * goes beyond the article, and it is dated.
 *
 * Checked by src/core/validate-dataset.ts (tests/unit/dataset.test.ts).
 */
import type { Alias, AliasLang, Dataset } from '../core/dataset-types';
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
  caption:
    'Summit of the Shanghai Cooperation Organization (SCO) in Samarkand, Uzbekistan on September 16, 2022 (SPUTNIK/AFP – Sergei BOBYLYOV)',
  troubles:
    'However, several Central Asian countries have experienced troubles this year, such as deadly unrest in Kazakhstan or Friday’s clashes between Kyrgyzstan and Tajikistan, whose leaders are present in Samarkand.',
  kazakhstanVisit:
    'Ahead of the summit, Xi traveled to Kazakhstan on Wednesday and vowed to help it “maintain its sovereignty” as the traditionally Moscow-allied country worries about Russian ambitions after invading Ukraine.',
  xiErdoganRaisi: 'Mr Xi also met with Mr Erdogan and Iranian leader Ebrahim Raisi on Friday as Iran’s nuclear talks slide.',
  /**
   * The article's sentence reads "no meeting between MM" (garbled in the
   * source); the next sentence names Xi and Modi, so both are quoted together.
   */
  noXiModiMeeting:
    'However, no meeting between MM was announced. Xi and Modi, both nuclear powers, have endured a period of tension since deadly border fighting in 2020.',
  borderTension:
    'Xi and Modi, both nuclear powers, have endured a period of tension since deadly border fighting in 2020.',
} as const;

const THU = '2022-09-15';
const FRI = '2022-09-16';
const WED = '2022-09-14';
const AS_OF = '2022-09-16';

export const dataset: Dataset = {
  source: {
    outlet: 'AFP',
    date: '2022-09-16',
    title: 'Putin and Xi pose as a counterweight to the Western order',
    reference: 'www.challenges.fr',
  },

  entities: [
    // ───────────────────────────── leaders ─────────────────────────────
    {
      id: 'xi-jinping',
      kind: 'leader',
      name: 'Xi Jinping',
      role: 'Chinese President',
      country: 'china',
      summary: 'President of China, chairing the SCO summit in Samarkand with Vladimir Putin.',
      aliases: [
        ...names('en', 'Xi Jinping', 'Xi', 'Mr Xi', 'Mr. Xi', 'President Xi', 'President Xi Jinping'),
        ...names('fr', 'M. Xi'),
        ...names('ru', 'Си Цзиньпин', 'Си Цзиньпина', 'Си Цзиньпину', 'Си Цзиньпином', 'Си Цзиньпине'),
        ...names('zh', '习近平', '习主席'),
      ],
      facts: [
        {
          text: 'Xi and Putin presented themselves as a counterweight to Western influence at a regional summit on Friday.',
          quote: Q.counterweight,
        },
        {
          text: 'At the main session of the summit, Xi urged the leaders present to work together for an international order moving in a more just and rational direction.',
          quote: Q.mainSession,
        },
        {
          text: 'Xi went on to call for promoting the common values of humanity and abandoning zero-sum games and bloc politics.',
          quote: Q.commonValues,
        },
        {
          text: 'Xi named no country, but Beijing commonly uses this vocabulary to denounce the United States and its close allies.',
          quote: Q.vocabulary,
        },
        {
          text: 'The article says the statements by Xi and Putin illustrate the turmoil in international relations of the past several months.',
          quote: Q.turmoil,
        },
        {
          text: 'Xi hopes to further strengthen his position as top leader before an October Chinese Communist Party congress, where he will seek a new mandate.',
          quote: Q.xiTrip,
        },
      ],
      relations: [
        {
          type: 'met-with',
          target: 'vladimir-putin',
          date: THU,
          text: 'Xi met Putin on Thursday; Putin thanked him for his balanced position on the invasion of Ukraine and promised him explanations about his concerns.',
          quote: Q.xiPutinMeeting,
        },
        {
          type: 'met-with',
          target: 'recep-tayyip-erdogan',
          date: FRI,
          text: 'Xi met Erdoğan on Friday.',
          quote: Q.xiErdoganRaisi,
        },
        {
          type: 'met-with',
          target: 'ebrahim-raisi',
          date: FRI,
          text: 'Xi met Raisi on Friday, as Iran’s nuclear talks were sliding.',
          quote: Q.xiErdoganRaisi,
        },
        {
          type: 'no-meeting-announced',
          target: 'narendra-modi',
          text: 'No meeting between Xi and Modi was announced; the two have been through a period of tension since deadly border fighting in 2020.',
          quote: Q.noXiModiMeeting,
        },
        {
          type: 'related-to',
          target: 'sco',
          text: 'Xi and Putin are chairing the summit of the Shanghai Cooperation Organization.',
          quote: Q.chairing,
        },
        {
          type: 'related-to',
          target: 'samarkand',
          text: 'The summit Xi is chairing with Putin is held in Samarkand.',
          quote: Q.chairing,
        },
        {
          type: 'related-to',
          target: 'kazakhstan',
          date: WED,
          text: 'Before the summit, Xi travelled to Kazakhstan on Wednesday and vowed to help it maintain its sovereignty.',
          quote: Q.kazakhstanVisit,
        },
        {
          type: 'related-to',
          target: 'central-asia',
          text: 'Xi is making his first overseas trip to Central Asia since the coronavirus pandemic began.',
          quote: Q.xiTrip,
        },
        {
          type: 'related-to',
          target: 'new-silk-roads',
          text: 'Xi leads the New Silk Roads, a gigantic project to strengthen trade links with the world.',
          quote: Q.silkRoads,
        },
      ],
      background: [{ text: 'President of the People’s Republic of China since March 2013.', asOf: AS_OF }],
    },
    {
      id: 'vladimir-putin',
      kind: 'leader',
      name: 'Vladimir Putin',
      role: 'Russian President',
      country: 'russia',
      summary: 'President of Russia, chairing the SCO summit in Samarkand with Xi Jinping.',
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
        {
          text: 'Putin and Xi presented themselves as a counterweight to Western influence at a regional summit on Friday.',
          quote: Q.counterweight,
        },
        {
          text: 'Putin welcomed what he called the increasing role of the new centres of power, which he says is becoming more and more evident.',
          quote: Q.newCenters,
        },
        {
          text: 'Putin said that, unlike in the West, cooperation between SCO member countries rests on disinterested principles.',
          quote: Q.disinterested,
        },
        {
          text: 'The article says the statements by Xi and Putin illustrate the turmoil in international relations of the past several months.',
          quote: Q.turmoil,
        },
        {
          text: 'Putin has held more and more bilateral meetings on the sidelines of the summit since Thursday.',
          quote: Q.bilaterals,
        },
      ],
      relations: [
        {
          type: 'met-with',
          target: 'xi-jinping',
          date: THU,
          text: 'Putin met Xi on Thursday, thanked him for his balanced position on the invasion of Ukraine and promised him explanations about his concerns.',
          quote: Q.xiPutinMeeting,
        },
        {
          type: 'met-with',
          target: 'narendra-modi',
          date: FRI,
          text: 'Putin was to meet Modi on Friday.',
          quote: Q.putinModi,
        },
        {
          type: 'met-with',
          target: 'recep-tayyip-erdogan',
          date: FRI,
          text: 'After Modi, Putin was to meet Erdoğan; he wants to discuss with him an agreement unblocking Ukrainian grain exports hit by the war.',
          quote: Q.putinErdogan,
        },
        {
          type: 'met-with',
          target: 'ilham-aliyev',
          date: FRI,
          text: 'After Erdoğan, Putin was to hold talks with Aliyev, following clashes between Azerbaijan and Armenia.',
          quote: Q.putinAliyev,
        },
        {
          type: 'related-to',
          target: 'sco',
          text: 'Putin and Xi are chairing the summit of the Shanghai Cooperation Organization.',
          quote: Q.chairing,
        },
        {
          type: 'related-to',
          target: 'samarkand',
          text: 'The summit Putin is chairing with Xi is held in Samarkand.',
          quote: Q.chairing,
        },
      ],
      background: [{ text: 'President of Russia since May 2012, after an earlier term from 2000 to 2008.', asOf: AS_OF }],
    },
    {
      id: 'narendra-modi',
      kind: 'leader',
      name: 'Narendra Modi',
      role: 'Indian Prime Minister',
      country: 'india',
      summary: 'Prime Minister of India, due to meet Vladimir Putin on the day of the Samarkand summit.',
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
        {
          type: 'met-with',
          target: 'vladimir-putin',
          date: FRI,
          text: 'Modi was to meet Putin on Friday.',
          quote: Q.putinModi,
        },
        {
          type: 'no-meeting-announced',
          target: 'xi-jinping',
          text: 'No meeting between Modi and Xi was announced; the two have been through a period of tension since deadly border fighting in 2020.',
          quote: Q.noXiModiMeeting,
        },
      ],
      background: [{ text: 'Prime Minister of India since May 2014.', asOf: AS_OF }],
    },
    {
      id: 'recep-tayyip-erdogan',
      kind: 'leader',
      name: 'Recep Tayyip Erdoğan',
      role: 'Turkish President',
      country: 'turkey',
      summary: 'President of Turkey, who met Xi Jinping and was due to meet Vladimir Putin on 16 September 2022.',
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
        ...names('ru', 'Эрдоган', 'Эрдогана', 'Эрдогану', 'Эрдоганом', 'Эрдогане', 'Реджеп Тайип Эрдоган', 'Реджепа Тайипа Эрдогана'),
        ...names('zh', '埃尔多安'),
      ],
      facts: [],
      relations: [
        {
          type: 'met-with',
          target: 'vladimir-putin',
          date: FRI,
          text: 'Erdoğan was to meet Putin, after Modi; Putin wants to discuss with him an agreement unblocking Ukrainian grain exports hit by the war.',
          quote: Q.putinErdogan,
        },
        {
          type: 'met-with',
          target: 'xi-jinping',
          date: FRI,
          text: 'Erdoğan met Xi on Friday.',
          quote: Q.xiErdoganRaisi,
        },
      ],
      background: [{ text: 'President of Turkey since August 2014.', asOf: AS_OF }],
    },
    {
      id: 'ilham-aliyev',
      kind: 'leader',
      name: 'Ilham Aliyev',
      role: 'Azerbaijani President',
      country: 'azerbaijan',
      summary: 'President of Azerbaijan, due to meet Vladimir Putin after clashes with Armenia.',
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
        {
          type: 'met-with',
          target: 'vladimir-putin',
          date: FRI,
          text: 'Aliyev was to hold talks with Putin, following clashes between Azerbaijan and Armenia that have left more than 200 dead.',
          quote: Q.putinAliyev,
        },
      ],
      background: [{ text: 'President of Azerbaijan since October 2003.', asOf: AS_OF }],
    },
    {
      id: 'ebrahim-raisi',
      kind: 'leader',
      name: 'Ebrahim Raisi',
      role: 'Iranian leader',
      country: 'iran',
      summary: 'President of Iran, who met Xi Jinping on 16 September 2022.',
      aliases: [
        ...names('en', 'Ebrahim Raisi', 'Raisi', 'Mr Raisi', 'Mr. Raisi', 'President Raisi'),
        ...names('fr', 'Ebrahim Raïssi', 'Raïssi', 'M. Raïssi'),
        ...names('es', 'Ebrahim Raisí', 'Raisí'),
        ...names('ru', 'Раиси', 'Эбрахим Раиси'),
        ...names('zh', '莱希'),
      ],
      facts: [],
      relations: [
        {
          type: 'met-with',
          target: 'xi-jinping',
          date: FRI,
          text: 'Raisi met Xi on Friday, as Iran’s nuclear talks were sliding.',
          quote: Q.xiErdoganRaisi,
        },
      ],
      background: [{ text: 'President of Iran since August 2021.', asOf: AS_OF }],
    },

    // ──────────────────────────── countries ────────────────────────────
    {
      id: 'china',
      kind: 'country',
      name: 'China',
      leader: 'xi-jinping',
      memberOf: ['sco'],
      flag: flags.china,
      summary: 'Country led by President Xi Jinping; a member of the SCO.',
      aliases: [
        ...names('en', 'China', 'People’s Republic of China', "People's Republic of China", 'PRC'),
        ...demonyms('Chinese'),
        ...names('fr', 'Chine'),
        ...names('de', 'Chinas', 'Volksrepublik China'),
        ...names('ru', 'Китай', 'Китая', 'Китаю', 'Китаем', 'Китае', 'КНР'),
        ...names('zh', '中国', '中华人民共和国'),
      ],
      facts: [
        {
          text: 'The Chinese Communist Party holds a congress in October, at which Xi will seek a new mandate.',
          quote: Q.xiTrip,
        },
      ],
      relations: [
        {
          type: 'related-to',
          target: 'sco',
          text: 'China is a member of the SCO.',
          quote: Q.scoMembers,
        },
        {
          type: 'related-to',
          target: 'united-states',
          text: 'Beijing has extremely strained relations with the United States, due to the Russian invasion of Ukraine and American support for Taiwan.',
          quote: Q.strainedRelations,
        },
        {
          type: 'related-to',
          target: 'united-states',
          text: 'Beijing commonly uses vocabulary like Xi’s to denounce the United States and its close allies.',
          quote: Q.vocabulary,
        },
        {
          type: 'related-to',
          target: 'taiwan',
          text: 'American support for Taiwan is one reason for Beijing’s strained relations with the United States.',
          quote: Q.strainedRelations,
        },
        {
          type: 'related-to',
          target: 'central-asia',
          text: 'Choosing Central Asia as the first overseas destination in more than two years highlights the importance Beijing attaches to the region.',
          quote: Q.silkRoads,
        },
        {
          type: 'related-to',
          target: 'india',
          text: 'The two nuclear powers led by Xi and Modi have been through a period of tension since deadly border fighting in 2020.',
          quote: Q.borderTension,
        },
      ],
      background: [{ text: 'Its capital is Beijing.', asOf: AS_OF }],
    },
    {
      id: 'russia',
      kind: 'country',
      name: 'Russia',
      leader: 'vladimir-putin',
      memberOf: ['sco'],
      flag: flags.russia,
      summary: 'Country led by President Vladimir Putin; a member of the SCO, at war with Ukraine since February 2022.',
      aliases: [
        ...names('en', 'Russia', 'Russian Federation'),
        ...demonyms('Russian'),
        ...names('fr', 'Russie'),
        ...names('de', 'Russland', 'Russlands'),
        ...names('es', 'Rusia'),
        ...names('ru', 'Россия', 'России', 'Россию', 'Россией', 'РФ'),
        ...names('zh', '俄罗斯', '俄罗斯联邦'),
      ],
      facts: [
        {
          text: 'Russia has been the target of heavy Western economic sanctions and is turning more and more to Asia for economic and diplomatic support.',
          quote: Q.sanctions,
        },
      ],
      relations: [
        {
          type: 'related-to',
          target: 'sco',
          text: 'Russia is a member of the SCO.',
          quote: Q.scoMembers,
        },
        {
          type: 'related-to',
          target: 'ukraine',
          text: 'Russia’s invasion of Ukraine began in late February.',
          quote: Q.turmoil,
        },
        {
          type: 'related-to',
          target: 'united-states',
          text: 'Moscow has extremely strained relations with the United States, due to the Russian invasion of Ukraine and American support for Taiwan.',
          quote: Q.strainedRelations,
        },
        {
          type: 'related-to',
          target: 'india',
          text: 'India is getting more and more hydrocarbons from Moscow despite Western sanctions.',
          quote: Q.putinModi,
        },
        {
          type: 'related-to',
          target: 'caucasus',
          text: 'The Caucasus is Moscow’s traditional zone of influence.',
          quote: Q.putinAliyev,
        },
        {
          type: 'related-to',
          target: 'kazakhstan',
          text: 'Kazakhstan, traditionally allied with Moscow, worries about Russian ambitions after the invasion of Ukraine.',
          quote: Q.kazakhstanVisit,
        },
      ],
      background: [{ text: 'Its capital is Moscow.', asOf: AS_OF }],
    },
    {
      id: 'india',
      kind: 'country',
      name: 'India',
      leader: 'narendra-modi',
      memberOf: ['sco'],
      flag: flags.india,
      summary: 'Country led by Prime Minister Narendra Modi; a member of the SCO.',
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
        {
          type: 'related-to',
          target: 'sco',
          text: 'India is a member of the SCO.',
          quote: Q.scoMembers,
        },
        {
          type: 'related-to',
          target: 'russia',
          text: 'India is getting more and more hydrocarbons from Moscow despite Western sanctions.',
          quote: Q.putinModi,
        },
        {
          type: 'related-to',
          target: 'china',
          text: 'The two nuclear powers led by Modi and Xi have been through a period of tension since deadly border fighting in 2020.',
          quote: Q.borderTension,
        },
      ],
      background: [{ text: 'Its capital is New Delhi.', asOf: AS_OF }],
    },
    {
      id: 'pakistan',
      kind: 'country',
      name: 'Pakistan',
      memberOf: ['sco'],
      flag: flags.pakistan,
      summary: 'South Asian country; a member of the SCO.',
      aliases: [
        ...names('en', 'Pakistan'),
        ...demonyms('Pakistani'),
        ...names('de', 'Pakistans'),
        ...names('es', 'Pakistán'),
        ...names('ru', 'Пакистан', 'Пакистана', 'Пакистану', 'Пакистаном', 'Пакистане'),
        ...names('zh', '巴基斯坦'),
      ],
      facts: [],
      relations: [
        {
          type: 'related-to',
          target: 'sco',
          text: 'Pakistan is a member of the SCO.',
          quote: Q.scoMembers,
        },
      ],
      background: [{ text: 'Its capital is Islamabad.', asOf: AS_OF }],
    },
    {
      id: 'uzbekistan',
      kind: 'country',
      name: 'Uzbekistan',
      flag: flags.uzbekistan,
      summary: 'Central Asian country whose city of Samarkand hosted the 2022 SCO summit.',
      aliases: [
        ...names('en', 'Uzbekistan'),
        ...demonyms('Uzbek'),
        ...names('fr', 'Ouzbékistan'),
        ...names('de', 'Usbekistan'),
        ...names('es', 'Uzbekistán'),
        ...names('ru', 'Узбекистан', 'Узбекистана', 'Узбекистану', 'Узбекистаном', 'Узбекистане'),
        ...names('zh', '乌兹别克斯坦'),
      ],
      facts: [],
      relations: [
        {
          type: 'related-to',
          target: 'samarkand',
          text: 'The SCO summit is held in Samarkand, Uzbekistan.',
          quote: Q.chairing,
        },
        {
          type: 'related-to',
          target: 'sco',
          date: FRI,
          text: 'A summit of the Shanghai Cooperation Organization took place in Samarkand, Uzbekistan, on 16 September 2022.',
          quote: Q.caption,
        },
      ],
      background: [{ text: 'Its capital is Tashkent.', asOf: AS_OF }],
    },
    {
      id: 'kazakhstan',
      kind: 'country',
      name: 'Kazakhstan',
      flag: flags.kazakhstan,
      summary: 'Central Asian country that Xi Jinping visited on 14 September 2022, before the summit.',
      aliases: [
        ...names('en', 'Kazakhstan'),
        ...demonyms('Kazakh', 'Kazakhstani'),
        ...names('de', 'Kasachstan'),
        ...names('es', 'Kazajistán'),
        ...names('ru', 'Казахстан', 'Казахстана', 'Казахстану', 'Казахстаном', 'Казахстане'),
        ...names('zh', '哈萨克斯坦'),
      ],
      facts: [
        {
          text: 'Kazakhstan has gone through deadly unrest this year.',
          quote: Q.troubles,
        },
      ],
      relations: [
        {
          type: 'related-to',
          target: 'xi-jinping',
          date: WED,
          text: 'Xi travelled to Kazakhstan on Wednesday, ahead of the summit, and vowed to help it maintain its sovereignty.',
          quote: Q.kazakhstanVisit,
        },
        {
          type: 'related-to',
          target: 'russia',
          text: 'Kazakhstan, traditionally allied with Moscow, worries about Russian ambitions after the invasion of Ukraine.',
          quote: Q.kazakhstanVisit,
        },
        {
          type: 'related-to',
          target: 'central-asia',
          text: 'The article counts Kazakhstan among the Central Asian countries that have had troubles this year.',
          quote: Q.troubles,
        },
      ],
      background: [
        {
          text: 'Its capital was then called Nur-Sultan; it was renamed Astana on 17 September 2022.',
          asOf: '2022-09-17',
        },
      ],
    },
    {
      id: 'kyrgyzstan',
      kind: 'country',
      name: 'Kyrgyzstan',
      flag: flags.kyrgyzstan,
      summary: 'Central Asian country that clashed with Tajikistan on 16 September 2022.',
      aliases: [
        ...names('en', 'Kyrgyzstan'),
        ...demonyms('Kyrgyz'),
        ...names('fr', 'Kirghizistan'),
        ...names('de', 'Kirgisistan'),
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
        {
          type: 'related-to',
          target: 'tajikistan',
          date: FRI,
          text: 'Kyrgyzstan and Tajikistan clashed on Friday.',
          quote: Q.troubles,
        },
        {
          type: 'related-to',
          target: 'samarkand',
          text: 'The leaders of Kyrgyzstan and Tajikistan are present in Samarkand.',
          quote: Q.troubles,
        },
        {
          type: 'related-to',
          target: 'central-asia',
          text: 'The article counts Kyrgyzstan among the Central Asian countries that have had troubles this year.',
          quote: Q.troubles,
        },
      ],
      background: [{ text: 'Its capital is Bishkek.', asOf: AS_OF }],
    },
    {
      id: 'tajikistan',
      kind: 'country',
      name: 'Tajikistan',
      flag: flags.tajikistan,
      summary: 'Central Asian country that clashed with Kyrgyzstan on 16 September 2022.',
      aliases: [
        ...names('en', 'Tajikistan'),
        ...demonyms('Tajik'),
        ...names('fr', 'Tadjikistan'),
        ...names('de', 'Tadschikistan'),
        ...names('es', 'Tayikistán'),
        ...names('ru', 'Таджикистан', 'Таджикистана', 'Таджикистану', 'Таджикистаном', 'Таджикистане'),
        ...names('zh', '塔吉克斯坦'),
      ],
      facts: [],
      relations: [
        {
          type: 'related-to',
          target: 'kyrgyzstan',
          date: FRI,
          text: 'Tajikistan and Kyrgyzstan clashed on Friday.',
          quote: Q.troubles,
        },
        {
          type: 'related-to',
          target: 'samarkand',
          text: 'The leaders of Tajikistan and Kyrgyzstan are present in Samarkand.',
          quote: Q.troubles,
        },
        {
          type: 'related-to',
          target: 'central-asia',
          text: 'The article counts Tajikistan among the Central Asian countries that have had troubles this year.',
          quote: Q.troubles,
        },
      ],
      background: [{ text: 'Its capital is Dushanbe.', asOf: AS_OF }],
    },
    {
      id: 'turkey',
      kind: 'country',
      name: 'Turkey',
      leader: 'recep-tayyip-erdogan',
      flag: flags.turkey,
      summary: 'Country led by President Recep Tayyip Erdoğan.',
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
        {
          text: 'Putin was to meet the Turkish president, with whom he wants to discuss an agreement unblocking Ukrainian grain exports hit by the war.',
          quote: Q.putinErdogan,
        },
      ],
      relations: [],
      background: [{ text: 'Its capital is Ankara.', asOf: AS_OF }],
    },
    {
      id: 'azerbaijan',
      kind: 'country',
      name: 'Azerbaijan',
      leader: 'ilham-aliyev',
      flag: flags.azerbaijan,
      summary: 'Caucasus country led by President Ilham Aliyev, in deadly clashes with Armenia.',
      aliases: [
        ...names('en', 'Azerbaijan'),
        ...demonyms('Azerbaijani', 'Azeri'),
        ...names('fr', 'Azerbaïdjan'),
        ...names('de', 'Aserbaidschan'),
        ...names('es', 'Azerbaiyán'),
        ...names('ru', 'Азербайджан', 'Азербайджана', 'Азербайджану', 'Азербайджаном', 'Азербайджане'),
        ...names('zh', '阿塞拜疆'),
      ],
      facts: [],
      relations: [
        {
          type: 'related-to',
          target: 'armenia',
          text: 'Clashes between Azerbaijan and Armenia have left more than 200 dead.',
          quote: Q.putinAliyev,
        },
        {
          type: 'related-to',
          target: 'caucasus',
          text: 'The clashes with Armenia have raised fears of a new war in the Caucasus.',
          quote: Q.putinAliyev,
        },
      ],
      background: [{ text: 'Its capital is Baku.', asOf: AS_OF }],
    },
    {
      id: 'armenia',
      kind: 'country',
      name: 'Armenia',
      flag: flags.armenia,
      summary: 'Caucasus country in deadly clashes with Azerbaijan.',
      aliases: [
        ...names('en', 'Armenia'),
        ...demonyms('Armenian'),
        ...names('fr', 'Arménie'),
        ...names('de', 'Armenien'),
        ...names('ru', 'Армения', 'Армении', 'Армению', 'Арменией'),
        ...names('zh', '亚美尼亚'),
      ],
      facts: [],
      relations: [
        {
          type: 'related-to',
          target: 'azerbaijan',
          text: 'Clashes between Armenia and Azerbaijan have left more than 200 dead.',
          quote: Q.putinAliyev,
        },
        {
          type: 'related-to',
          target: 'caucasus',
          text: 'The clashes with Azerbaijan have raised fears of a new war in the Caucasus.',
          quote: Q.putinAliyev,
        },
      ],
      background: [{ text: 'Its capital is Yerevan.', asOf: AS_OF }],
    },
    {
      id: 'iran',
      kind: 'country',
      name: 'Iran',
      leader: 'ebrahim-raisi',
      flag: flags.iran,
      summary: 'Country led by Ebrahim Raisi, whose nuclear talks were sliding at the time of the summit.',
      aliases: [
        ...names('en', 'Iran', 'Islamic Republic of Iran'),
        ...demonyms('Iranian'),
        ...names('de', 'Irans'),
        ...names('es', 'Irán'),
        ...names('ru', 'Иран', 'Ирана', 'Ирану', 'Ираном', 'Иране'),
        ...names('zh', '伊朗'),
      ],
      facts: [
        {
          text: 'Iran’s nuclear talks were sliding when Xi met its leader on Friday.',
          quote: Q.xiErdoganRaisi,
        },
      ],
      relations: [],
      background: [{ text: 'Its capital is Tehran.', asOf: AS_OF }],
    },
    {
      id: 'ukraine',
      kind: 'country',
      name: 'Ukraine',
      flag: flags.ukraine,
      summary: 'Country invaded by Russia in February 2022.',
      aliases: [
        ...names('en', 'Ukraine'),
        ...demonyms('Ukrainian'),
        ...names('es', 'Ucrania'),
        ...names('ru', 'Украина', 'Украины', 'Украине', 'Украину', 'Украиной'),
        ...names('zh', '乌克兰'),
      ],
      facts: [
        {
          text: 'Ukraine’s grain exports have been hit by the war; Putin wants to discuss an agreement unblocking them with Erdoğan.',
          quote: Q.putinErdogan,
        },
      ],
      relations: [
        {
          type: 'related-to',
          target: 'russia',
          text: 'Russia’s invasion of Ukraine began in late February.',
          quote: Q.turmoil,
        },
        {
          type: 'related-to',
          target: 'xi-jinping',
          date: THU,
          text: 'Putin thanked Xi on Thursday for his balanced position on the invasion of Ukraine.',
          quote: Q.xiPutinMeeting,
        },
      ],
      background: [{ text: 'Its capital is Kyiv.', asOf: AS_OF }],
    },
    {
      id: 'united-states',
      kind: 'country',
      name: 'United States',
      flag: flags['united-states'],
      summary: 'Country whose relations with Moscow and Beijing are extremely strained.',
      aliases: [
        ...names('en', 'United States', 'United States of America', 'US', 'U.S.', 'USA', 'America'),
        ...demonyms('American'),
        ...names('fr', 'États-Unis', 'Etats-Unis'),
        ...names('de', 'Vereinigte Staaten', 'Vereinigten Staaten', 'Amerika'),
        ...names('es', 'Estados Unidos', 'EE. UU.', 'EE.UU.', 'EEUU'),
        ...names('ru', 'США', 'Соединённые Штаты', 'Соединенные Штаты', 'Соединённых Штатов', 'Соединенных Штатов'),
        ...names('zh', '美国'),
      ],
      facts: [
        {
          text: 'The summit brought together several countries whose ties with the United States are strained.',
          quote: Q.counterweight,
        },
      ],
      relations: [
        {
          type: 'related-to',
          target: 'russia',
          text: 'Moscow has extremely strained relations with the United States, due to the Russian invasion of Ukraine and American support for Taiwan.',
          quote: Q.strainedRelations,
        },
        {
          type: 'related-to',
          target: 'china',
          text: 'Beijing has extremely strained relations with the United States, due to the Russian invasion of Ukraine and American support for Taiwan.',
          quote: Q.strainedRelations,
        },
        {
          type: 'related-to',
          target: 'china',
          text: 'Beijing commonly uses vocabulary like Xi’s to denounce the United States and its close allies.',
          quote: Q.vocabulary,
        },
        {
          type: 'related-to',
          target: 'taiwan',
          text: 'American support for Taiwan is one reason for the strained relations between the United States and Moscow and Beijing.',
          quote: Q.strainedRelations,
        },
      ],
      background: [{ text: 'Its capital is Washington, D.C.', asOf: AS_OF }],
    },
    {
      id: 'taiwan',
      kind: 'country',
      name: 'Taiwan',
      flag: flags.taiwan,
      summary: 'Self-governed island claimed by Beijing; American support for it strains US relations with Moscow and Beijing.',
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
        {
          type: 'related-to',
          target: 'united-states',
          text: 'American support for Taiwan is one reason for the strained relations between the United States and Moscow and Beijing.',
          quote: Q.strainedRelations,
        },
        {
          type: 'related-to',
          target: 'china',
          text: 'American support for Taiwan is one reason for Beijing’s strained relations with the United States.',
          quote: Q.strainedRelations,
        },
      ],
      background: [{ text: 'Taipei is the seat of its government.', asOf: AS_OF }],
    },

    // ─────────────────────────── organizations ─────────────────────────
    {
      id: 'sco',
      kind: 'organization',
      name: 'Shanghai Cooperation Organization',
      summary: 'Regional cooperation group founded in 2001, whose 2022 summit was held in Samarkand.',
      aliases: [
        ...names('en', 'Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation', 'SCO'),
        ...names('fr', 'Organisation de coopération de Shanghai', 'OCS'),
        ...names('de', 'Schanghaier Organisation für Zusammenarbeit', 'Shanghaier Organisation für Zusammenarbeit', 'SOZ'),
        ...names('es', 'Organización de Cooperación de Shanghái', 'Organización de Cooperación de Shanghai'),
        ...names('ru', 'ШОС', 'Шанхайская организация сотрудничества', 'Шанхайской организации сотрудничества'),
        ...names('zh', '上海合作组织', '上合组织'),
      ],
      facts: [
        {
          text: 'The SCO is a group that wants to compete with Western institutions.',
          quote: Q.chairing,
        },
        {
          text: 'The SCO was founded in 2001 as a cooperation platform competing with Western organizations; its members are China, Russia, India, Pakistan and four former Soviet republics in Central Asia.',
          quote: Q.scoMembers,
        },
        {
          text: 'Putin said that, unlike in the West, cooperation between SCO member countries rests on disinterested principles.',
          quote: Q.disinterested,
        },
        {
          text: 'Xi addressed the main session of the SCO summit.',
          quote: Q.mainSession,
        },
      ],
      relations: [
        {
          type: 'related-to',
          target: 'samarkand',
          text: 'The SCO summit is held in Samarkand, Uzbekistan.',
          quote: Q.chairing,
        },
        {
          type: 'related-to',
          target: 'samarkand',
          date: FRI,
          text: 'A summit of the SCO took place in Samarkand on 16 September 2022.',
          quote: Q.caption,
        },
        {
          type: 'related-to',
          target: 'xi-jinping',
          text: 'Xi and Putin are chairing the SCO summit.',
          quote: Q.chairing,
        },
        {
          type: 'related-to',
          target: 'vladimir-putin',
          text: 'Putin and Xi are chairing the SCO summit.',
          quote: Q.chairing,
        },
        {
          type: 'related-to',
          target: 'central-asia',
          text: 'Four former Soviet republics in Central Asia are members of the SCO.',
          quote: Q.scoMembers,
        },
      ],
      background: [{ text: 'Its secretariat is in Beijing.', asOf: AS_OF }],
    },
    {
      id: 'new-silk-roads',
      kind: 'organization',
      name: 'New Silk Roads',
      summary: 'A trade project led by Xi Jinping to strengthen trade links with the world.',
      aliases: [
        ...names('en', 'New Silk Roads', 'New Silk Road', 'Silk Roads', 'Belt and Road Initiative', 'Belt and Road'),
        ...names('fr', 'Nouvelles routes de la soie'),
        ...names('de', 'Neue Seidenstraße', 'Neuen Seidenstraße'),
        ...names('es', 'Nueva Ruta de la Seda', 'Nuevas Rutas de la Seda'),
        ...names('ru', 'Новый шёлковый путь', 'Новый шелковый путь'),
        ...names('zh', '一带一路'),
      ],
      facts: [
        {
          text: 'The New Silk Roads are a gigantic project led by Xi to strengthen trade links with the world.',
          quote: Q.silkRoads,
        },
      ],
      relations: [
        {
          type: 'related-to',
          target: 'xi-jinping',
          text: 'Xi leads the New Silk Roads project.',
          quote: Q.silkRoads,
        },
        {
          type: 'related-to',
          target: 'central-asia',
          text: 'The New Silk Roads criss-cross Central Asia.',
          quote: Q.silkRoads,
        },
      ],
      background: [{ text: 'China launched the project in 2013; it is officially called the Belt and Road Initiative.', asOf: AS_OF }],
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
        {
          type: 'related-to',
          target: 'sco',
          text: 'Samarkand hosts the SCO summit chaired by Xi and Putin.',
          quote: Q.chairing,
        },
        {
          type: 'related-to',
          target: 'sco',
          date: FRI,
          text: 'A summit of the SCO took place in Samarkand on 16 September 2022.',
          quote: Q.caption,
        },
        {
          type: 'related-to',
          target: 'kyrgyzstan',
          text: 'The leaders of Kyrgyzstan and Tajikistan are present in Samarkand.',
          quote: Q.troubles,
        },
        {
          type: 'related-to',
          target: 'tajikistan',
          text: 'The leaders of Tajikistan and Kyrgyzstan are present in Samarkand.',
          quote: Q.troubles,
        },
      ],
    },
    {
      id: 'central-asia',
      kind: 'place',
      name: 'Central Asia',
      summary: 'Region where Xi Jinping made his first overseas trip since the coronavirus pandemic began.',
      aliases: [
        ...names('en', 'Central Asia'),
        ...demonyms('Central Asian'),
        ...names('fr', 'Asie centrale'),
        ...names('de', 'Zentralasien'),
        ...names('es', 'Asia Central'),
        ...names('ru', 'Центральная Азия', 'Центральной Азии', 'Центральную Азию', 'Центральной Азией'),
        ...names('zh', '中亚'),
      ],
      facts: [
        {
          text: 'Beijing attaches importance to Central Asia, a region criss-crossed by the New Silk Roads.',
          quote: Q.silkRoads,
        },
        {
          text: 'Several Central Asian countries have experienced troubles this year.',
          quote: Q.troubles,
        },
      ],
      relations: [
        {
          type: 'related-to',
          target: 'xi-jinping',
          text: 'Xi is making his first overseas trip to Central Asia since the coronavirus pandemic began.',
          quote: Q.xiTrip,
        },
        {
          type: 'related-to',
          target: 'sco',
          text: 'Four former Soviet republics in Central Asia are members of the SCO.',
          quote: Q.scoMembers,
        },
        {
          type: 'related-to',
          target: 'new-silk-roads',
          text: 'Central Asia is criss-crossed by the New Silk Roads.',
          quote: Q.silkRoads,
        },
      ],
    },
    {
      id: 'caucasus',
      kind: 'place',
      name: 'Caucasus',
      summary: 'Region that the article calls Moscow’s traditional zone of influence.',
      aliases: [
        ...names('en', 'Caucasus'),
        ...names('fr', 'Caucase'),
        ...names('de', 'Kaukasus'),
        ...names('es', 'Cáucaso'),
        ...names('ru', 'Кавказ', 'Кавказа', 'Кавказу', 'Кавказом', 'Кавказе'),
        ...names('zh', '高加索'),
      ],
      facts: [
        {
          text: 'Clashes between Azerbaijan and Armenia have raised fears of a new war in the Caucasus.',
          quote: Q.putinAliyev,
        },
      ],
      relations: [
        {
          type: 'related-to',
          target: 'russia',
          text: 'The Caucasus is Moscow’s traditional zone of influence.',
          quote: Q.putinAliyev,
        },
        {
          type: 'related-to',
          target: 'azerbaijan',
          text: 'Azerbaijan’s clashes with Armenia have raised fears of a new war in the Caucasus.',
          quote: Q.putinAliyev,
        },
        {
          type: 'related-to',
          target: 'armenia',
          text: 'Armenia’s clashes with Azerbaijan have raised fears of a new war in the Caucasus.',
          quote: Q.putinAliyev,
        },
      ],
    },
  ],

  ambiguousAliases: [],

  needsContext: [
    {
      text: 'Turkey',
      why: 'Also the bird and the dish ("Thanksgiving Turkey" in a recipe title) and a character in Melville\'s "Bartleby"; capitalised, the word alone cannot tell them apart from the country.',
    },
  ],
  notNames: [
    { text: "Xi'an", why: 'Chinese city; contains the alias "Xi".' },
    { text: 'Xi’an', why: 'Chinese city (curly apostrophe); contains the alias "Xi".' },
    { text: 'Indian Ocean', why: 'An ocean, not India; contains the demonym "Indian".' },
    { text: 'Océan Indien', why: 'French for the Indian Ocean (capitalised in headings); contains the alias "Indien".' },
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
    { text: 'Estados Unidos Mexicanos', why: 'Official name of Mexico; contains "Estados Unidos".' },
    { text: 'South China Sea', why: 'A sea, not the country; contains "China".' },
    { text: 'East China Sea', why: 'A sea, not the country; contains "China".' },
    { text: 'Китай-город', why: 'A district of Moscow; contains "Китай".' },
    { text: '印度尼西亚', why: 'Indonesia; contains "印度" (India).' },
    { text: '印度洋', why: 'The Indian Ocean; contains "印度" (India).' },
    { text: '印度支那', why: 'Indochina; contains "印度" (India).' },
    { text: '白俄罗斯', why: 'Belarus; contains "俄罗斯" (Russia).' },
    { text: '发展中国家', why: '"Developing countries"; the characters 中国 occur across a word boundary.' },
    { text: '欧美国家', why: '"Western (European and American) countries"; contains 美国 across a word boundary.' },
    { text: '拉美国家', why: '"Latin American countries"; contains 美国 across a word boundary.' },
  ],
};
