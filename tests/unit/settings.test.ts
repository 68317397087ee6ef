import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  HOVER_DELAY_DEFAULT,
  isSiteEnabled,
  isValidSettings,
  MAX_DISABLED_SITES,
  normalizeHostname,
  parseSettings,
  withSiteEnabled,
  type Settings,
} from '../../src/core/settings';

const custom: Settings = {
  version: 1,
  enabled: false,
  disabledSites: ['www.lemonde.fr', 'example.com'],
  highlightStyle: 'background',
  kinds: { leader: true, country: false, organization: true, place: false },
  hoverDelayMs: 450,
};

describe('parseSettings: good input', () => {
  it('keeps valid settings as they are, with no problems', () => {
    const { settings, problems } = parseSettings(structuredClone(custom));
    expect(settings).toEqual(custom);
    expect(problems).toEqual([]);
  });

  it('round-trips through JSON (what storage does)', () => {
    expect(parseSettings(JSON.parse(JSON.stringify(custom))).settings).toEqual(custom);
  });

  it('returns a fresh object: changing it does not change the defaults', () => {
    const a = parseSettings(undefined).settings;
    a.kinds.leader = false;
    a.disabledSites.push('x.com');
    expect(defaultSettings().kinds.leader).toBe(true);
    expect(defaultSettings().disabledSites).toEqual([]);
  });
});

describe('parseSettings: missing', () => {
  it('nothing stored → the defaults, quietly', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('fields left out → their defaults, quietly; the rest kept', () => {
    const { settings, problems } = parseSettings({ version: 1, highlightStyle: 'none' });
    expect(settings).toEqual({ ...defaultSettings(), highlightStyle: 'none' });
    expect(problems).toEqual([]);
  });

  it('kinds left out one by one → those default to on', () => {
    const { settings, problems } = parseSettings({ version: 1, kinds: { country: false } });
    expect(settings.kinds).toEqual({ leader: true, country: false, organization: true, place: true });
    expect(problems).toEqual([]);
  });

  it('the defaults are what the brief says', () => {
    expect(defaultSettings()).toEqual({
      version: 1,
      enabled: true,
      disabledSites: [],
      highlightStyle: 'underline',
      kinds: { leader: true, country: true, organization: true, place: true },
      hoverDelayMs: 200,
    });
  });
});

describe('parseSettings: version 0', () => {
  it('migrates every field, keeping what the reader chose', () => {
    const { settings, problems } = parseSettings({
      on: false,
      style: 'highlight',
      blockedHosts: ['News.Example.COM', 'https://www.bbc.co.uk/news/world', 'news.example.com'],
      countries: false,
      delay: 700,
    });
    expect(settings).toEqual({
      version: 1,
      enabled: false,
      disabledSites: ['news.example.com', 'www.bbc.co.uk'],
      highlightStyle: 'background',
      kinds: { leader: true, country: false, organization: true, place: true },
      hoverDelayMs: 700,
    });
    expect(problems).toEqual([]);
  });

  it('accepts an explicit version 0 and the old style names', () => {
    expect(parseSettings({ version: 0, style: 'off' }).settings.highlightStyle).toBe('none');
    expect(parseSettings({ version: 0, style: 'underline' }).settings.highlightStyle).toBe('underline');
    expect(parseSettings({ version: 0, on: true }).settings.enabled).toBe(true);
  });

  it('a partial version 0 keeps the defaults for the rest', () => {
    const { settings, problems } = parseSettings({ blockedHosts: ['a.example'] });
    expect(settings).toEqual({ ...defaultSettings(), disabledSites: ['a.example'] });
    expect(problems).toEqual([]);
  });

  it('a bad field in version 0 is reported and defaulted, the others kept', () => {
    const { settings, problems } = parseSettings({ on: false, style: 'sparkles', delay: 'soon' });
    expect(settings.enabled).toBe(false);
    expect(settings.highlightStyle).toBe('underline');
    expect(settings.hoverDelayMs).toBe(HOVER_DELAY_DEFAULT);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/style.*sparkles/);
    expect(problems.join('\n')).toMatch(/delay.*soon/);
  });
});

describe('parseSettings: one corrupted field at a time', () => {
  const cases: [keyof Settings, unknown, unknown][] = [
    // field, bad value, what it becomes
    ['enabled', 'yes please', true],
    ['enabled', null, true],
    ['enabled', {}, true],
    ['disabledSites', 42, []],
    ['disabledSites', { 'a.com': true }, []],
    ['highlightStyle', 'sparkles', 'underline'],
    ['highlightStyle', 3, 'underline'],
    ['kinds', 'all', { leader: true, country: true, organization: true, place: true }],
    ['kinds', ['leader'], { leader: true, country: true, organization: true, place: true }],
    ['hoverDelayMs', 'soon', 200],
    ['hoverDelayMs', Number.NaN, 200],
    ['hoverDelayMs', null, 200],
    ['hoverDelayMs', Number.POSITIVE_INFINITY, 200],
  ];

  it.each(cases)('%s = %j → default, every other field kept', (field, bad, fallback) => {
    const { settings, problems } = parseSettings({ ...structuredClone(custom), [field]: bad });
    expect(settings[field]).toEqual(fallback);
    for (const other of Object.keys(custom) as (keyof Settings)[]) {
      if (other !== field) expect(settings[other], other).toEqual(custom[other]);
    }
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(field);
    expect(isValidSettings(settings)).toBe(true);
  });

  it('one bad kind is reported alone, the other kinds kept', () => {
    const { settings, problems } = parseSettings({ ...custom, kinds: { ...custom.kinds, place: 'maybe' } });
    expect(settings.kinds).toEqual({ ...custom.kinds, place: true });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('kinds.place');
  });

  it('bad sites are left out, good ones kept', () => {
    const { settings, problems } = parseSettings({ ...custom, disabledSites: ['good.example', 7, '', 'not a host', 'chrome://extensions', 'Good.Example'] });
    expect(settings.disabledSites).toEqual(['good.example']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/disabledSites.*not a hostname/);
  });
});

describe('parseSettings: values that can be kept are kept', () => {
  it('clamps the delay to 100..1000 and rounds it', () => {
    expect(parseSettings({ version: 1, hoverDelayMs: 5 }).settings.hoverDelayMs).toBe(100);
    expect(parseSettings({ version: 1, hoverDelayMs: 99999 }).settings.hoverDelayMs).toBe(1000);
    expect(parseSettings({ version: 1, hoverDelayMs: -300 }).settings.hoverDelayMs).toBe(100);
    expect(parseSettings({ version: 1, hoverDelayMs: 250.4 }).settings.hoverDelayMs).toBe(250);
    expect(parseSettings({ version: 1, hoverDelayMs: 5 }).problems[0]).toMatch(/hoverDelayMs.*100/);
    expect(parseSettings({ version: 1, hoverDelayMs: 100 }).problems).toEqual([]);
    expect(parseSettings({ version: 1, hoverDelayMs: 1000 }).problems).toEqual([]);
  });

  it('reads numbers and flags written as strings', () => {
    const { settings, problems } = parseSettings({ version: 1, hoverDelayMs: '300', enabled: 'false' });
    expect(settings.hoverDelayMs).toBe(300);
    expect(settings.enabled).toBe(false);
    expect(problems).toHaveLength(2);
  });

  it('reads a style in the wrong case', () => {
    expect(parseSettings({ version: 1, highlightStyle: ' Background ' }).settings.highlightStyle).toBe('background');
  });

  it('reads one site given as a string, or several separated by commas', () => {
    expect(parseSettings({ version: 1, disabledSites: 'Example.com' }).settings.disabledSites).toEqual(['example.com']);
    expect(parseSettings({ version: 1, disabledSites: 'a.com, b.org  c.net' }).settings.disabledSites).toEqual(['a.com', 'b.org', 'c.net']);
  });

  it('keeps at most MAX_DISABLED_SITES sites', () => {
    const many = Array.from({ length: MAX_DISABLED_SITES + 20 }, (_, i) => `site${i}.example`);
    const { settings, problems } = parseSettings({ version: 1, disabledSites: many });
    expect(settings.disabledSites).toHaveLength(MAX_DISABLED_SITES);
    expect(problems).toHaveLength(1);
  });
});

describe('parseSettings: versions and shapes', () => {
  it('ignores unknown keys', () => {
    const { settings, problems } = parseSettings({ ...custom, theme: 'pink', extra: { deep: [1, 2] } });
    expect(settings).toEqual(custom);
    expect(problems).toEqual([]);
  });

  it('reads settings of a newer version as far as it can, and says so', () => {
    const { settings, problems } = parseSettings({ ...custom, version: 2, sparkle: true });
    expect(settings).toEqual(custom);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/newer/);
  });

  it('reads v1 fields without a version number, and says so', () => {
    const { version: _, ...noVersion } = custom;
    const { settings, problems } = parseSettings(noVersion);
    expect(settings).toEqual(custom);
    expect(problems).toHaveLength(1);
  });

  it('a nonsense version is reported; the fields are still read', () => {
    const { settings, problems } = parseSettings({ ...custom, version: 'one' });
    expect(settings).toEqual(custom);
    expect(problems[0]).toMatch(/version/);
  });

  it('anything that is not an object gives the defaults and one problem', () => {
    for (const raw of [null, 0, 1, 'settings', true, [], [custom], () => 1, Symbol('x'), 10n]) {
      const { settings, problems } = parseSettings(raw);
      expect(settings).toEqual(defaultSettings());
      expect(problems).toHaveLength(1);
    }
  });

  it('never reads inherited or prototype keys', () => {
    const raw = JSON.parse('{"version":1,"__proto__":{"enabled":false}}');
    expect(parseSettings(raw).settings.enabled).toBe(true);
    const proto = Object.create({ enabled: false, version: 1 });
    expect(parseSettings(proto).settings.enabled).toBe(true);
  });

  it('survives hostile objects (throwing getters, proxies)', () => {
    const getter = { version: 1 };
    Object.defineProperty(getter, 'enabled', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        has() {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
      },
    );
    for (const raw of [getter, proxy]) {
      const { settings, problems } = parseSettings(raw);
      expect(isValidSettings(settings)).toBe(true);
      expect(problems.length).toBeGreaterThan(0);
    }
  });
});

describe('parseSettings: property-based', () => {
  const nearValid = fc.record(
    {
      version: fc.oneof(fc.constantFrom(0, 1, 2, -1, 1.5), fc.anything()),
      enabled: fc.oneof(fc.boolean(), fc.anything()),
      disabledSites: fc.oneof(fc.array(fc.oneof(fc.domain(), fc.webUrl(), fc.string(), fc.anything())), fc.anything()),
      highlightStyle: fc.oneof(fc.constantFrom('underline', 'background', 'none', 'UNDERLINE', 'highlight'), fc.anything()),
      kinds: fc.oneof(fc.record({ leader: fc.anything(), country: fc.boolean(), organization: fc.anything(), place: fc.boolean() }, { requiredKeys: [] }), fc.anything()),
      hoverDelayMs: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.anything()),
      on: fc.anything(),
      style: fc.anything(),
      blockedHosts: fc.anything(),
      delay: fc.anything(),
    },
    { requiredKeys: [] },
  );

  it('never throws, always returns valid settings (anything at all)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withDate: true, withNullPrototype: true, withSparseArray: true, withObjectString: true, withBoxedValues: true }), (raw) => {
        const { settings, problems } = parseSettings(raw);
        expect(isValidSettings(settings)).toBe(true);
        expect(Array.isArray(problems)).toBe(true);
        for (const p of problems) expect(typeof p).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, always returns valid settings (near-valid shapes)', () => {
    fc.assert(
      fc.property(nearValid, (raw) => {
        const { settings } = parseSettings(raw);
        expect(isValidSettings(settings)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent: parsing its own output changes nothing and finds no problem', () => {
    fc.assert(
      fc.property(nearValid, (raw) => {
        const once = parseSettings(raw).settings;
        const twice = parseSettings(JSON.parse(JSON.stringify(once)));
        expect(twice.settings).toEqual(once);
        expect(twice.problems).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('valid v1 settings come back unchanged', () => {
    const valid = fc.record({
      version: fc.constant(1 as const),
      enabled: fc.boolean(),
      disabledSites: fc.uniqueArray(fc.domain().map((d) => normalizeHostname(d)).filter((d): d is string => d !== null), { maxLength: 10 }),
      highlightStyle: fc.constantFrom('underline' as const, 'background' as const, 'none' as const),
      kinds: fc.record({ leader: fc.boolean(), country: fc.boolean(), organization: fc.boolean(), place: fc.boolean() }),
      hoverDelayMs: fc.integer({ min: 100, max: 1000 }),
    });
    fc.assert(
      fc.property(valid, (s) => {
        expect(parseSettings(s)).toEqual({ settings: s, problems: [] });
      }),
    );
  });
});

describe('hostnames', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['example.com.', 'example.com'],
    ['www.example.com:8080', 'www.example.com'],
    ['https://News.Example.com/path?q=1#x', 'news.example.com'],
    ['http://localhost:3000/', 'localhost'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['127.0.0.1', '127.0.0.1'],
    ['http://[::1]:8080/', '[::1]'],
    ['example.com/some/path', 'example.com'],
  ])('%j → %j', (input, host) => {
    expect(normalizeHostname(input)).toBe(host);
  });

  it.each(['', '   ', 'not a host', 'chrome://extensions', 'file:///etc/passwd', 'a..b', 'user@example.com', 'javascript:alert(1)', 42, null, undefined, {}])(
    '%j is not a hostname',
    (input) => {
      expect(normalizeHostname(input)).toBeNull();
    },
  );

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.domain(), fc.webUrl(), fc.string()), (s) => {
        const once = normalizeHostname(s);
        if (once !== null) expect(normalizeHostname(once)).toBe(once);
      }),
    );
  });
});

describe('isSiteEnabled / withSiteEnabled', () => {
  const base = defaultSettings();

  it('is on everywhere by default', () => {
    expect(isSiteEnabled(base, 'www.example.com')).toBe(true);
  });

  it('turns one site off and on again, whatever the case of the hostname', () => {
    const off = withSiteEnabled(base, 'WWW.Example.com', false);
    expect(off.disabledSites).toEqual(['www.example.com']);
    expect(isSiteEnabled(off, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(off, 'www.example.com.')).toBe(false);
    expect(isSiteEnabled(off, 'example.com')).toBe(true);
    expect(isSiteEnabled(off, 'other.org')).toBe(true);
    const on = withSiteEnabled(off, 'www.example.com', true);
    expect(on.disabledSites).toEqual([]);
    expect(isSiteEnabled(on, 'www.example.com')).toBe(true);
  });

  it('does not duplicate, and leaves the input untouched', () => {
    const off = withSiteEnabled(base, 'a.com', false);
    expect(withSiteEnabled(off, 'A.com', false)).toBe(off);
    expect(base.disabledSites).toEqual([]);
    expect(withSiteEnabled(base, 'a.com', true)).toBe(base);
  });

  it('ignores what is not a hostname', () => {
    expect(withSiteEnabled(base, 'chrome://newtab', false)).toBe(base);
    expect(withSiteEnabled(base, '', false)).toBe(base);
  });

  it('everything is off when spotting is off everywhere', () => {
    expect(isSiteEnabled({ ...base, enabled: false }, 'example.com')).toBe(false);
  });

  it('keeps the settings valid', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.domain(), fc.string()), fc.boolean()), { maxLength: 20 }), (ops) => {
        let s = defaultSettings();
        for (const [host, on] of ops) s = withSiteEnabled(s, host, on);
        expect(isValidSettings(s)).toBe(true);
      }),
    );
  });
});
