/**
 * How the content script reads a page's text (src/content/text-runs.ts): text
 * joined across inline elements into runs, one per block; what is never read;
 * offsets in a run mapped back to text nodes; walks resumed across slices.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  elementOfOwner,
  isInsideSkipped,
  locate,
  ownerOf,
  TextRunWalker,
  type TextRun,
  type WalkOptions,
} from '../../src/content/text-runs';
import { clearPage, loadPage } from '../fixtures/load-page';
import readingRules from '../pages/reading-rules.html?raw';
import hostileEditors from '../pages/hostile-editors.html?raw';

const notOwn: WalkOptions = { isOwnNode: () => false };

function setBody(html: string): void {
  document.body.innerHTML = html;
}

function walk(root: Node, opts: WalkOptions = notOwn, ownerOnly = false): TextRun[] {
  const runs: TextRun[] = [];
  new TextRunWalker(root, opts, (r) => runs.push(r), ownerOnly).step(Infinity);
  return runs;
}

/** A run as [its owner's id (or tag), its text]: enough to read a page's runs at a glance. */
function described(run: TextRun): [string, string] {
  const el = elementOfOwner(run.owner);
  const name = run.owner.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? `shadow of ${el?.id}` : el?.id || el?.localName || '?';
  return [name, run.text];
}

afterEach(() => clearPage());

describe('runs across inline elements', () => {
  it('joins a name split across inline elements into one run, with the offset of each text node', () => {
    setBody('<p id="p">Vladimir <em>Putin</em> met <b>Xi</b> Jinping</p>');
    const [run, ...rest] = walk(document.body);
    expect(rest).toEqual([]);
    expect(run!.text).toBe('Vladimir Putin met Xi Jinping');
    expect(run!.owner).toBe(document.getElementById('p'));
    expect(run!.nodes.map((n) => n.data)).toEqual(['Vladimir ', 'Putin', ' met ', 'Xi', ' Jinping']);
    expect(run!.starts).toEqual([0, 9, 14, 19, 21]);
  });

  it('ends a run at a block, a <br> and a skipped element, but not at <wbr>', () => {
    setBody(
      '<div id="outer">Before <p id="inner">inside</p> after</div>' +
        '<p id="br">Xi<br>Jinping</p>' +
        '<p id="button">Vladimir <button>menu</button> Putin</p>' +
        '<p id="wbr">Kyrgyz<wbr>stan</p>',
    );
    expect(walk(document.body).map(described)).toEqual([
      ['outer', 'Before '],
      ['inner', 'inside'],
      // The same owner again: the block's text on each side of its child block.
      ['outer', ' after'],
      ['br', 'Xi'],
      ['br', 'Jinping'],
      ['button', 'Vladimir '],
      ['button', ' Putin'],
      ['wbr', 'Kyrgyzstan'],
    ]);
  });

  it('leaves ruby annotations out without ending the run around them', () => {
    setBody('<p id="ruby">读 <ruby>普<rp>(</rp><rt>pǔ</rt><rp>)</rp>京<rp>(</rp><rt>jīng</rt><rp>)</rp></ruby>。</p>');
    expect(walk(document.body).map(described)).toEqual([['ruby', '读 普京。']]);
  });

  it('reads a custom element without a shadow root as inline, and one with a shadow root as a block whose root it reports', () => {
    setBody('<p id="light">Narendra <name-tag>Modi</name-tag> spoke</p><p id="dark">Before <news-card id="card"></news-card> after</p>');
    const card = document.getElementById('card')!;
    const root = card.attachShadow({ mode: 'open' });
    root.append('Ebrahim Raisi');
    const met: ShadowRoot[] = [];
    const runs = walk(document.body, { isOwnNode: () => false, onShadowRoot: (r) => met.push(r) });
    expect(runs.map(described)).toEqual([
      ['light', 'Narendra Modi spoke'],
      ['dark', 'Before '],
      ['dark', ' after'],
    ]);
    expect(met).toEqual([root]);
    // The shadow root is walked on its own; its text belongs to the root.
    expect(walk(root).map(described)).toEqual([['shadow of card', 'Ebrahim Raisi']]);
  });

  it('with ownerOnly, reads one block and none of the blocks inside it', () => {
    setBody('<div id="d">A <b>B</b> <p>never</p> C</div>');
    const d = document.getElementById('d')!;
    expect(walk(d, notOwn, true).map(described)).toEqual([
      ['d', 'A B '],
      ['d', ' C'],
    ]);
  });
});

describe('what is never read', () => {
  it('skips scripts, styles, form fields, embedded documents and graphics', () => {
    setBody(
      '<p id="p">Modi<script>Putin</script><style>.x{}</style></p>' +
        '<form><input value="Xi"><textarea>Xi Jinping</textarea><select><option>Russia</option></select>' +
        '<button>China</button></form>' +
        '<iframe srcdoc="India"></iframe><object>Iran</object><canvas>Kazakhstan</canvas>' +
        '<svg><text>Pakistan</text></svg><noscript>Tajikistan</noscript><template>Uzbekistan</template>',
    );
    expect(walk(document.body).map(described)).toEqual([['p', 'Modi']]);
  });

  it('skips hidden elements and editors, but reads contenteditable="false"', () => {
    setBody(
      '<div hidden><p>Kazakhstan</p></div>' +
        '<div contenteditable><p>Draft one</p></div>' +
        '<div contenteditable="true"><p>Draft two</p></div>' +
        '<div contenteditable="plaintext-only">Draft three</div>' +
        '<div id="ro" contenteditable="false">Read only</div>',
    );
    expect(walk(document.body).map(described)).toEqual([['ro', 'Read only']]);
  });

  it("skips the extension's own UI", () => {
    setBody('<p id="page">Putin</p><summit-lens-ui id="ui"><p>Xi Jinping</p></summit-lens-ui>');
    const ui = document.getElementById('ui')!;
    const opts: WalkOptions = { isOwnNode: (n) => n === ui || ui.contains(n) };
    expect(walk(document.body, opts).map(described)).toEqual([['page', 'Putin']]);
  });

  it('isInsideSkipped tells where text lies in something never read, across shadow roots', () => {
    setBody(
      '<p id="plain"><em>Putin</em></p>' +
        '<div contenteditable="true"><p id="draft"><b>Modi</b></p><span id="host"></span></div>' +
        '<textarea id="area">Xi</textarea><div hidden><span id="hidden">Iran</span></div>' +
        '<div id="ui"><span id="own">card</span></div>',
    );
    const byId = (id: string) => document.getElementById(id)!;
    const shadowText = byId('host').attachShadow({ mode: 'open' }).appendChild(document.createTextNode('Raisi'));
    const opts: WalkOptions = { isOwnNode: (n) => byId('ui').contains(n) };
    expect(isInsideSkipped(byId('plain').firstChild!.firstChild!, opts)).toBe(false);
    expect(isInsideSkipped(byId('draft').firstChild!.firstChild!, opts)).toBe(true);
    expect(isInsideSkipped(byId('area').firstChild!, opts)).toBe(true);
    expect(isInsideSkipped(byId('hidden').firstChild!, opts)).toBe(true);
    expect(isInsideSkipped(byId('own').firstChild!, opts)).toBe(true);
    // Inside a shadow tree whose host sits in an editor.
    expect(isInsideSkipped(shadowText, opts)).toBe(true);
  });
});

describe('owners', () => {
  it('is the nearest ancestor that is not inline, or the shadow root', () => {
    setBody('<p id="p"><a href="#"><em>Xi</em></a></p><div id="host"></div>');
    const p = document.getElementById('p')!;
    expect(ownerOf(p.querySelector('em')!.firstChild!)).toBe(p);
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    const text = root.appendChild(document.createTextNode('Raisi'));
    expect(ownerOf(text)).toBe(root);
    expect(elementOfOwner(root)).toBe(host);
    expect(elementOfOwner(p)).toBe(p);
  });
});

describe('a test page, run by run', () => {
  /** The page's runs that hold more than white space. */
  const readable = () => walk(document.body).map(described).filter(([, text]) => text.trim() !== '');

  it('reads reading-rules.html as the reader sees it, leaving out fields, the editor, the hidden menu and annotations', () => {
    loadPage(readingRules);
    expect(readable()).toEqual([
      ['h1', 'Rules a reader relies on'],
      ['split', 'Vladimir Putin met Xi Jinping, then Narendra Modi.'],
      ['possessive', 'Putin\'s allies, Xi’s trip and Russia’s invasion.'],
      ['diacritics', 'Erdoğan, Erdogan and Türkiye; Путина и Си Цзиньпина; 习近平在撒马尔罕。'],
      ['ruby', 'Read with pinyin: 普京。'],
      ['caps', 'PUTIN MEETS XI JINPING IN SAMARKAND'],
      ['traps', 'We roast a turkey on a china plate in Xiamen, Indiana, then read about Russiagate and Modified Xinjiang tea. FOLLOW US.'],
      ['edge', 'Taiwan'],
      ['bottom-edge', 'Iran'],
      // Hidden by their style: for the rendered check to say (browser-mode tests), not the walk.
      ['inline-hidden', 'On small screens only: Kyrgyzstan Uzbekistan.'],
      ['summary', 'More'],
      ['p', 'Armenia behind a summary'],
    ]);
  });

  it('reads hostile-editors.html without the editor, the textarea or the input', () => {
    loadPage(hostileEditors);
    expect(readable()).toEqual([
      ['h1', 'Summit notes'],
      ['first', 'Chinese President Xi Jinping met Russian President Vladimir Putin in Samarkand.'],
      ['second', 'Prime Minister Narendra Modi of India spoke after them.'],
      ['later', 'Editable on request: Pakistan.'],
    ]);
  });
});

describe('locate: offsets in a run back to text nodes', () => {
  it('at a boundary between two text nodes, a start goes to the next node and an end stays in the previous one', () => {
    setBody('<p>Vladimir <em>Putin</em> met</p>');
    const [run] = walk(document.body);
    const [vladimir, putin, met] = run!.nodes;
    expect(locate(run!, 0, false)).toEqual([vladimir, 0]);
    expect(locate(run!, 9, false)).toEqual([putin, 0]);
    expect(locate(run!, 9, true)).toEqual([vladimir, 9]);
    expect(locate(run!, 11, false)).toEqual([putin, 2]);
    expect(locate(run!, 11, true)).toEqual([putin, 2]);
    expect(locate(run!, 14, true)).toEqual([putin, 5]);
    expect(locate(run!, 14, false)).toEqual([met, 0]);
    expect(locate(run!, 18, true)).toEqual([met, 4]);
  });

  it('maps every character of a run split at random across inline elements and empty text nodes to itself', () => {
    const tags = ['em', 'b', 'span', 'a', 'code', 'mark'];
    // Pieces of text, each wrapped in up to two inline elements; some are empty.
    const piece = fc.record({
      text: fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'B', ' ', 'ğ', '习', '😀') }),
      wrap: fc.array(fc.constantFrom(...tags), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const p = document.createElement('p');
        for (const { text, wrap } of pieces) {
          let parent: Element = p;
          for (const tag of wrap) parent = parent.appendChild(document.createElement(tag));
          parent.append(document.createTextNode(text));
        }
        document.body.replaceChildren(p);
        const runs = walk(document.body);
        const all = pieces.map((x) => x.text).join('');
        if (all === '') return;
        expect(runs).toHaveLength(1);
        const run = runs[0]!;
        expect(run.text).toBe(all);
        for (let i = 0; i < all.length; i++) {
          // A match starting at i begins in a node that holds character i at that offset…
          const [node, offset] = locate(run, i, false);
          expect(node.data[offset]).toBe(all[i]);
          // …and one ending after character i ends right after it, in the same node.
          const [endNode, endOffset] = locate(run, i + 1, true);
          expect(endOffset).toBeGreaterThan(0);
          expect(endNode.data[endOffset - 1]).toBe(all[i]);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('a walk in slices', () => {
  function bigPage(): void {
    const frag = document.createDocumentFragment();
    for (let i = 0; i < 300; i++) {
      const p = document.createElement('p');
      p.id = `p${i}`;
      const em = document.createElement('em');
      em.textContent = 'Putin';
      p.append(`${i}: Vladimir `, em, ' met ', document.createElement('wbr'), 'Xi Jinping.');
      frag.append(p);
    }
    document.body.replaceChildren(frag);
  }

  it('resumed slice after slice, reads the same runs as in one go', () => {
    bigPage();
    const whole = walk(document.body);
    const sliced: TextRun[] = [];
    const walker = new TextRunWalker(document.body, notOwn, (r) => sliced.push(r));
    let slices = 1;
    // A deadline already past: the walk stops at every check of the clock.
    while (walker.step(-Infinity)) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(sliced.map(described)).toEqual(whole.map(described));
    expect(sliced.map((r) => r.nodes)).toEqual(whole.map((r) => r.nodes));
    expect(walker.step(Infinity)).toBe(false);
  });

  it('viewport first: a walk from an element and one that stops there read every text node once', () => {
    bigPage();
    const start = document.getElementById('p150')!;
    const first = new Set<Text>();
    const rest = new Set<Text>();
    new TextRunWalker(document.body, notOwn, (r) => r.nodes.forEach((n) => first.add(n)), false, start).step(Infinity);
    new TextRunWalker(document.body, notOwn, (r) => r.nodes.forEach((n) => rest.add(n)), false, undefined, start).step(Infinity);
    const all = walk(document.body).flatMap((r) => r.nodes);
    expect(first.size + rest.size).toBe(all.length);
    for (const n of all) expect(first.has(n) !== rest.has(n)).toBe(true);
    expect(first.has(start.firstChild as Text)).toBe(true);
    expect(rest.has(document.getElementById('p149')!.lastChild as Text)).toBe(true);
  });
});
