/**
 * The page scanner (src/content/page-scanner.ts) in Node: the first scan, and
 * the incremental rescans that follow the page's changes. What is rendered
 * and what the viewport shows need a browser: see tests/browser/.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { aliasEntries } from '../../src/core/alias-entries';
import { compileMatcher } from '../../src/core/matcher';
import { dataset } from '../../src/data/entities';
import { PageScanner } from '../../src/content/page-scanner';
import { clearPage, loadPage } from '../fixtures/load-page';
import { afterChange, fullMatcher, recordingHighlighter, type RecordingHighlighter } from '../fixtures/scanner';
import hostileEditors from '../pages/hostile-editors.html?raw';

let scanner: PageScanner | null = null;

afterEach(() => {
  scanner?.stop();
  scanner = null;
  clearPage();
});

async function scan(html: string | null, isOwnNode: (n: Node) => boolean = () => false): Promise<{ s: PageScanner; hl: RecordingHighlighter }> {
  if (html !== null) document.body.innerHTML = html;
  const hl = recordingHighlighter();
  const s = new PageScanner(document, fullMatcher, hl.asHighlighter, isOwnNode);
  scanner = s;
  await s.start();
  return { s, hl };
}

const byId = (id: string) => document.getElementById(id)!;
const counts = (s: PageScanner) => Object.fromEntries(s.index.countsByEntity());

describe('the first scan', () => {
  it('finds names split across inline elements, and registers one range per mention', async () => {
    const { s, hl } = await scan('<p>Vladimir <em>Putin</em> met <b>Xi</b> Jinping.</p><p>Narendra <a href="#">Modi</a> spoke.</p>');
    expect(hl.texts()).toEqual(['Vladimir Putin', 'Xi Jinping', 'Narendra Modi']);
    expect(counts(s)).toEqual({ 'vladimir-putin': 1, 'xi-jinping': 1, 'narendra-modi': 1 });
    expect(s.sizes()).toMatchObject({ owners: 2, mentions: 3, registered: 3 });
    // The range of a split name runs from its first text node to its last.
    const [putin] = s.index.mentionsOf('vladimir-putin');
    expect(putin!.range.startContainer.textContent).toBe('Vladimir ');
    expect(putin!.range.endContainer.textContent).toBe('Putin');
    expect(s.index.atText(putin!.range.endContainer)).toEqual([putin]);
  });

  it('reads hostile-editors.html without the editor, the textarea or the input', async () => {
    loadPage(hostileEditors);
    const { hl } = await scan(null);
    expect(hl.texts()).toEqual([
      'Chinese', 'President Xi Jinping', 'Russian', 'President Vladimir Putin', 'Samarkand',
      'Prime Minister Narendra Modi', 'India', 'Pakistan',
    ]);
  });

  it('holds an alias that is also a word ("Turkey") until the page names someone else', async () => {
    const { s, hl } = await scan('<h1>Thanksgiving Turkey</h1><p id="p">Roast it slowly.</p>');
    expect(hl.texts()).toEqual([]);
    expect(s.sizes().held).toBe(1);
    await afterChange(s, () => byId('p').append(' Served to Vladimir Putin.'));
    expect(hl.texts()).toEqual(['Turkey', 'Vladimir Putin']);
    expect(s.sizes().held).toBe(0);
  });
});

describe('rescans after the page changes', () => {
  it('rescans the block whose text changed, keeping the ranges of the names that did not move', async () => {
    const { s, hl } = await scan('<p id="p">Xi Jinping met Vladimir <em>Putin</em>.</p><p id="q">Narendra Modi</p>');
    const xi = s.index.mentionsOf('xi-jinping')[0]!.range;
    const putin = s.index.mentionsOf('vladimir-putin')[0]!.range;
    const modi = s.index.mentionsOf('narendra-modi')[0]!.range;
    const addedBefore = hl.added.length;
    await afterChange(s, () => {
      byId('p').querySelector('em')!.firstChild!.textContent = 'Zelensky';
    });
    expect(hl.texts()).toEqual(['Xi Jinping', 'Narendra Modi']);
    expect(counts(s)).toEqual({ 'xi-jinping': 1, 'narendra-modi': 1 });
    // Only the name that went away is unregistered; nothing is registered again.
    expect(hl.removed).toEqual([putin]);
    expect(hl.added.length).toBe(addedBefore);
    expect(s.index.mentionsOf('xi-jinping')[0]!.range).toBe(xi);
    expect(s.index.mentionsOf('narendra-modi')[0]!.range).toBe(modi);
  });

  it('finds a name completed by an inline element added to a block', async () => {
    const { s, hl } = await scan('<p id="p">Met Vladimir </p>');
    expect(hl.texts()).toEqual([]);
    await afterChange(s, () => {
      const em = document.createElement('em');
      em.textContent = 'Putin';
      byId('p').append(em, ' today.');
    });
    expect(hl.texts()).toEqual(['Vladimir Putin']);
    expect(counts(s)).toEqual({ 'vladimir-putin': 1 });
  });

  it('reads blocks added after the scan, nested ones included', async () => {
    const { s, hl } = await scan('<main id="main"><p>Xi Jinping</p></main>');
    await afterChange(s, () => {
      const p = document.createElement('p');
      p.textContent = 'Two seconds later: Pakistan joined the conversation.';
      byId('main').append(p);
      const section = document.createElement('section');
      section.innerHTML = '<h2>Iran</h2><div><p>Ebrahim <b>Raisi</b> spoke.</p></div>';
      document.body.prepend(section);
    });
    expect(hl.texts()).toEqual(['Iran', 'Ebrahim Raisi', 'Xi Jinping', 'Pakistan']);
  });

  it('drops the names of a removed block, and counts a moved block once', async () => {
    const { s, hl } = await scan('<div id="a"><p id="p1">Xi Jinping</p><p id="p2">Narendra Modi</p></div><div id="b"></div>');
    const modi = s.index.mentionsOf('narendra-modi')[0]!.range;
    await afterChange(s, () => byId('p2').remove());
    expect(hl.texts()).toEqual(['Xi Jinping']);
    expect(hl.removed).toEqual([modi]);
    expect(s.sizes()).toMatchObject({ owners: 1, mentions: 1 });
    await afterChange(s, () => byId('b').append(byId('p1')));
    expect(hl.texts()).toEqual(['Xi Jinping']);
    expect(counts(s)).toEqual({ 'xi-jinping': 1 });
  });

  it('drops the names of a block made editable, and finds them again when it is not', async () => {
    loadPage(hostileEditors);
    const { s, hl } = await scan(null);
    await afterChange(s, () => byId('later').setAttribute('contenteditable', 'true'));
    expect(hl.texts()).not.toContain('Pakistan');
    expect(counts(s).pakistan).toBeUndefined();
    await afterChange(s, () => byId('later').removeAttribute('contenteditable'));
    expect(hl.texts()).toContain('Pakistan');
    expect(counts(s).pakistan).toBe(1);
  });

  it('reads what a `hidden` element held once the page shows it (the first walk skipped it)', async () => {
    const { s, hl } = await scan('<p>Xi Jinping</p><div id="later" hidden><p>Kazakhstan, then <b>Vladimir Putin</b>.</p></div>');
    expect(hl.texts()).toEqual(['Xi Jinping']);
    await afterChange(s, () => byId('later').removeAttribute('hidden'));
    expect(hl.texts()).toEqual(['Xi Jinping', 'Kazakhstan', 'Vladimir Putin']);
    await afterChange(s, () => byId('later').setAttribute('hidden', ''));
    await afterChange(s, () => byId('later').removeAttribute('hidden'));
    expect(counts(s)).toEqual({ 'xi-jinping': 1, kazakhstan: 1, 'vladimir-putin': 1 });
  });

  it('reads a shadow root that arrives with new content, and follows changes inside it', async () => {
    const { s, hl } = await scan('<p>Xi Jinping</p>');
    const host = document.createElement('news-card');
    const root = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Inside a web component: Ebrahim Raisi.';
    root.append(p);
    await afterChange(s, () => document.body.append(host), () => counts(s)['ebrahim-raisi'] === 1);
    expect(s.shadowRoots).toEqual([root]);
    await afterChange(s, () => (p.textContent = 'Now Narendra Modi.'), () => counts(s)['narendra-modi'] === 1);
    expect(counts(s)).toEqual({ 'xi-jinping': 1, 'narendra-modi': 1 });
    expect(hl.registered.size).toBe(2);
  });

  it("ignores changes inside the extension's own UI", async () => {
    const ui = document.createElement('summit-lens-ui');
    const { s, hl } = await scan('<p id="p">Xi Jinping</p>', (n) => n === ui || ui.contains(n));
    await afterChange(s, () => {
      document.body.append(ui);
      ui.textContent = 'Vladimir Putin';
      byId('p').append('.');
    });
    expect(hl.texts()).toEqual(['Xi Jinping']);
    expect(counts(s)).toEqual({ 'xi-jinping': 1 });
  });

  it('handles many changes made in one frame in one flush', async () => {
    const { s, hl } = await scan('<p id="p">Counter 0</p><p id="q">Xi Jinping</p>');
    const records = s.stats.mutationRecords;
    await afterChange(s, () => {
      for (let i = 1; i <= 50; i++) byId('p').firstChild!.textContent = `Counter ${i}`;
      byId('p').firstChild!.textContent = 'Counter: Narendra Modi';
    });
    expect(s.stats.mutationFlushes).toBe(1);
    expect(s.stats.mutationRecords - records).toBe(51);
    expect(hl.texts()).toEqual(['Narendra Modi', 'Xi Jinping']);
  });
});

describe('rescanAll and stop', () => {
  it('rescans everything with another dictionary, and stop() lets go of every name', async () => {
    const { s, hl } = await scan('<p>Xi Jinping met Vladimir Putin in Samarkand, Uzbekistan.</p>');
    expect(hl.texts()).toEqual(['Xi Jinping', 'Vladimir Putin', 'Samarkand', 'Uzbekistan']);
    // Leaders only (a reader's setting).
    await s.rescanAll(compileMatcher(aliasEntries(dataset, new Set(['leader'] as const))));
    expect(hl.texts()).toEqual(['Xi Jinping', 'Vladimir Putin']);
    expect(s.sizes().mentions).toBe(2);
    s.stop();
    expect(hl.registered.size).toBe(0);
    expect(s.sizes()).toMatchObject({ owners: 0, mentions: 0, shadowRoots: 0 });
  });
});

describe('waiting before a slice (the reader\'s settings, asked for at the first name)', () => {
  /**
   * Starts a scan of a page too long for one slice (each paragraph names two
   * people) whose slices after the first wait for `release()`, and returns
   * once the first slice is done.
   */
  // Far more than a 3 ms first slice reads in happy-dom, yet few enough that
  // the whole scan stays well inside the test timeout on a busy CI machine
  // (20,000 paragraphs once took 5.8 s there).
  const PARAGRAPHS = 3000;

  async function gatedScan(paragraphs: number) {
    document.body.innerHTML = Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i}: Xi Jinping met Vladimir Putin.</p>`).join('');
    let settle!: () => void;
    let waiting: Promise<void> | null = new Promise<void>((r) => (settle = r));
    const hl = recordingHighlighter();
    const s = new PageScanner(document, fullMatcher, hl.asHighlighter, () => false, { beforeSlice: () => waiting });
    scanner = s;
    const done = s.start();
    for (let i = 0; i < 500 && s.stats.firstSliceEndAt < 0; i++) await new Promise((r) => setTimeout(r, 2));
    const release = () => {
      waiting = null;
      settle();
    };
    return { s, done, release };
  }

  it('reads no further than the first slice until the wait settles, then reads the rest', async () => {
    const { s, done, release } = await gatedScan(PARAGRAPHS);
    const afterFirst = s.index.size;
    expect(afterFirst).toBeGreaterThan(0);
    expect(afterFirst).toBeLessThan(2 * PARAGRAPHS);
    await new Promise((r) => setTimeout(r, 30));
    expect(s.stats.initialSlices).toBe(1);
    expect(s.index.size).toBe(afterFirst);
    release();
    await done;
    expect(s.index.size).toBe(2 * PARAGRAPHS);
  });

  it('a rescan during the wait ends the waiting scan: every name is counted once', async () => {
    const { s, done, release } = await gatedScan(PARAGRAPHS);
    // The settings came and ask for leaders only: the page is read again from the start.
    const again = s.rescanAll(compileMatcher(aliasEntries(dataset, new Set(['leader'] as const))));
    release();
    await Promise.all([done, again]);
    expect(s.index.size).toBe(2 * PARAGRAPHS);
    expect(s.stats.initialSlices).toBeGreaterThan(1);
  });
});
