import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { floorBuilds } from '../../scripts/bench/content-script-floor';
import { summarizeProfile } from '../../scripts/bench/firefox-profile';

describe('floorBuilds: the builds that do less than the measured one', () => {
  let tmp = '';
  afterEach(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('declares no content scripts, an empty content.js alone, then with content.css, and the same scripts with content.js emptied; the measured build comes last, untouched', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'floor-'));
    const dist = path.join(tmp, 'dist');
    await mkdir(dist);
    const scripts = [
      { matches: ['<all_urls>'], js: ['early.js'], css: ['content.css'], run_at: 'document_start', all_frames: true },
      { matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle', all_frames: true },
    ];
    await writeFile(path.join(dist, 'manifest.json'), JSON.stringify({ name: 'x', content_scripts: scripts }));
    await writeFile(path.join(dist, 'content.js'), 'walkThePage();');
    await writeFile(path.join(dist, 'early.js'), 'listen();');

    const builds = await floorBuilds(dist, path.join(tmp, 'work'));
    expect(builds.map((b) => b.name)).toEqual([
      'no content scripts',
      'empty content.js alone',
      'empty content.js with content.css',
      'empty content scripts (early.js, content.css, empty content.js)',
      'this build',
    ]);
    const manifest = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: unknown };
    const content = (dir: string) => readFile(path.join(dir, 'content.js'), 'utf8');
    expect((await manifest(builds[0]!.dir)).content_scripts).toBeUndefined();
    expect((await manifest(builds[1]!.dir)).content_scripts).toEqual([{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle', all_frames: true }]);
    expect(await content(builds[1]!.dir)).toBe('void 0;\n');
    // The style sheet stays where the build declares it (at document_start), without early.js.
    expect((await manifest(builds[2]!.dir)).content_scripts).toEqual([
      { matches: ['<all_urls>'], css: ['content.css'], run_at: 'document_start', all_frames: true },
      { matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle', all_frames: true },
    ]);
    expect(await content(builds[2]!.dir)).toBe('void 0;\n');
    expect((await manifest(builds[3]!.dir)).content_scripts).toEqual(scripts);
    expect(await content(builds[3]!.dir)).toBe('void 0;\n');
    expect(await readFile(path.join(builds[3]!.dir, 'early.js'), 'utf8')).toBe('listen();');
    expect(builds[4]!.dir).toBe(dist);
    expect(await content(dist)).toBe('walkThePage();');
  });

  it('keeps content.css on the entry of content.js when that is where the build declares it', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'floor-'));
    const scripts = [
      { matches: ['<all_urls>'], js: ['early.js'], run_at: 'document_start' },
      { matches: ['<all_urls>'], js: ['content.js'], css: ['content.css'], run_at: 'document_idle' },
    ];
    const dist = path.join(tmp, 'dist');
    await mkdir(dist);
    await writeFile(path.join(dist, 'manifest.json'), JSON.stringify({ name: 'x', content_scripts: scripts }));
    await writeFile(path.join(dist, 'content.js'), 'walkThePage();');
    const builds = await floorBuilds(dist, path.join(tmp, 'work'));
    const declared = JSON.parse(await readFile(path.join(builds[2]!.dir, 'manifest.json'), 'utf8')) as { content_scripts: unknown };
    expect(declared.content_scripts).toEqual([{ matches: ['<all_urls>'], js: ['content.js'], css: ['content.css'], run_at: 'document_idle' }]);
  });

  it('refuses a build that declares no content.js', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'floor-'));
    await writeFile(path.join(tmp, 'manifest.json'), JSON.stringify({ name: 'x' }));
    await expect(floorBuilds(tmp, path.join(tmp, 'work'))).rejects.toThrow(/declares no content.js/);
  });
});

describe('summarizeProfile: the Gecko profile of the page process, with our samples apart', () => {
  /** A profile of one thread: frames by location, stacks as [prefix, frame], samples as [stack, cpu ns]. */
  function profile(frames: [string, number][], stacks: [number | null, number][], samples: [number, number][]) {
    const table = (schema: string[], data: unknown[][]) => ({ schema: Object.fromEntries(schema.map((k, i) => [k, i])), data });
    const strings = frames.map(([loc]) => loc);
    return {
      meta: { categories: [{ name: 'JavaScript', subcategories: ['Other'] }, { name: 'DOM', subcategories: ['Other'] }] },
      processes: [],
      threads: [
        {
          name: 'GeckoMain',
          pid: '42',
          samples: table(['stack', 'threadCPUDelta'], samples),
          stackTable: table(['prefix', 'frame'], stacks),
          frameTable: table(['location', 'category', 'subcategory'], frames.map(([, cat], i) => [i, cat, 0])),
          stringTable: strings,
        },
      ],
    };
  }

  it('counts our samples, by innermost frame, and those inside the browser\'s extension-API code', () => {
    const ext = 'moz-extension://abc/';
    const p = profile(
      [
        [`walk (${ext}content.js:1:10)`, 0],
        ['TreeWalker.nextNode', 1],
        [`readSettings (${ext}content.js:1:99)`, 0],
        ['getDB (chrome://extensions/content/child/ext-storage.js:72:25)', 0],
        ['pageScript (https://news.example/app.js:3:4)', 0],
      ],
      [
        [null, 0], // 0: walk
        [0, 1], // 1: walk → nextNode
        [null, 2], // 2: readSettings
        [2, 3], // 3: readSettings → getDB
        [null, 4], // 4: the page's own script
      ],
      [
        [1, 2e6],
        [3, 3e6],
        [4, 5e6],
        [0, 1e6],
      ],
    );
    const s = summarizeProfile(p, 42, ext);
    if (typeof s === 'string') throw new Error(s);
    expect(s.total).toEqual({ 'JavaScript/Other': 9, 'DOM/Other': 2 });
    expect(s.ours).toEqual({ 'JavaScript/Other': 4, 'DOM/Other': 2 });
    expect(s.oursInApiMs).toBe(3);
    expect(s.oursByFrame).toEqual({
      'TreeWalker.nextNode ← walk (content.js:1:10)': 2,
      'getDB (chrome://extensions/content/child/ext-storage.js:72:25) ← readSettings (content.js:1:99)': 3,
      'walk (content.js:1:10) ← walk (content.js:1:10)': 1,
    });
  });

  it('says so when the process has no main thread in the profile', () => {
    expect(summarizeProfile(profile([], [], []), 7, 'moz-extension://abc/')).toMatch(/no GeckoMain thread for pid 7/);
  });
});
