/**
 * Word boundaries in scripts written without spaces (Chinese, Japanese).
 *
 * A name written in Han characters can sit inside a longer word: 中国 in
 * 其中国有企业 ("among them, state-owned enterprises": 其中 | 国有 | 企业),
 * 美国 in 北美国家 ("North American countries": 北美 | 国家). The browser
 * knows the words of the language: `Intl.Segmenter` carries the dictionary
 * of the Unicode project's ICU (cjdict). We ask it only whether a short
 * string is one word of that dictionary, and cut the text around a name into
 * words ourselves, by backward maximum matching from the end of the run
 * (the longest dictionary word ending at each point, moving left). A name
 * counts where it starts and ends on those cuts.
 *
 * Why not take the segmenter's own cuts: Chromium's (ICU4C) weighs the
 * dictionary's word frequencies and cuts well, but Firefox's (ICU4X, Firefox
 * ESR 153) cuts greedily from the left: 在中 | 国 | 举行 for 在中国举行 ("held
 * in China"), 中国 | 和美 | 国 for 中国和美国 ("China and the US"). The
 * upstream report is unicode-org/icu4x#7074; once Firefox cuts as Chromium
 * does, this could ask the segmenter for its cuts instead. Asked word by word,
 * both browsers give the same answers, so a page reads the same in both.
 *
 * The dictionary does not know most foreign names: 莫迪 (Modi) is no word of
 * it, and as well 莫迪利亚尼 (Modigliani) cuts into 莫迪 | 利亚 | 尼 with a cut
 * right after 莫迪. Foreign names are written with a small, standard set of
 * transliteration characters, so a name the dictionary does not know must
 * not run on into more of those characters that fall into no word of their
 * own (布 | 莱希 | 特 is Brecht, not 莱希, Raisi). A neighbour the dictionary
 * does know as a word (总统, "president"; 伊朗, Iran) ends the name.
 *
 * Pure: `Intl` is part of the language, in Node and in every browser.
 */

let segmenter: Intl.Segmenter | null = null;

/** The segmenter is built on first use: pages without Han text never pay for it. */
function words(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/** Answers of isDictionaryWord(), by string: words recur on a page. */
const dictionaryWords = new Map<string, boolean>();
const DICTIONARY_CACHE_LIMIT = 8192;

/** True when the segmenter reads `s` (two or more characters) as one word of its dictionary. */
function isDictionaryWord(s: string): boolean {
  let answer = dictionaryWords.get(s);
  if (answer === undefined) {
    answer = words().segment(s).containing(0)!.segment.length === s.length;
    if (dictionaryWords.size >= DICTIONARY_CACHE_LIMIT) dictionaryWords.clear();
    dictionaryWords.set(s, answer);
  }
  return answer;
}

/**
 * Han (its main blocks), Hiragana and Katakana: the text read around a name.
 * Astral Han characters end that context; no name of ours is written with them.
 */
export function isUnspacedCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3041 && c <= 0x309f) ||
    (c >= 0x30a0 && c <= 0x30ff)
  );
}

/**
 * Characters of the standard table for writing foreign personal names in
 * Chinese (the Xinhua News Agency's transliteration table), less those that
 * are also everyday one-character words (的, 和, 在, 那 …), which end a name
 * as often as they continue one.
 */
const TRANSLITERATION = new Set(
  [
    '阿埃艾爱安昂奥巴拜班邦包保鲍贝本比彼毕宾波伯勃博布查达戴丹道德登邓迪蒂丁东杜顿多厄恩尔法范菲费芬丰冯弗福富盖甘冈戈格',
    '根古圭哈海汉豪赫亨洪胡华霍基吉加贾杰捷金卡凯坎康考柯科克肯库奎昆拉莱赖兰朗劳勒雷蕾黎里利莉丽连廉列林琳隆卢鲁路伦罗洛',
    '吕马玛迈麦曼芒梅门蒙米密明莫默姆穆纳娜奈南内尼妮涅宁纽努诺欧帕潘佩彭皮珀普奇恰乔钦琼丘萨塞赛桑瑟森沙莎尚舍什施舒斯松',
    '苏索塔泰坦汤特滕提托瓦万旺威韦维温沃乌伍西希锡席夏谢辛休雅亚扬耶伊因尤约扎詹兹佐泽茨切契楚崔喀廖柳缅娅娃',
  ].join(''),
);

function isTransliterationWord(segment: string): boolean {
  for (const ch of segment) if (!TRANSLITERATION.has(ch)) return false;
  return true;
}

/** How far to read on either side of a name, and the longest dictionary word tried. */
const CONTEXT = 8;
const LONGEST_WORD = 4;

/**
 * The run of unspaced text around [start, end) cut into words by backward
 * maximum matching, the name itself counting as a word: the starts of the
 * words, ascending, and where the last one ends.
 */
function cutsAround(text: string, start: number, end: number): { from: number; to: number; cuts: number[] } {
  let from = start;
  while (from > 0 && start - from < CONTEXT && isUnspacedCode(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < CONTEXT && isUnspacedCode(text.charCodeAt(to))) to++;
  const cuts: number[] = [];
  for (let p = to; p > from; ) {
    let length = 1;
    if (p === end && end - start > 1) length = end - start;
    for (let l = Math.min(LONGEST_WORD, p - from); l > length; l--) {
      if (isDictionaryWord(text.slice(p - l, p))) {
        length = l;
        break;
      }
    }
    p -= length;
    cuts.push(p);
  }
  cuts.reverse();
  return { from, to, cuts };
}

/** True when [start, end) of `text` is a word, or a run of whole words, of the unspaced text around it. */
export function isWholeUnspacedWord(text: string, start: number, end: number): boolean {
  const { to, cuts } = cutsAround(text, start, end);
  const name = text.slice(start, end);
  if (isDictionaryWord(name)) return cuts.includes(start) && (end === to || cuts.includes(end));
  // A name the dictionary does not know: the cuts at its edges are guesses
  // (杜尚 | 别的 for 杜尚别的, "Dushanbe's"), but it must not run on into
  // more of a foreign name. A word across an edge counts with its outer part.
  const before: string[] = [];
  const after: string[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const a = cuts[i]!;
    const b = i + 1 < cuts.length ? cuts[i + 1]! : to;
    if (b <= start) before.unshift(text.slice(a, b));
    else if (a < start) before.unshift(text.slice(a, start));
    if (a >= end) after.push(text.slice(a, b));
    else if (b > end) after.push(text.slice(end, b));
  }
  return !runsOnInTransliteration(before) && !runsOnInTransliteration(after);
}

/**
 * The words next to a name the dictionary does not know, nearest first: true
 * when they begin with transliteration characters that include a single one
 * in no word of its own, i.e. the foreign name goes on.
 */
function runsOnInTransliteration(neighbours: readonly string[]): boolean {
  for (const s of neighbours) {
    if (!isTransliterationWord(s)) return false;
    if ([...s].length === 1) return true;
  }
  return false;
}
