import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EN, setTranslator, t } from '../../src/common/ui/strings';
import { POPUP_EN, pt, setPopupTranslator } from '../../src/popup/popup-strings';

const root = path.resolve(__dirname, '../..');

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Message>;

const load = (lang: string): Messages => JSON.parse(readFileSync(path.join(root, '_locales', lang, 'messages.json'), 'utf8'));
const LANGS = readdirSync(path.join(root, '_locales')).sort();
const locales = Object.fromEntries(LANGS.map((l) => [l, load(l)])) as Record<string, Messages>;
const en = locales.en!;
const fr = locales.fr!;

/** Every string the code can ask for, with its English text. */
const TABLE: Record<string, string> = { ...EN, ...POPUP_EN };

/** Named placeholders → their content: "$COUNT$ mentions" → "$1 mentions" (the form of the English tables). */
function expand(m: Message): string {
  return m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const p = Object.entries(m.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return p ? p[1].content : whole;
  });
}

/** What browser.i18n.getMessage does with a message: placeholders, then substitutions. */
function render(m: Message, subs: string[] = []): string {
  return expand(m).replace(/\$(\$|[1-9])/g, (_whole, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
}

/** The positional substitutions ($1..$9) a text uses. */
function positions(text: string): number[] {
  return [...new Set([...text.matchAll(/\$([1-9])/g)].map((m) => Number(m[1])))].sort();
}

/** Source files of the popup and the shared card. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sources(p) : /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

describe('_locales', () => {
  it('has English and French', () => {
    expect(LANGS).toEqual(expect.arrayContaining(['en', 'fr']));
  });

  it('en and fr have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('every key the code uses is in en, and en has no key the code does not use', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(TABLE).sort());
  });

  it('en says exactly what the English tables say', () => {
    for (const [key, text] of Object.entries(TABLE)) expect(expand(en[key]!), key).toBe(text);
  });

  it('every literal key in the popup and card sources exists', () => {
    const files = [...sources(path.join(root, 'src/popup')), ...sources(path.join(root, 'src/common/ui'))];
    const used = new Set<string>();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\b(?:pt|t)\(\s*'([a-z0-9_]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/:\s*'((?:nav|kinds?|set|search|page|summit|match|link|group)_[a-z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    for (const key of used) expect(en, key).toHaveProperty([key]);
  });

  it('dynamic keys (months, weekdays) all exist', () => {
    for (let m = 1; m <= 12; m++) {
      expect(en).toHaveProperty([`month_${m}`]);
      expect(en).toHaveProperty([`month_short_${m}`]);
    }
    for (let d = 0; d <= 6; d++) expect(en).toHaveProperty([`weekday_short_${d}`]);
  });

  it.each(LANGS)('%s: keys and messages are well formed', (lang) => {
    for (const [key, m] of Object.entries(locales[lang]!)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(typeof m.message, key).toBe('string');
      expect(m.message.trim(), key).not.toBe('');
    }
  });

  it.each(LANGS)('%s: placeholders are defined, used, and stand for $1..$9', (lang) => {
    for (const [key, m] of Object.entries(locales[lang]!)) {
      const named = [...m.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1]!.toLowerCase());
      const defined = Object.keys(m.placeholders ?? {}).map((k) => k.toLowerCase());
      expect([...new Set(named)].sort(), `${lang} ${key}`).toEqual([...defined].sort());
      for (const p of Object.values(m.placeholders ?? {})) expect(p.content, `${lang} ${key}`).toMatch(/^\$[1-9]$/);
      // No stray dollar signs once the placeholders are in.
      expect(expand(m).replace(/\$\$/g, ''), `${lang} ${key}`).not.toMatch(/\$(?![1-9])/);
    }
  });

  it('placeholders match between en, fr and the English tables', () => {
    for (const key of Object.keys(TABLE)) {
      const want = positions(TABLE[key]!);
      expect(positions(expand(en[key]!)), `en ${key}`).toEqual(want);
      expect(positions(expand(fr[key]!)), `fr ${key}`).toEqual(want);
    }
  });

  it('fr is actually French where it should be', () => {
    const same = Object.keys(TABLE).filter((k) => expand(fr[k]!) === expand(en[k]!));
    // Allowed to read the same: the name, units, the card's language tag, and words French shares.
    expect(same.sort()).toEqual(['app_name', 'card_lang', 'page_mentions_one', 'page_mentions_other', 'set_delay_value'].sort());
  });
});

describe('translators', () => {
  afterEach(() => {
    setTranslator(null);
    setPopupTranslator(null);
  });

  /** getMessage as Chrome does it, over one locale. */
  const getMessage = (messages: Messages) => (key: string, subs: string[]) => {
    const m = messages[key];
    return m ? render(m, subs) : '';
  };

  it('the card and the popup read French through the same hook', () => {
    setTranslator(getMessage(fr));
    setPopupTranslator(getMessage(fr));
    expect(t('card_back')).toBe('Retour');
    expect(t('mentions_other', 3)).toBe('3 mentions sur cette page');
    expect(pt('search_count_other', 4)).toBe('4 résultats');
    expect(pt('summit_pair', 'Xi Jinping', 'Vladimir Putin')).toBe('Xi Jinping et Vladimir Putin');
  });

  it('falls back to English for a missing key (getMessage returns "")', () => {
    setPopupTranslator(getMessage({}));
    setTranslator(getMessage({}));
    expect(pt('nav_search')).toBe('Search');
    expect(t('card_back')).toBe('Back');
  });
});
