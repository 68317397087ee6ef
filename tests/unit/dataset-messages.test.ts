/**
 * Every message of the dataset check must say where the problem is (which
 * entity, which field) and what is wrong, so that whoever edits
 * src/data/entities.ts can fix it without reading the validator.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/core/validate-dataset';
import type { Dataset } from '../../src/core/dataset-types';
import { dataset } from '../../src/data/entities';

const article = readFileSync(new URL('../../src/data/summit-article.txt', import.meta.url), 'utf8');

type Loose = { entities: Record<string, unknown>[] } & Record<string, unknown>;
const copy = (): Loose => structuredClone(dataset) as unknown as Loose;
const indexOf = (id: string): number => dataset.entities.findIndex((e) => e.id === id);
const errorsAfter = (change: (d: Loose) => void): string[] => {
  const d = copy();
  change(d);
  return validateDataset(d, article);
};

const FIELDS = ['id', 'kind', 'name', 'aliases', 'role', 'country', 'leader', 'memberOf', 'locatedIn', 'flag', 'summary', 'facts', 'relations', 'background'];
// Values no field accepts (an empty list is fine for some lists, so it is left out).
const WRONG = [null, 42, true, '', { nested: 1 }, 'not-an-entity-id ', ['x']];
// Fields whose plain-string value can be valid: a string is not always wrong there.
const STRING_FIELDS = new Set(['name', 'role', 'summary']);

describe('dataset messages name the entity and the field', () => {
  it('one field of one entity set to a wrong value: an error names both', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: dataset.entities.length - 1 }),
        fc.constantFrom(...FIELDS),
        fc.constantFrom(...WRONG),
        (index, field, value) => {
          if (STRING_FIELDS.has(field) && typeof value === 'string' && value.trim() !== '') return;
          const entity = dataset.entities[index]!;
          const errors = errorsAfter((d) => (d.entities[index]![field] = value));
          // A broken id leaves the entity known by its position only.
          const label = field === 'id' ? `entities[${index}]` : `entity "${entity.id}"`;
          const named = errors.some((e) => (e.includes(label) || e.includes(`entity "${String(value)}"`)) && e.includes(field));
          expect(named, `${label}.${field} = ${JSON.stringify(value)} gave:\n${errors.join('\n')}`).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a missing required field', () => {
    for (const field of ['kind', 'name', 'aliases', 'summary', 'facts', 'relations']) {
      const errors = errorsAfter((d) => delete d.entities[indexOf('xi-jinping')]![field]);
      expect(errors.some((e) => e.startsWith('entity "xi-jinping": ') && e.includes(field)), `${field}: ${errors.join('\n')}`).toBe(true);
    }
  });

  it('a duplicate id names both places it is used', () => {
    const first = indexOf('china');
    const errors = errorsAfter((d) => d.entities.push({ ...structuredClone(d.entities[first]!), aliases: [{ text: 'Cathay', lang: 'en' }], name: 'Cathay' }));
    const last = dataset.entities.length;
    expect(errors).toContain(`entity "china" (entities[${last}]): id is already used by entities[${first}]`);
  });

  it('a cited sentence that is not in the article', () => {
    const errors = errorsAfter((d) => {
      (d.entities[indexOf('xi-jinping')]!.facts as { quote: string }[])[0]!.quote = 'Xi sang a song.';
    });
    expect(errors).toContain('entity "xi-jinping": facts[0].quote does not occur verbatim in the article');
  });

  it('an alias that maps to two entities names both entities and aliases', () => {
    const errors = errorsAfter((d) => {
      (d.entities[indexOf('narendra-modi')]!.aliases as { text: string; lang: string }[]).push({ text: 'Xi', lang: 'en' });
    });
    const error = errors.find((e) => e.startsWith('alias "Xi" resolves to more than one entity'));
    expect(error, errors.join('\n')).toBeDefined();
    expect(error).toContain('entity "xi-jinping" aliases[');
    expect(error).toContain('entity "narendra-modi" aliases[');
    expect(error).toContain('ambiguousAliases');
  });

  it('wrong types say what they got', () => {
    const at = indexOf('china');
    expect(errorsAfter((d) => (d.entities[at]!.facts = 'none'))).toContain('entity "china": facts must be an array, got "none"');
    expect(errorsAfter((d) => (d.entities[at]!.relations = null))).toContain('entity "china": relations must be an array, got null');
    expect(errorsAfter((d) => (d.entities[at]!.aliases = {}))).toContain('entity "china": aliases must be a non-empty array, got {}');
    expect(errorsAfter((d) => (d.entities = {} as unknown as Loose['entities']))).toContain('entities must be an array, got {}');
    expect(validateDataset('text', article)).toEqual(['dataset must be an object, got "text"']);
    expect(validateDataset([], article)).toEqual(['dataset must be an object, got an array']);
  });

  it('top-level lists that are missing say so', () => {
    for (const list of ['ambiguousAliases', 'notNames', 'needsContext']) {
      expect(errorsAfter((d) => delete d[list])).toContain(`${list} must be an array (it may be empty), got undefined`);
    }
  });

  it('the real dataset still has no problem', () => {
    expect(validateDataset(dataset as Dataset, article)).toEqual([]);
  });
});
