/**
 * The content script's dictionary: every alias of the dataset read, checked
 * and laid out for the matcher (compileDictionary), with each entity's spot
 * kind, and the trie for every kind laid out. The build replaces this module
 * with its value (scripts/build.mjs), so a page never reads an alias and,
 * unless the reader spots only some kinds, never builds the trie.
 */
import { aliasEntries } from '../core/alias-entries';
import { compileDictionary, withTrie, type CompiledDictionary } from '../core/matcher';
import { spotKindOf } from '../core/settings';
import { dataset } from './entities';

const kindById = new Map(dataset.entities.map((e) => [e.id, spotKindOf(e.kind)]));

let compiled: CompiledDictionary | undefined;

/** The dictionary, compiled on first use (the build's copy is parsed on first use). */
export function loadDictionary(): CompiledDictionary {
  return (compiled ??= withTrie(compileDictionary(aliasEntries(dataset), (id) => kindById.get(id) ?? '')));
}
