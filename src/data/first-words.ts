/**
 * The words that begin an alias (as written and in capitals), for the
 * content script's first question to a page: could it name anyone at all
 * (mayHoldName)? The build replaces this module with its value
 * (scripts/build.mjs), a few kilobytes, so that a page without names never
 * loads the dictionary.
 */
import { FirstWords, Matcher } from '../core/matcher';
import { loadDictionary } from './dictionary';

let words: FirstWords | undefined;

export function loadFirstWords(): FirstWords {
  return (words ??= new FirstWords(new Matcher(loadDictionary()).firstWords()));
}
