/**
 * Documents that are not an ordinary left-to-right HTML article: right-to-left
 * and vertical text, SVG, frames of every origin, plain text, XML, XHTML and
 * the browser's PDF viewer. In each: nothing from the extension in the
 * console, no uncaught error, no error counted by the content script, and
 * names highlighted (with a card beside them) wherever a reader sees them as
 * text. The pages are tests/pages/odd-*.
 */
import { expect, it } from 'vitest';
import type { TestPage } from '../driver/types';
import { extensionConsoleEntries, uncaughtErrors } from '../support/console-check';
import { contentStats } from '../support/extension-probes';
import { pointerIntoFrame } from '../support/frame-pointer';
import { sleep, waitFor, waitForCard, waitForHighlights, type BrowserUnderTest, type Server } from '../support/harness';
import { highlightCount, highlightedTexts, openCard, type CardInfo } from '../support/page-probes';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Scrolls the first highlight reading `text` into view and returns its first
 * line box (viewport coordinates), or null. Runs in the page.
 */
function highlightBox(text: string): Box | null {
  const reg = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  for (const r of reg.get('summit-lens-underline') ?? []) {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    if (live.toString() !== text) continue;
    live.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' as ScrollBehavior });
    const b = [...live.getClientRects()].find((x) => x.width > 0 && x.height > 0);
    return b ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom } : null;
  }
  return null;
}

const centre = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });

/**
 * A card placed sensibly for a name: wholly inside the viewport, not over
 * the name, and beside it (the gap between the two boxes is small).
 */
function expectBeside(card: Box, name: Box, viewport: { width: number; height: number }, what: string): void {
  const detail = `${what}: card ${JSON.stringify(card)}, name ${JSON.stringify(name)}, viewport ${JSON.stringify(viewport)}`;
  expect(card.left >= 0 && card.top >= 0 && card.right <= viewport.width && card.bottom <= viewport.height, `on screen; ${detail}`).toBe(true);
  const overlapX = Math.min(card.right, name.right) - Math.max(card.left, name.left);
  const overlapY = Math.min(card.bottom, name.bottom) - Math.max(card.top, name.top);
  expect(overlapX > 1 && overlapY > 1, `not over the name; ${detail}`).toBe(false);
  const gapX = Math.max(0, card.left - name.right, name.left - card.right);
  const gapY = Math.max(0, card.top - name.bottom, name.top - card.bottom);
  expect(Math.max(gapX, gapY), `beside the name; ${detail}`).toBeLessThanOrEqual(24);
}

/** Hovers the highlight reading `text` and returns the card that opens, with the name's box. */
async function hoverName(page: TestPage, text: string, entity: string): Promise<{ card: CardInfo; name: Box }> {
  const name = await page.evaluate(highlightBox, text);
  expect(name, `a visible highlight "${text}"`).not.toBeNull();
  const at = centre(name!);
  await page.mouseMove(1, 1);
  await page.mouseMove(at.x, at.y);
  return { card: await waitForCard(page, entity), name: name! };
}

/** What a frame of odd-frames.html shows: highlights and card, in the frame's own coordinates. */
interface FrameState {
  origin: string;
  highlights: { text: string; box: Box }[];
  card: { entity: string | null; box: Box } | null;
  viewport: { width: number; height: number };
  /** Pointer moves the framed page saw (odd-frame-child.html only): tells "no card" from "no input". */
  pointerMoves?: number;
}

/** Reads a same-origin frame (the about:blank one, which has no script to answer) directly. Runs in the page. */
function readFrame(id: string): FrameState {
  const win = (document.getElementById(id) as HTMLIFrameElement).contentWindow as Window & typeof globalThis;
  const doc = win.document;
  const reg = (win.CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const box = (r: { getBoundingClientRect(): DOMRect }): Box => {
    const b = r.getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  };
  const highlights = [...(reg.get('summit-lens-underline') ?? [])].map((r) => {
    const live = doc.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return { text: live.toString(), box: box(live) };
  });
  const card = doc.querySelector('summit-lens-ui')?.shadowRoot?.querySelector('[data-entity]') ?? null;
  return {
    // window.origin: an about:blank document has its creator's origin, though location.origin says "null".
    origin: win.origin,
    highlights,
    card: card && card.getBoundingClientRect().width > 0 ? { entity: card.getAttribute('data-entity'), box: box(card) } : null,
    viewport: { width: win.innerWidth, height: win.innerHeight },
  };
}

export function oddDocumentScenarios(withExtension: () => BrowserUnderTest, server: () => Server): void {
  const session = () => withExtension().session;

  async function open(file: string): Promise<{ page: TestPage; url: string }> {
    const page = await session().newPage();
    const url = `${server().url}/test-pages/${file}`;
    await page.goto(url);
    return { page, url };
  }

  /** Nothing from the extension in the console (any frame), no uncaught error, and no error counted by the top frame's content script. */
  async function expectHealthy(page: TestPage, url: string | null): Promise<void> {
    expect(await extensionConsoleEntries(page)).toEqual([]);
    expect(await uncaughtErrors(page)).toEqual([]);
    if (url !== null) expect((await contentStats(session(), url)).errors).toBe(0);
  }

  it('right-to-left text: Latin names in Arabic and Hebrew paragraphs are found and their cards open beside them', async () => {
    const { page, url } = await open('odd-rtl.html');
    await waitForHighlights(page);
    // The Arabic-script spellings on the page are not found: the dataset has
    // no Arabic, Persian or Hebrew aliases (en, fr, de, es, ru and zh only).
    expect(await page.evaluate(highlightedTexts)).toEqual(['Xi Jinping', 'Vladimir Putin', 'Ebrahim Raisi', 'Narendra Modi']);
    for (const [text, entity] of [['Vladimir Putin', 'vladimir-putin'], ['Ebrahim Raisi', 'ebrahim-raisi']] as const) {
      const { card, name } = await hoverName(page, text, entity);
      expectBeside(card.rect, name, card.viewport, text);
    }
    await expectHealthy(page, url);
    await page.close();
  });

  it('vertical text: Chinese names and sideways Latin names are found and their cards open beside them', async () => {
    const { page, url } = await open('odd-vertical.html');
    await waitForHighlights(page);
    expect(await page.evaluate(highlightedTexts)).toEqual(['习近平', '撒马尔罕', '俄罗斯', '普京', 'Vladimir Putin', 'Narendra Modi']);
    for (const [text, entity] of [['习近平', 'xi-jinping'], ['Vladimir Putin', 'vladimir-putin']] as const) {
      const { card, name } = await hoverName(page, text, entity);
      // A vertical name is a tall, narrow box.
      expect(name.bottom - name.top, `${text} runs downwards`).toBeGreaterThan(name.right - name.left);
      expectBeside(card.rect, name, card.viewport, text);
      // Beside the column, as below the line in horizontal text: not over the
      // text that follows the name in its own line (the rest of the column).
      const clear = card.rect.right <= name.left || card.rect.left >= name.right;
      expect(clear, `${text}: card ${JSON.stringify(card.rect)} is beside the column ${JSON.stringify(name)}`).toBe(true);
    }
    await expectHealthy(page, url);
    await page.close();
  });

  // By design, SVG is not read (SKIP in text-runs.ts): text in a drawing is a
  // label placed by coordinates, not a line of prose; highlight painting and
  // caret hit-testing in SVG text differ between browsers; and the whole
  // <svg> subtree is skipped, including HTML inside a <foreignObject>, so the
  // rule is one simple one. What must hold: the rest of the page is read, the
  // drawing is untouched, and hovering a name in it consistently opens nothing.
  it('inline SVG: text in <text>, <tspan> and <foreignObject> is consistently skipped, the drawing untouched', async () => {
    const { page, url } = await open('odd-svg.html');
    const drawing = () => {
      const svg = document.getElementById('chart')!;
      const label = (document.getElementById('label') as unknown as SVGTextElement).getBBox();
      return { markup: svg.outerHTML, labelWidth: Math.round(label.width) };
    };
    const before = await page.evaluate(drawing);
    await waitForHighlights(page);
    expect(await page.evaluate(highlightedTexts)).toEqual(['Narendra Modi']);
    // The HTML name works, so a card could open...
    await hoverName(page, 'Narendra Modi', 'narendra-modi');
    await page.press('Escape');
    // ...but resting on a name in the drawing opens none.
    const label = await page.evaluate(() => {
      const b = document.getElementById('label')!.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouseMove(label.x, label.y);
    await sleep(900);
    expect(await page.evaluate(openCard)).toBeNull();
    expect(await page.evaluate(drawing)).toEqual(before);
    expect(before.labelWidth).toBeGreaterThan(0);
    await expectHealthy(page, url);
    await page.close();
  });

  it('an SVG document is not read either: no highlights, nothing added, no errors', async () => {
    const { page } = await open('odd-image.svg');
    // -1: no highlight registered at all (the content script stops at once).
    expect(await waitForHighlights(page, { allowNone: true, quietMs: 1000 })).toBe(-1);
    expect(await page.evaluate(() => document.querySelectorAll('summit-lens-ui').length)).toBe(0);
    await expectHealthy(page, null);
    await page.close();
  });

  it('a page without names: the reader is not loaded until a name arrives, and then reads it', async () => {
    const { page, url } = await open('no-names.html');
    // -1: no highlight registry at all, the reader has not started.
    expect(await waitForHighlights(page, { allowNone: true, quietMs: 600 })).toBe(-1);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.append('The owners once baked for ', Object.assign(document.createElement('b'), { textContent: 'Narendra' }), ' Modi.');
      document.querySelector('article')!.append(p);
    });
    await waitForHighlights(page);
    expect(await page.evaluate(highlightedTexts)).toEqual(['Narendra Modi']);
    const stats = await contentStats(session(), url);
    expect(stats).toMatchObject({ woken: false, mentions: 1 });
    expect(stats.gateSlices).toBeGreaterThan(0);
    await expectHealthy(page, url);
    await page.close();
  });

  it('a page without names answers when asked: the question starts the reader', async () => {
    const { page, url } = await open('no-names.html?asked');
    await waitForHighlights(page, { allowNone: true, quietMs: 600 });
    expect(await contentStats(session(), url)).toMatchObject({ woken: true, mentions: 0, errors: 0 });
    await page.close();
  });

  // The srcdoc frame is covered by the reading rules (reading-rules.html).
  it('frames: about:blank written by the parent, same-origin and cross-origin frames each highlight and open cards inside', async () => {
    const { page, url } = await open('odd-frames.html');
    await waitForHighlights(page);
    expect(await page.evaluate(highlightedTexts)).toEqual(['Narendra Modi']);

    const frames = [
      { id: 'blank', texts: ['Vladimir Putin', 'Xi Jinping'], hover: ['Xi Jinping', 'xi-jinping'] },
      { id: 'same', texts: ['Ilham Aliyev', 'Ebrahim Raisi'], hover: ['Ebrahim Raisi', 'ebrahim-raisi'] },
      { id: 'cross', texts: ['Ilham Aliyev', 'Ebrahim Raisi'], hover: ['Ilham Aliyev', 'ilham-aliyev'] },
    ] as const;
    const topOrigin = new URL(url).origin;
    const child = `${server().url}/test-pages/odd-frame-child.html`;
    const frameUrls = { blank: 'about:blank', same: child, cross: child.replace('//127.0.0.1:', '//localhost:') };
    for (const { id, texts, hover } of frames) {
      const probe = (): Promise<FrameState> =>
        id === 'blank'
          ? page.evaluate(readFrame, id)
          : page.evaluate((frameId: string) => (window as unknown as { probeFrame(i: string): Promise<FrameState> }).probeFrame(frameId), id);
      const state = await waitFor(probe, (s) => s.highlights.length === texts.length, { what: `highlights in the ${id} frame` });
      expect(state.highlights.map((h) => h.text), id).toEqual(texts);
      // localhost and 127.0.0.1 on the same port: really another origin.
      if (id === 'cross') expect(state.origin).not.toBe(topOrigin);
      else expect(state.origin).toBe(topOrigin);

      // Hover the name through the parent: the frame's own content script opens the card inside the frame.
      const frameAt = await page.evaluate(async (frameId: string) => {
        const frame = document.getElementById(frameId)!;
        frame.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        // Let the scroll reach the compositor, which routes input to out-of-process frames.
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const r = frame.getBoundingClientRect();
        return { x: r.left + frame.clientLeft, y: r.top + frame.clientTop };
      }, id);
      const name = state.highlights.find((h) => h.text === hover[0])!.box;
      const at = centre(name);
      const cardOpened = (s: FrameState) => s.card?.entity === hover[1];
      let withCard = state;
      for (let attempt = 1; !cardOpened(withCard); attempt++) {
        await pointerIntoFrame(session(), page, frameUrls[id], frameAt, at.x, at.y);
        withCard = await waitFor(probe, cardOpened, { timeout: 4000 }).catch(() => probe());
        // Move again only when the pointer never reached the framed page (input
        // routing still settling after the scroll); a frame that saw the pointer
        // and opened no card is a failure.
        if (!cardOpened(withCard) && (withCard.pointerMoves !== 0 || attempt === 3)) {
          throw new Error(`No card inside the ${id} frame: ${JSON.stringify(withCard)}`);
        }
      }
      expectBeside(withCard.card!.box, name, withCard.viewport, `${id} frame`);
      // Only the frame shows it: the top document has no card.
      expect(await page.evaluate(openCard)).toBeNull();
    }
    // consoleEntries covers every frame; contentStats asks the top frame.
    await expectHealthy(page, url);
    await page.close();
  });

  it('a plain-text document: names in the browser-made <pre> are found and open cards', async () => {
    const { page, url } = await open('odd-plain.txt');
    await waitForHighlights(page);
    expect(await page.evaluate(highlightedTexts)).toEqual([
      'Chinese', 'President Xi Jinping', 'Russian', 'President Vladimir Putin', 'Samarkand', 'Indian', 'Prime Minister Narendra Modi',
    ]);
    const { card, name } = await hoverName(page, 'President Vladimir Putin', 'vladimir-putin');
    expectBeside(card.rect, name, card.viewport, 'plain text');
    await expectHealthy(page, url);
    await page.close();
  });

  it('an XML document in the browser\'s tree viewer: nothing highlighted, nothing added, no errors', async () => {
    const { page } = await open('odd-tree.xml');
    expect(await waitForHighlights(page, { allowNone: true, quietMs: 1000 })).toBe(-1);
    expect(await page.evaluate(() => document.querySelectorAll('summit-lens-ui').length)).toBe(0);
    await expectHealthy(page, null);
    await page.close();
  });

  it('an XHTML document (application/xhtml+xml) is read like HTML, and its card opens', async () => {
    const { page, url } = await open('odd-page.xhtml');
    expect(await page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
    await waitForHighlights(page);
    expect(await page.evaluate(highlightedTexts)).toEqual(['Chinese', 'President Xi Jinping', 'Russian', 'President Vladimir Putin', 'Samarkand', 'Narendra Modi']);
    const { card, name } = await hoverName(page, 'Narendra Modi', 'narendra-modi');
    expectBeside(card.rect, name, card.viewport, 'XHTML');
    // The host element is an HTML element even in an XML document.
    expect(await page.evaluate(() => document.querySelector('summit-lens-ui')?.namespaceURI)).toBe('http://www.w3.org/1999/xhtml');
    await expectHealthy(page, url);
    await page.close();
  });

  // Firefox shows a PDF in pdf.js, a privileged page where content scripts do
  // not run at all. Chromium runs the content script in the document that
  // embeds its viewer, which holds no text (the PDF's text lives inside the
  // viewer, out of reach). Either way: no names, no errors, and the same tab
  // works normally afterwards.
  it('the browser\'s PDF viewer: no errors, and the next page in the tab works', async () => {
    const { page, url } = await open('odd-summit.pdf');
    await sleep(1000);
    expect(await page.evaluate(highlightCount)).toBeLessThanOrEqual(0);
    expect(await extensionConsoleEntries(page)).toEqual([]);
    const stats = await contentStats(session(), url).then(
      (s) => s,
      (error: Error) => error,
    );
    if (session().name === 'firefox') expect(String(stats)).toMatch(/Receiving end does not exist/);
    else expect(stats).toMatchObject({ errors: 0, mentions: 0 });

    const next = `${server().url}/test-pages/plain-card.html`;
    await page.goto(next);
    await waitForHighlights(page);
    const putin = (await page.evaluate(highlightedTexts)).find((t) => t.endsWith('Vladimir Putin'));
    expect(putin).toBeDefined();
    await hoverName(page, putin!, 'vladimir-putin');
    await expectHealthy(page, next);
    await page.close();
  });
}
