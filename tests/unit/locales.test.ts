import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expandPlaceholders, setTranslator, t } from '../../src/common/ui/strings';

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

const expand = expandPlaceholders;

/** What browser.i18n.getMessage does with a message: placeholders, then substitutions. */
function render(m: Message, subs: string[] = []): string {
  return expand(m).replace(/\$(\$|[1-9])/g, (_whole, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
}

/** The positional substitutions ($1..$9) a text uses. */
function positions(text: string): number[] {
  return [...new Set([...text.matchAll(/\$([1-9])/g)].map((m) => Number(m[1])))].sort();
}

/** Source files. */
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

  it('every locale has the keys en has, and no other', () => {
    for (const lang of LANGS) expect(Object.keys(locales[lang]!).sort(), lang).toEqual(Object.keys(en).sort());
  });

  it('every literal key in the sources and the manifest exists in every locale', () => {
    const used = new Set<string>();
    for (const f of sources(path.join(root, 'src'))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\b(?:t|plural|getMessage)\(\s*'([a-z0-9_]+)'(?:,\s*'([a-z0-9_]+)')?/g)) {
        used.add(m[1]!);
        if (m[2]) used.add(m[2]);
      }
      for (const m of text.matchAll(/:\s*'((?:nav|kinds?|set|search|page|summit|match|link|group)_[a-z0-9_]+)'/g)) used.add(m[1]!);
    }
    const manifest = readFileSync(path.join(root, 'manifest.json'), 'utf8');
    for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(100);
    for (const lang of LANGS) for (const key of used) expect(locales[lang], `${lang} ${key}`).toHaveProperty([key]);
  });

  it('dynamic keys (months, weekdays) exist in every locale', () => {
    for (const lang of LANGS) {
      const messages = locales[lang]!;
      for (let m = 1; m <= 12; m++) {
        expect(messages, lang).toHaveProperty([`month_${m}`]);
        expect(messages, lang).toHaveProperty([`month_short_${m}`]);
      }
      for (let d = 0; d <= 6; d++) expect(messages, lang).toHaveProperty([`weekday_short_${d}`]);
    }
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

  it('every locale takes the substitutions en takes', () => {
    for (const key of Object.keys(en)) {
      const want = positions(expand(en[key]!));
      for (const lang of LANGS) expect(positions(expand(locales[lang]![key]!)), `${lang} ${key}`).toEqual(want);
    }
  });

  it('fr is actually French where it should be', () => {
    const same = Object.keys(en).filter((k) => expand(fr[k]!) === expand(en[k]!));
    // Allowed to read the same: the name, units, the card's language tag, credit lines made of names and
    // dates only, and words French shares.
    expect(same.sort()).toEqual(
      ['app_name', 'card_lang', 'credit_article', 'credit_reference', 'page_mentions_one', 'page_mentions_other', 'quote_note_label', 'set_delay_value'].sort(),
    );
  });
});

describe('translators', () => {
  afterEach(() => setTranslator(null));

  /** getMessage as Chrome does it, over one locale. */
  const getMessage = (messages: Messages) => (key: string, subs: string[]) => {
    const m = messages[key];
    return m ? render(m, subs) : '';
  };

  it('the card and the popup read French through the same hook', () => {
    setTranslator(getMessage(fr));
    expect(t('card_back')).toBe('Retour');
    expect(t('mentions_other', 3)).toBe('3 mentions sur cette page');
    expect(t('search_count_other', 4)).toBe('4 résultats');
    expect(t('summit_pair', 'Xi Jinping', 'Vladimir Putin')).toBe('Xi Jinping et Vladimir Putin');
  });

  it('falls back to English for a missing key (getMessage returns "")', () => {
    setTranslator(getMessage({}));
    expect(t('nav_search')).toBe('Search');
    expect(t('card_back')).toBe('Back');
  });

  it('without a translator, says what en/messages.json says, as browser.i18n would', () => {
    for (const [key, m] of Object.entries(en)) {
      const subs = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];
      expect(t(key as Parameters<typeof t>[0], ...subs), key).toBe(render(m, subs));
    }
    expect(t('mentions_other', 3)).toBe('3 mentions on this page');
    expect(t('source_line', 'AFP', '16 September 2022', 'www.challenges.fr')).toBe('Source: AFP, 16 September 2022 (www.challenges.fr)');
  });
});
