import { afterEach, describe, expect, it } from 'vitest';
import type { Relation } from '../../src/core/dataset-types';
import { buildStandingIndex, cardData, groupRelations, structuralLinks } from '../../src/core/dataset-queries';
import { dataset } from '../../src/data/entities';
import { parseIsoDate, weekdayOf } from '../../src/core/dates';
import {
  formatLongDate,
  formatMentionCount,
  formatMentionPosition,
  formatShortDay,
  formatSourceCredit,
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
    const role = (text: string) => ({ text, asOf: '2022-09-16', source: 'afp-2022-09-16' });
    expect(roleLine({ kind: 'leader', role: role('Chinese President') })).toBe('Chinese President');
    expect(roleLine({ kind: 'leader', role: role('  ') })).toBe('Leader');
    expect(roleLine({ kind: 'country' })).toBe('Country');
    expect(roleLine({ kind: 'project' })).toBe('Project');
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
    const source = { publisher: 'AFP', date: '2022-09-16', reference: 'Reference: www.challenges.fr' };
    expect(formatSourceLine(source)).toBe('Source: AFP, 16 September 2022 (www.challenges.fr)');
    expect(formatSourceLine({ ...source, reference: '' })).toBe('Source: AFP, 16 September 2022');
  });

  it('credits a statement to the article, or to a reference by its title', () => {
    expect(formatSourceCredit({ kind: 'article', publisher: 'AFP', title: 'Putin and Xi …', date: '2022-09-16' })).toBe('AFP, 16 September 2022');
    expect(
      formatSourceCredit({ kind: 'reference', publisher: 'Shanghai Cooperation Organization', title: 'New Delhi Declaration', date: '2023-07-04' }),
    ).toBe('Shanghai Cooperation Organization, New Delhi Declaration, 4 July 2023');
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
    source: 'afp-2022-09-16',
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
      rel('meeting-announced', 'aliyev', '2022-09-16'),
      rel('meeting-announced', 'modi-announced', '2022-09-15'),
    ]);
    expect(groups.metWith.map((r) => r.target)).toEqual(['xi', 'erdogan', 'raisi', 'undated']);
    // Announced is never met: its own group, by day too.
    expect(groups.announced.map((r) => r.target)).toEqual(['modi-announced', 'aliyev']);
    expect(groups.noMeeting.map((r) => r.target)).toEqual(['modi']);
    expect(groups.related.map((r) => r.target)).toEqual(['ukraine', 'taiwan']);
  });

  const standing = (org: string, status: 'member' | 'observer' | 'dialogue-partner' | 'none') => ({
    org,
    status,
    asOf: '2022-09-16',
    text: `${status} of ${org}`,
    source: 'summit-lens-background',
  });

  it('indexes who stood where in organizations, in dataset order, "none" left out', () => {
    const index = buildStandingIndex([
      { id: 'china', memberships: [standing('sco', 'member')] },
      { id: 'xi-jinping' },
      { id: 'iran', memberships: [standing('sco', 'observer')] },
      { id: 'russia', memberships: [standing('sco', 'member'), standing('csto', 'member')] },
      { id: 'turkey', memberships: [standing('sco', 'dialogue-partner')] },
      { id: 'ukraine', memberships: [standing('sco', 'none')] },
    ]);
    expect(index.get('sco')).toEqual({ member: ['china', 'russia'], observer: ['iran'], 'dialogue-partner': ['turkey'] });
    expect(index.get('csto')).toEqual({ member: ['russia'], observer: [], 'dialogue-partner': [] });
    expect(index.get('china')).toBeUndefined();
  });

  it('lists the SCO\'s members, observers and dialogue partners as of the article\'s date, as the real dataset has them', () => {
    expect(cardData(dataset).standing('sco')).toEqual({
      member: ['china', 'russia', 'india', 'pakistan', 'uzbekistan', 'kazakhstan', 'kyrgyzstan', 'tajikistan'],
      observer: ['iran'],
      'dialogue-partner': ['turkey', 'azerbaijan', 'armenia'],
    });
  });

  it('lists structural links in display order', () => {
    expect(structuralLinks({ kind: 'leader', country: 'china' })).toEqual([{ link: 'leader-of', ids: ['china'] }]);
    expect(structuralLinks({ kind: 'country', leader: 'xi-jinping', capital: 'beijing', memberships: [standing('sco', 'member')] })).toEqual([
      { link: 'led-by', ids: ['xi-jinping'] },
      { link: 'capital', ids: ['beijing'] },
      { link: 'member-of', ids: ['sco'] },
    ]);
    expect(structuralLinks({ kind: 'country', memberships: [standing('sco', 'none')] })).toEqual([{ link: 'outside-of', ids: ['sco'] }]);
    expect(structuralLinks({ kind: 'organization' }, { member: ['china', 'russia'], observer: ['iran'], 'dialogue-partner': [] })).toEqual([
      { link: 'members', ids: ['china', 'russia'] },
      { link: 'observers', ids: ['iran'] },
    ]);
    expect(structuralLinks({ kind: 'place', locatedIn: 'uzbekistan' })).toEqual([{ link: 'located-in', ids: ['uzbekistan'] }]);
    // A capital is in the country it stands for: once is enough.
    expect(structuralLinks({ kind: 'place', locatedIn: 'russia', capitalOf: 'russia' })).toEqual([{ link: 'capital-of', ids: ['russia'] }]);
    expect(structuralLinks({ kind: 'place', locatedIn: 'russia', seatOf: 'russia' })).toEqual([{ link: 'seat-of', ids: ['russia'] }]);
  });

  it('names the links', () => {
    expect(['leader-of', 'led-by', 'capital', 'member-of', 'observer-in', 'members', 'located-in'].map((l) => linkLabel(l as Parameters<typeof linkLabel>[0]))).toEqual([
      'Leader of',
      'Led by',
      'Capital',
      'Member of',
      'Observer in',
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
