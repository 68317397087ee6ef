/**
 * Every card of the dataset, rendered, read as a reader would: no role, title
 * or leadership statement without its date, no "met" for a meeting the
 * article only announces, and a source for every statement.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityCard } from '../../src/common/ui/EntityCard';
import { cardData } from '../../src/core/dataset-queries';
import { dataset } from '../../src/data/entities';

const data = cardData(dataset);

/** Words that state a role, a title, who leads what, or where a country stands. */
const ROLE = /\b(President|Prime Minister|[Ll]eader|[Ll]eads?|[Ll]ed by|[Cc]hair\w*|[Mm]ember|[Cc]apital|[Ss]eat of|[Oo]bserver|[Dd]ialogue partner|General Secretary)\b/;
/** A day, in full: "16 September 2022". */
const DATE = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

function renderCard(id: string): HTMLElement {
  const entity = data.lookup(id)!;
  const root = document.createElement('div');
  document.body.append(root);
  render(h(EntityCard, { entity, data, onOpenEntity: () => {}, variant: 'panel' }), root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** The words of an element, each element's apart (as a reader sees them), leaving out the flags' drawings. */
function text(el: Element): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('svg')) parts.push(n.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').replace(/ ([,.;:)])/g, '$1').replace(/\( /g, '(').trim();
}

describe('every card of the dataset', () => {
  const ids = dataset.entities.map((e) => e.id);

  it('states no role, title or leadership link without its date', () => {
    const undated: string[] = [];
    for (const id of ids) {
      const card = renderCard(id);
      // The parts of a card that speak in the present of their own: the line
      // under the name, the summary, the links, the background and what
      // happened since. (Statements about the summit sit under a heading that
      // dates them all, checked below.)
      const units = card.querySelectorAll('.card__meta, .summary, .links, .background__item, .since__item');
      expect(units.length, id).toBeGreaterThan(0);
      for (const unit of units) {
        const said = text(unit);
        if (ROLE.test(said) && !DATE.test(said)) undated.push(`${id}: ${said}`);
      }
      const summit = card.querySelector('.section--summit .section__note');
      if (card.querySelector('.section--summit')) expect(text(summit!), id).toBe('as reported by AFP on 16 September 2022');
      render(null, card);
    }
    expect(undated).toEqual([]);
  });

  it('catches an undated role: the check is not blind', () => {
    const entity = { ...data.lookup('xi-jinping')!, summary: 'President of China.' };
    const root = document.createElement('div');
    render(h(EntityCard, { entity, data, onOpenEntity: () => {}, variant: 'panel' }), root);
    const summary = text(root.querySelector('.summary')!);
    expect(ROLE.test(summary) && !DATE.test(summary)).toBe(true);
  });

  it('gives the line under each leader\'s name with its date and source', () => {
    expect(text(renderCard('ebrahim-raisi').querySelector('.card__meta')!)).toBe('Iranian leader · Iran as of 16 September 2022 (AFP)');
    expect(text(renderCard('moscow').querySelector('.card__meta')!)).toBe('Capital of Russia · Russia as of 16 September 2022 (Summit Lens)');
  });

  it('never says "met" where the article only announces a meeting', () => {
    const card = renderCard('vladimir-putin');
    const held = [...card.querySelectorAll('.group--met .chip__name')].map(text);
    const announced = [...card.querySelectorAll('.group--announced .chip__name')].map(text);
    expect(held).toEqual(['Xi Jinping']);
    expect(announced).toEqual(['Narendra Modi', 'Recep Tayyip Erdoğan', 'Ilham Aliyev']);
    expect(text(card.querySelector('.group--announced .group__title')!)).toBe('Meeting announced, not reported as held');
    for (const item of card.querySelectorAll('.group--announced .statement')) expect(text(item)).not.toMatch(/\bmet\b/);
  });

  it('shows where every statement comes from', () => {
    const missing: string[] = [];
    for (const id of ids) {
      const card = renderCard(id);
      for (const statement of card.querySelectorAll('.statement')) {
        const toggle = statement.querySelector('.quote-toggle');
        const credit = toggle
          ? card.querySelector(`#${CSS.escape(toggle.getAttribute('aria-controls')!)} .credit`)
          : statement.querySelector('.credit');
        if (!credit || !/^Source: /.test(text(credit))) missing.push(`${id}: ${text(statement)}`);
      }
      for (const item of card.querySelectorAll('.since__item')) if (!item.querySelector('.credit')) missing.push(`${id}: ${text(item)}`);
      render(null, card);
    }
    expect(missing).toEqual([]);
  });

  it('says what has happened since the article, dated, where its present tense no longer holds', () => {
    expect([...renderCard('ebrahim-raisi').querySelectorAll('.since__item')].map(text)).toEqual([
      '19 May 2024 Raisi died in a helicopter crash in East Azerbaijan province, Iran; his death was announced the next day. Source: IRNA, Iran’s state news agency, Announcement of the death of President Ebrahim Raisi, 20 May 2024',
    ]);
    const sco = renderCard('sco');
    expect(text(sco.querySelector('.section--since .section__note')!)).toBe('after 16 September 2022');
    expect([...sco.querySelectorAll('.since__date')].map(text)).toEqual(['4 July 2023', '4 July 2024']);
  });

  it('lists the SCO\'s members, observers and dialogue partners as of the article\'s date', () => {
    const links = renderCard('sco').querySelector('.links')!;
    expect(text(links.querySelector('.links__as-of')!)).toBe('As of 16 September 2022');
    const rows = Object.fromEntries(
      [...links.querySelectorAll('.links__row')].map((row) => [text(row.querySelector('dt')!), [...row.querySelectorAll('.chip__name')].map(text)]),
    );
    expect(rows).toEqual({
      Members: ['China', 'Russia', 'India', 'Pakistan', 'Uzbekistan', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan'],
      Observers: ['Iran'],
      'Dialogue partners': ['Turkey', 'Azerbaijan', 'Armenia'],
    });
  });

  it('explains the article\'s "MM" beside the quote', () => {
    const card = renderCard('narendra-modi');
    const note = card.querySelector('.group--no-meeting .quote__note');
    expect(text(note!)).toMatch(/^Note: “MM” is the French abbreviation “MM\.” \(messieurs, “Messrs”\)/);
  });
});
