/**
 * Every user-visible string is a message of _locales/<lang>/messages.json,
 * asked for with `t(key, ...substitutions)`. English is written once, in
 * _locales/en/messages.json: its names are the type of `key`, and its text
 * is what `t()` answers where no translator is plugged in (Node tests) or
 * the translator has nothing (browser.i18n unavailable).
 */
import english from '../../../_locales/en/messages.json';

export type StringKey = keyof typeof english;

/** Returns the translated, already-substituted string, or '' / undefined to fall back to English. */
export type Translator = (key: StringKey, substitutions: string[]) => string | undefined;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

let translator: Translator | null = null;

/** Plugs in another source of strings (e.g. browser.i18n.getMessage); null restores English. */
export function setTranslator(fn: Translator | null): void {
  translator = fn;
}

/**
 * A message with its named placeholders replaced by what they stand for
 * ("$COUNT$ mentions" → "$1 mentions"), the first step of
 * browser.i18n.getMessage. Names are case-insensitive, as there.
 */
export function expandPlaceholders(m: Message): string {
  const named = new Map(Object.entries(m.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => named.get(name.toLowerCase()) ?? whole);
}

/** Replaces `$1`..`$9` with the substitutions; `$$` is a literal dollar sign. */
export function substitute(template: string, subs: readonly string[]): string {
  return template.replace(/\$(\$|[1-9])/g, (whole, what: string) => {
    if (what === '$') return '$';
    const value = subs[Number(what) - 1];
    return value ?? whole;
  });
}

const expanded = new Map<StringKey, string>();

function englishTemplate(key: StringKey): string {
  let text = expanded.get(key);
  if (text === undefined) {
    text = expandPlaceholders((english as Record<StringKey, Message>)[key]);
    expanded.set(key, text);
  }
  return text;
}

export function t(key: StringKey, ...subs: (string | number)[]): string {
  const strs = subs.map(String);
  const translated = translator?.(key, strs);
  if (translated) return translated;
  return substitute(englishTemplate(key), strs);
}

/** "1 match" / "3 matches" style plurals: English and French both have one/other. */
export function plural(one: StringKey, other: StringKey, n: number): string {
  return n === 1 ? t(one) : t(other, n);
}
