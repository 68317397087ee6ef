/**
 * Hostile pages (issue 7): a page that replaces built-ins and swallows input
 * events, one that restyles every element with !important, one that takes the
 * extension's tag name and polices the root of the document, one with a strict
 * Content-Security-Policy, and editors. On each the extension must still spot
 * the names, open the right card, leave the page working and put nothing into
 * its console.
 */
import { expect, it } from 'vitest';
import type { TestPage } from '../driver/types';
import { extensionConsoleEntries, uncaughtErrors } from '../support/console-check';
import { newPageWithCdp } from '../driver/chromium-cdp';
import { contentStats } from '../support/extension-probes';
import { closeCard, sleep, waitFor, waitForCard, waitForHighlights, type BrowserUnderTest, type Server } from '../support/harness';
import { highlightedTexts, openCard, pointOnHighlight, type CardInfo } from '../support/page-probes';

/** What every hostile page says outside its special elements, highlighted. */
const PAGE_NAMES = [
  'Chinese', 'President Xi Jinping', 'Russian', 'President Vladimir Putin', 'Samarkand',
  'Prime Minister Narendra Modi', 'India',
];

/** Hovers the highlight whose text is `text` and waits for the card of `entity`. */
async function hoverName(page: TestPage, text: string, entity: string): Promise<CardInfo> {
  const texts = await page.evaluate(highlightedTexts);
  const i = texts.indexOf(text);
  expect(i, `highlight "${text}" among ${JSON.stringify(texts)}`).toBeGreaterThanOrEqual(0);
  const point = await page.evaluate(pointOnHighlight, i);
  expect(point, `a visible point on "${text}"`).not.toBeNull();
  await page.mouseMove(1, 1);
  await page.mouseMove(point!.x, point!.y);
  return waitForCard(page, entity);
}

/** Nothing from the extension in the console, no uncaught error at all, no error met inside. */
async function expectQuietConsole(b: BrowserUnderTest, page: TestPage, url: string): Promise<void> {
  expect(await extensionConsoleEntries(page)).toEqual([]);
  expect(await uncaughtErrors(page)).toEqual([]);
  expect((await contentStats(b.session, url)).errors).toBe(0);
}

function pageOk(): string | undefined {
  return document.body.dataset.pageOk;
}

/**
 * The page of replaced built-ins breaks whatever runs in its main world, the
 * test's own probes included. This runs a probe with the page's originals put
 * back for the duration of one synchronous call (no other script, the
 * extension's included, can run meanwhile) and returns its result as JSON,
 * made while the originals are in place.
 */
function withOriginals<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => string {
  const body = `
    const again = window.hostileBuiltins.restore();
    try { return JSON.stringify((${fn.toString()})(...args)); } finally { again(); }`;
  return new Function('...args', body) as (...args: A) => string;
}

/**
 * A page whose evaluate() goes through withOriginals(). In Chromium it is
 * sent over the DevTools protocol: Playwright's own evaluate() runs a helper
 * in the page's main world that needs the very built-ins this page replaced.
 * Firefox's WebDriver BiDi serialises natively and needs only
 * Function.prototype.apply, which the page leaves alone.
 */
async function pageForReplacedBuiltins(b: BrowserUnderTest): Promise<TestPage> {
  let raw: TestPage;
  let evaluate: (source: string, args: unknown[]) => Promise<string | undefined>;
  if (b.name === 'chromium') {
    const { page, cdp } = await newPageWithCdp(b.session);
    raw = page;
    evaluate = async (source, args) => {
      const expression = `(() => { const __name = (f) => f; return (${source})(${args.map((a) => JSON.stringify(a)).join(', ')}); })()`;
      const { result, exceptionDetails } = await cdp.send<{ result: { value?: string }; exceptionDetails?: { exception?: { description?: string } } }>(
        'Runtime.evaluate',
        { expression, returnByValue: true },
      );
      if (exceptionDetails) throw new Error(`Evaluation failed: ${exceptionDetails.exception?.description ?? 'exception'}`);
      return result.value;
    };
  } else {
    raw = await b.session.newPage();
    evaluate = (source, args) => raw.evaluate(new Function('...args', `return (${source})(...args);`) as (...a: unknown[]) => string, ...args);
  }
  return {
    goto: (url) => raw.goto(url),
    consoleEntries: () => raw.consoleEntries(),
    evaluate: async <R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> => {
      const json = await evaluate(withOriginals(fn as (...args: A) => R).toString(), args);
      return (json === undefined ? undefined : JSON.parse(json)) as R;
    },
    mouseMove: (x, y) => raw.mouseMove(x, y),
    click: (x, y) => raw.click(x, y),
    tap: (x, y) => raw.tap(x, y),
    longPress: (x, y, ms) => raw.longPress(x, y, ms),
    press: (key) => raw.press(key),
    type: (text) => raw.type(text),
    setViewport: (w, h) => raw.setViewport(w, h),
    screenshot: (file) => raw.screenshot(file),
    close: () => raw.close(),
  };
}

export function hostilePageScenarios(withExtension: () => BrowserUnderTest, server: () => Server): void {
  const urlOf = (file: string) => `${server().url}/test-pages/${file}`;

  it('works on a page that replaces built-ins and swallows input events at the window and the document', async () => {
    const b = withExtension();
    const page = await pageForReplacedBuiltins(b);
    const url = urlOf('hostile-builtins.html');
    await page.goto(url);
    await waitForHighlights(page);
    expect(await page.evaluate(highlightedTexts)).toEqual(PAGE_NAMES);

    // The page registers its capture listeners on the window before any
    // document_idle content script: the extension's listeners, registered
    // at document_start, run first and still see the pointer and the keys.
    await hoverName(page, 'President Vladimir Putin', 'vladimir-putin');
    await closeCard(page);
    await hoverName(page, 'Prime Minister Narendra Modi', 'narendra-modi');
    await closeCard(page);

    // The page's own button still works, and its replacements still stand.
    const button = await page.evaluate(() => {
      const r = document.getElementById('page-button')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.click(button.x, button.y);
    const state = await page.evaluate(() => {
      const swallowed = (window as unknown as { hostileBuiltins: { swallowed: Record<string, number> } }).hostileBuiltins.swallowed;
      return {
        ok: document.body.dataset.pageOk,
        clicks: document.getElementById('clicks')!.textContent,
        registered: CSS.highlights.size,
        pointermoves: swallowed.pointermove ?? 0,
        keydowns: swallowed.keydown ?? 0,
      };
    });
    expect(state.ok).toBe('yes');
    expect(state.clicks).toBe('1');
    // The click also cleared the page's shared highlight registry: ours come back once the pointer moves.
    expect(state.registered).toBe(0);
    await page.mouseMove(5, 5);
    await page.mouseMove(9, 9);
    await waitFor(() => page.evaluate(highlightedTexts), (t) => t.length === PAGE_NAMES.length, { what: 'the highlights to come back' });
    // The page really did swallow what the extension relies on.
    expect(state.pointermoves).toBeGreaterThan(0);
    expect(state.keydowns).toBeGreaterThan(0);
    await expectQuietConsole(b, page, url);
    await page.close();
  });

  it('shows the same card, every element of it, on a page that restyles every element with !important', async () => {
    const b = withExtension();
    /** Runs in the page: computed styles of every element of the open card, and the card's box. */
    const cardLook = () => {
      const host = document.querySelector('summit-lens-ui');
      const card = host?.shadowRoot?.querySelector<HTMLElement>('[data-entity]');
      if (!card) return null;
      const props = [
        'display', 'position', 'font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'color',
        'background-color', 'letter-spacing', 'text-transform', 'border-top-width', 'padding-top', 'margin-top',
        'width', 'height', 'visibility', 'opacity',
      ];
      const looks: string[] = [];
      for (const el of [card, ...card.querySelectorAll('*')]) {
        const cs = getComputedStyle(el);
        looks.push(`${el.localName}.${el.getAttribute('class') ?? ''}: ${props.map((p) => cs.getPropertyValue(p)).join('|')}`);
      }
      const r = card.getBoundingClientRect();
      const hs = getComputedStyle(host!);
      return { looks, width: Math.round(r.width), height: Math.round(r.height), host: [hs.display, hs.position, hs.zIndex].join('|') };
    };
    const results = [];
    for (const file of ['plain-card.html', 'hostile-style.html']) {
      const page = await b.session.newPage();
      // The card shrinks to the room below the name, which the restyled page
      // moves: a tall window leaves the card its full height on both pages.
      await page.setViewport(1280, 1600);
      const url = urlOf(file);
      await page.goto(url);
      await waitForHighlights(page);
      if (file === 'hostile-style.html') {
        expect(await page.evaluate(highlightedTexts)).toEqual(['Chinese', 'President Xi Jinping', 'Russian', 'President Vladimir Putin', 'Samarkand', 'Ebrahim Raisi']);
      }
      await hoverName(page, 'President Vladimir Putin', 'vladimir-putin');
      await sleep(400); // past the opening transition
      results.push(await page.evaluate(cardLook));
      await closeCard(page);
      await expectQuietConsole(b, page, url);
      await page.close();
    }
    expect(results[0]).not.toBeNull();
    expect(results[1]).toEqual(results[0]);
  });

  it("shows cards on a page that took the extension's tag name and moves or removes unknown elements from its root", async () => {
    const b = withExtension();
    const page = await b.session.newPage();
    const url = urlOf('hostile-host.html');
    await page.goto(url);
    await waitForHighlights(page);
    expect(await page.evaluate(highlightedTexts)).toEqual([...PAGE_NAMES.slice(0, 5), 'Ebrahim Raisi', 'Iran', ...PAGE_NAMES.slice(5)]);
    await hoverName(page, 'President Vladimir Putin', 'vladimir-putin');
    // Still open a moment later: the page's police has had its turn.
    await sleep(300);
    expect((await page.evaluate(openCard))?.entity).toBe('vladimir-putin');
    await closeCard(page);
    // The page removes whatever it finds of the extension's meanwhile: the next card still shows.
    await page.evaluate(() => {
      for (const el of [...document.documentElement.children]) if (el !== document.head && el !== document.body) el.remove();
    });
    await hoverName(page, 'Ebrahim Raisi', 'ebrahim-raisi');
    await closeCard(page);
    await hoverName(page, 'Prime Minister Narendra Modi', 'narendra-modi');
    await closeCard(page);
    expect(await page.evaluate(pageOk)).toBe('yes');
    await expectQuietConsole(b, page, url);
    await page.close();
  });

  it('shows cards on a page whose root police moves the extension\'s host into a hidden container', async () => {
    const b = withExtension();
    const page = await b.session.newPage();
    const url = urlOf('hostile-host.html?free');
    await page.goto(url);
    await waitForHighlights(page);
    await hoverName(page, 'President Vladimir Putin', 'vladimir-putin');
    await sleep(300);
    expect((await page.evaluate(openCard))?.entity).toBe('vladimir-putin');
    // The police did act: it moved the first host away.
    expect(await page.evaluate(() => document.body.dataset.policed)).toBe('1');
    await closeCard(page);
    await hoverName(page, 'Ebrahim Raisi', 'ebrahim-raisi');
    await closeCard(page);
    expect(await page.evaluate(pageOk)).toBe('yes');
    await expectQuietConsole(b, page, url);
    await page.close();
  });

  it('gives up without a fight on a page that moves away every element added to its root', async () => {
    // What cannot work: a card needs one element of ours in the page, and this
    // page hides every element that appears in <html> at once. The extension
    // brings the host back a few times, then lets the page be: no endless
    // tug of war, no errors, and the page keeps working.
    const b = withExtension();
    const page = await b.session.newPage();
    const url = urlOf('hostile-host.html?relentless');
    await page.goto(url);
    await waitForHighlights(page);
    expect(await page.evaluate(highlightedTexts)).toEqual([...PAGE_NAMES.slice(0, 5), 'Ebrahim Raisi', 'Iran', ...PAGE_NAMES.slice(5)]);
    const point = await page.evaluate(pointOnHighlight, 3);
    await page.mouseMove(1, 1);
    await page.mouseMove(point!.x, point!.y);
    await sleep(1200);
    expect(await page.evaluate(openCard)).toBeNull();
    // One host shown, moved away, brought back three times, moved away each time.
    expect(await page.evaluate(() => document.body.dataset.policed)).toBe('4');
    expect(await page.evaluate(pageOk)).toBe('yes');
    await expectQuietConsole(b, page, url);
    await page.close();
  });

  it("shows cards when the page's own summit-lens-ui throws in its constructor", async () => {
    const b = withExtension();
    const page = await b.session.newPage();
    const url = urlOf('hostile-host.html?throwing');
    await page.goto(url);
    await waitForHighlights(page);
    await hoverName(page, 'President Vladimir Putin', 'vladimir-putin');
    await sleep(300);
    expect((await page.evaluate(openCard))?.entity).toBe('vladimir-putin');
    await closeCard(page);
    expect(await extensionConsoleEntries(page)).toEqual([]);
    expect((await contentStats(b.session, url)).errors).toBe(0);
    const errors = (await uncaughtErrors(page)).map((e) => `${e.text} @ ${e.source}`);
    if (b.name === 'firefox') {
      // Firefox lets a content script ask the page's registry first: the page's constructor never runs.
      expect(errors).toEqual([]);
    } else {
      // Chromium gives content scripts no custom element registry (null in
      // their world): the only way to learn that the page took the name is to
      // create the element, which runs the page's constructor once. The error
      // is the page's own, thrown by its code from its URL; the card still shows.
      expect(errors).toEqual([`Error: hostile page: summit-lens-ui belongs to this page @ ${url}`]);
    }
    await page.close();
  });

  it('works under a strict Content-Security-Policy and causes no violation', async () => {
    const b = withExtension();
    const page = await b.session.newPage();
    const url = urlOf('hostile-csp.html');
    await page.goto(url);
    await waitForHighlights(page);
    expect(await page.evaluate(highlightedTexts)).toEqual(PAGE_NAMES);
    const card = await hoverName(page, 'President Vladimir Putin', 'vladimir-putin');
    await sleep(400);
    // Styled, not bare: the card's own style sheet applied despite the policy.
    const look = await page.evaluate(() => {
      const host = [...document.documentElement.children].find((el) => el.shadowRoot?.querySelector('[data-entity]'))!;
      const cs = getComputedStyle(host.shadowRoot!.querySelector('[data-entity]')!);
      const hs = getComputedStyle(host);
      return { position: hs.position, zIndex: hs.zIndex, radius: cs.borderTopLeftRadius, font: cs.fontSize };
    });
    expect(look).toEqual({ position: 'fixed', zIndex: '2147483647', radius: expect.stringMatching(/^[1-9]/), font: '14px' });
    expect(card.rect.right - card.rect.left).toBeGreaterThan(200);
    await closeCard(page);
    expect(await page.evaluate(pageOk)).toBe('yes');
    expect(await page.evaluate(() => document.documentElement.dataset.violations ?? '')).toBe('');
    const cspMessages = (await page.consoleEntries()).filter((e) => /Content.Security.Policy/i.test(e.text));
    expect(cspMessages).toEqual([]);
    await expectQuietConsole(b, page, url);
    await page.close();
  });

  it('never disturbs typing in an editor, a textarea or an input, and highlights nothing inside them', async () => {
    const b = withExtension();
    const page = await b.session.newPage();
    const url = urlOf('hostile-editors.html');
    await page.goto(url);
    await waitForHighlights(page);
    const outside = [...PAGE_NAMES.slice(0, 5), 'Prime Minister Narendra Modi', 'India', 'Pakistan'];
    expect(await page.evaluate(highlightedTexts)).toEqual(outside);
    const before = await contentStats(b.session, url);

    const sentence = ' Vladimir Putin and Xi Jinping met in Samarkand; Narendra Modi agreed.';
    for (const id of ['editor', 'notes', 'title']) {
      // Focus the field with the caret at the end of its text, then type.
      await page.evaluate((fieldId: string) => {
        const el = document.getElementById(fieldId)!;
        el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
        el.focus();
        if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
          el.setSelectionRange(el.value.length, el.value.length);
        } else {
          const s = getSelection()!;
          s.selectAllChildren(el);
          s.collapseToEnd();
        }
      }, id);
      await page.type(sentence);
      if (id === 'editor') {
        // The editor's caret is still at the end of what was typed.
        const caret = await page.evaluate(() => {
          const editor = document.getElementById('editor')!;
          const s = getSelection()!;
          if (!s.isCollapsed || !s.anchorNode || !editor.contains(s.anchorNode)) return null;
          const before = document.createRange();
          before.setStart(editor, 0);
          before.setEnd(s.anchorNode, s.anchorOffset);
          return { at: before.toString().length, of: editor.textContent!.length };
        });
        expect(caret).not.toBeNull();
        expect(caret!.at).toBe(caret!.of);
      }
    }
    // Give the extension time to react to the edits, if it were to.
    await sleep(500);
    const fields = await page.evaluate(() => {
      const editor = document.getElementById('editor')!;
      const notes = document.getElementById('notes') as HTMLTextAreaElement;
      const title = document.getElementById('title') as HTMLInputElement;
      const s = getSelection()!;
      return {
        editor: editor.textContent,
        notes: notes.value,
        notesCaret: notes.selectionStart,
        title: title.value,
        titleCaret: [title.selectionStart, title.selectionEnd],
        focused: document.activeElement?.id,
        inputs: document.body.dataset.inputs,
        selectionInEditor: s.anchorNode !== null && editor.contains(s.anchorNode),
      };
    });
    // Editing turns a space typed at the end of a line into a no-break space until more follows.
    expect(fields.editor?.replace(/\u00a0/g, ' ')).toBe(`Draft: Narendra Modi spoke.${sentence}`);
    expect(fields.notes).toBe(`Ilham Aliyev${sentence}`);
    expect(fields.notesCaret).toBe(fields.notes.length);
    expect(fields.title).toBe(`Ebrahim Raisi${sentence}`);
    // Typing went on in the last field: the caret is where the typing left it.
    expect(fields.focused).toBe('title');
    expect(fields.titleCaret).toEqual([fields.title.length, fields.title.length]);
    expect(fields.inputs).toBe(String(3 * sentence.length));
    // Still nothing highlighted inside the fields, the names outside untouched.
    expect(await waitForHighlights(page)).toBe(outside.length);
    expect(await page.evaluate(highlightedTexts)).toEqual(outside);
    // The edits cost the extension next to nothing (no rescan of the editor's text).
    const after = await contentStats(b.session, url);
    expect(after.mentions).toBe(before.mentions);
    const work = (after as unknown as { mutationWorkMs: number }).mutationWorkMs - (before as unknown as { mutationWorkMs: number }).mutationWorkMs;
    expect(work).toBeLessThan(sentence.length * 0.5);

    // Switching a paragraph to editing ends its highlights; switching back restores them.
    await page.evaluate(() => document.getElementById('later')!.setAttribute('contenteditable', 'true'));
    await waitFor(() => page.evaluate(highlightedTexts), (t) => !t.includes('Pakistan'), { what: 'the highlight to leave the editable paragraph' });
    await page.evaluate(() => document.getElementById('later')!.removeAttribute('contenteditable'));
    await waitFor(() => page.evaluate(highlightedTexts), (t) => t.includes('Pakistan'), { what: 'the highlight to come back' });

    await hoverName(page, 'President Vladimir Putin', 'vladimir-putin');
    await closeCard(page);
    expect(await page.evaluate(pageOk)).toBe('yes');
    await expectQuietConsole(b, page, url);
    await page.close();
  });
}
