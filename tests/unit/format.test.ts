import { afterEach, describe, expect, it } from 'vitest';
import type { Relation } from '../../src/core/dataset-types';
import { buildMembersIndex, groupRelations, structuralLinks } from '../../src/core/dataset-queries';
import { parseIsoDate, weekdayOf } from '../../src/core/dates';
import {
  formatLongDate,
  formatMentionCount,
  formatMentionPosition,
  formatShortDay,
  formatSourceLine,
  kindLabel,
  linkLabel,
  roleLine,
  sourceSite,
} from '../../src/common/ui/format';
import { setTranslator, substitute, t } from '../../src/common/ui/strings';

describe('parseIsoDate', () => {
  it('parses calendar dates', () => {
    expect(parseIsoDate('2022-09-16')).toEqual({ year: 2022, month: 9, day: 16 });
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });
  it('rejects anything else', () => {
    for (const bad of ['', '2022-9-16', '2022-09-16T00:00:00Z', '16/09/2022', '2022-13-01', '2022-00-10', '2022-09-31', '2022-02-29', '1900-02-29', ' 2022-09-16']) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
  });
});

describe('dates', () => {
  it('formats long dates without Intl', () => {
    expect(formatLongDate('2022-09-16')).toBe('16 September 2022');
    expect(formatLongDate('2022-01-01')).toBe('1 January 2022');
    expect(formatLongDate('2001-06-15')).toBe('15 June 2001');
    expect(formatLongDate('1999-12-31')).toBe('31 December 1999');
  });
  it('formats the short day with the weekday', () => {
    expect(formatShortDay('2022-09-15')).toBe('Thu 15 Sep');
    expect(formatShortDay('2022-09-16')).toBe('Fri 16 Sep');
    expect(formatShortDay('2022-09-14')).toBe('Wed 14 Sep');
    expect(formatShortDay('2024-02-29')).toBe('Thu 29 Feb');
  });
  it('computes weekdays independently of the time zone', () => {
    expect(weekdayOf({ year: 1970, month: 1, day: 1 })).toBe(4); // Thursday
    expect(weekdayOf({ year: 2000, month: 1, day: 1 })).toBe(6); // Saturday
    expect(weekdayOf({ year: 2022, month: 9, day: 16 })).toBe(5); // Friday
    expect(weekdayOf({ year: 2023, month: 1, day: 1 })).toBe(0); // Sunday
  });
  it('returns unparseable input unchanged', () => {
    expect(formatLongDate('September 2022')).toBe('September 2022');
    expect(formatShortDay('2022-02-30')).toBe('2022-02-30');
  });
});

describe('labels', () => {
  it('names kinds', () => {
    expect(kindLabel('leader')).toBe('Leader');
    expect(kindLabel('country')).toBe('Country');
    expect(kindLabel('organization')).toBe('Organization');
    expect(kindLabel('place')).toBe('Place');
  });
  it('prefers the role to the kind', () => {
    expect(roleLine({ kind: 'leader', role: 'Chinese President' })).toBe('Chinese President');
    expect(roleLine({ kind: 'leader', role: '  ' })).toBe('Leader');
    expect(roleLine({ kind: 'country' })).toBe('Country');
  });
});

describe('source line', () => {
  it('finds the site in the reference line', () => {
    expect(sourceSite('Reference: www.challenges.fr')).toBe('www.challenges.fr');
    expect(sourceSite('www.challenges.fr')).toBe('www.challenges.fr');
    expect(sourceSite('https://www.challenges.fr/monde/article_123')).toBe('www.challenges.fr');
    expect(sourceSite('www.Challenges.fr/monde')).toBe('www.challenges.fr');
    expect(sourceSite('Reference: the printed edition')).toBe('');
    expect(sourceSite('')).toBe('');
  });
  it('formats the source line', () => {
    const source = { outlet: 'AFP', date: '2022-09-16', reference: 'Reference: www.challenges.fr' };
    expect(formatSourceLine(source)).toBe('Source: AFP, 16 September 2022 (www.challenges.fr)');
    expect(formatSourceLine({ ...source, reference: '' })).toBe('Source: AFP, 16 September 2022');
  });
});

describe('mentions', () => {
  it('counts', () => {
    expect(formatMentionCount(0)).toBe('Not mentioned on this page');
    expect(formatMentionCount(1)).toBe('1 mention on this page');
    expect(formatMentionCount(7)).toBe('7 mentions on this page');
  });
  it('gives a 1-based position, or nothing when none is current', () => {
    expect(formatMentionPosition(0, 3)).toBe('1 of 3');
    expect(formatMentionPosition(2, 3)).toBe('3 of 3');
    expect(formatMentionPosition(-1, 3)).toBe('');
    expect(formatMentionPosition(3, 3)).toBe('');
    expect(formatMentionPosition(0, 0)).toBe('');
  });
});

describe('relations and links', () => {
  const rel = (type: Relation['type'], target: string, date?: string): Relation => ({
    type,
    target,
    text: `${type} ${target}`,
    quote: 'q',
    ...(date ? { date } : {}),
  });

  it('groups relations, meetings by day with undated last, stable otherwise', () => {
    const groups = groupRelations([
      rel('met-with', 'erdogan', '2022-09-16'),
      rel('related-to', 'ukraine'),
      rel('met-with', 'undated'),
      rel('met-with', 'xi', '2022-09-15'),
      rel('no-meeting-announced', 'modi'),
      rel('met-with', 'raisi', '2022-09-16'),
      rel('related-to', 'taiwan'),
    ]);
    expect(groups.metWith.map((r) => r.target)).toEqual(['xi', 'erdogan', 'raisi', 'undated']);
    expect(groups.noMeeting.map((r) => r.target)).toEqual(['modi']);
    expect(groups.related.map((r) => r.target)).toEqual(['ukraine', 'taiwan']);
  });

  it('indexes members of organizations in dataset order', () => {
    const index = buildMembersIndex([
      { id: 'china', memberOf: ['sco'] },
      { id: 'xi-jinping' },
      { id: 'russia', memberOf: ['sco', 'csto'] },
      { id: 'india', memberOf: ['sco', 'sco'] },
    ]);
    expect(index.get('sco')).toEqual(['china', 'russia', 'india']);
    expect(index.get('csto')).toEqual(['russia']);
    expect(index.get('china')).toBeUndefined();
  });

  it('lists structural links in display order', () => {
    expect(structuralLinks({ kind: 'leader', country: 'china' })).toEqual([{ link: 'leader-of', ids: ['china'] }]);
    expect(structuralLinks({ kind: 'country', leader: 'xi-jinping', memberOf: ['sco'] })).toEqual([
      { link: 'led-by', ids: ['xi-jinping'] },
      { link: 'member-of', ids: ['sco'] },
    ]);
    expect(structuralLinks({ kind: 'organization' }, ['china', 'russia'])).toEqual([
      { link: 'members', ids: ['china', 'russia'] },
    ]);
    expect(structuralLinks({ kind: 'place', locatedIn: 'uzbekistan' }, [])).toEqual([
      { link: 'located-in', ids: ['uzbekistan'] },
    ]);
  });

  it('names the links', () => {
    expect(['leader-of', 'led-by', 'member-of', 'members', 'located-in'].map((l) => linkLabel(l as Parameters<typeof linkLabel>[0]))).toEqual([
      'Leader of',
      'Led by',
      'Member of',
      'Members',
      'Located in',
    ]);
  });
});

describe('strings', () => {
  afterEach(() => setTranslator(null));

  it('substitutes $1..$9 and keeps $$ literal', () => {
    expect(substitute('$1 of $2', ['2', '5'])).toBe('2 of 5');
    expect(substitute('costs $$1', ['x'])).toBe('costs $1');
    expect(substitute('$3 missing', ['a'])).toBe('$3 missing');
  });

  it('uses a plugged-in translator, falling back to English when it has nothing', () => {
    setTranslator((key, subs) => (key === 'mention_position' ? `${subs[0]} sur ${subs[1]}` : ''));
    expect(formatMentionPosition(1, 4)).toBe('2 sur 4');
    expect(t('quote_show')).toBe('Quote');
    setTranslator(null);
    expect(formatMentionPosition(1, 4)).toBe('2 of 4');
  });
});
