/**
 * browser.i18n as a translator for the string tables: _locales/<browser
 * language>/messages.json, English (the tables' own text) for anything missing.
 */
import { extensionApi } from './browser-api';

/**
 * Answers already given. Each getMessage call crosses into the browser's
 * extension bindings, a cost that showed in Chromium's profile of a hover,
 * and the browser's language cannot change while a page or the popup is
 * open. Bounded, because substitutions ("3 of 120") vary.
 */
const answers = new Map<string, string | undefined>();
const MAX_ANSWERS = 500;

export function getMessage(key: string, subs: string[]): string | undefined {
  const id = subs.length === 0 ? key : `${key}\u0000${subs.join('\u0000')}`;
  if (answers.has(id)) return answers.get(id);
  let message: string | undefined;
  try {
    // Chromium returns '' for an unknown key, Firefox '' plus a console error
    // (Chromium 156, Firefox ESR 153).
    message = extensionApi().i18n.getMessage(key, subs.length > 0 ? subs : undefined) || undefined;
  } catch {
    message = undefined;
  }
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(id, message);
  return message;
}
