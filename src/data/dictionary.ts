/**
 * The content script's dictionary: every alias of the dataset read, checked
 * and laid out for the matcher (compileDictionary), with each entity's spot
 * kind. The build replaces this module with its value (scripts/build.mjs),
 * so a page never reads an alias; it only builds the trie from the keys.
 */
import { aliasEntries } from '../core/alias-entries';
import { compileDictionary } from '../core/matcher';
import { spotKindOf } from '../core/settings';
import { dataset } from './entities';

const kindById = new Map(dataset.entities.map((e) => [e.id, spotKindOf(e.kind)]));

export const dictionary = compileDictionary(aliasEntries(dataset), (id) => kindById.get(id) ?? '');
