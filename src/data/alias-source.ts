/**
 * The aliases of the dataset, without its facts: all the content script needs
 * until a card opens. The build replaces this module with the precomputed
 * result (scripts/build.mjs), so the content script does not carry the facts.
 */
import { aliasSource } from '../core/alias-entries';
import { dataset } from './entities';

export const aliases = aliasSource(dataset);
