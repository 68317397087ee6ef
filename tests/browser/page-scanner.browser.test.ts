/**
 * The page scanner in Chromium with the real Highlight API, where what is
 * rendered decides what is highlighted: hidden blocks, hidden inline
 * elements, closed <details>, and what the page reveals later.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { Highlighter, HIGHLIGHT_NAMES } from '../../src/content/highlighter';
import { PageScanner } from '../../src/content/page-scanner';
import { clearPage, loadPage } from '../fixtures/load-page';
import { afterChange, fullMatcher, textsInOrder } from '../fixtures/scanner';
import readingRules from '../pages/reading-rules.html?raw';

// Frames and observer callbacks come late on a busy machine: more than vi.waitFor's default second.
const SOON = { timeout: 5000, interval: 10 };
let scanner: PageScanner | null = null;
let highlighter: Highlighter | null = null;

afterEach(() => {
  scanner?.stop();
  highlighter?.clear();
  scanner = null;
  highlighter = null;
  clearPage();
  window.scrollTo(0, 0);
});

async function scan(): Promise<PageScanner> {
  highlighter = new Highlighter('underline');
  scanner = new PageScanner(document, fullMatcher, highlighter, () => false);
  await scanner.start();
  return scanner;
}

/** What the browser would paint: the ranges in the registry, as text, in document order. */
function painted(): string[] {
  return textsInOrder(CSS.highlights.get(HIGHLIGHT_NAMES.underline) ?? []);
}

const byId = (id: string) => document.getElementById(id)!;

describe('reading-rules.html', () => {
  // The page's own script, done by the test: the web component's shadow root now…
  function giveTheComponentItsShadowRoot(): void {
    const p = document.createElement('p');
    p.textContent = 'Inside a web component: Ebrahim Raisi.';
    byId('component').attachShadow({ mode: 'open' }).append(p);
  }
  // …and what it does two seconds after load, when the test says.
  function revealAndAdd(): void {
    (byId('more') as HTMLDetailsElement).open = true;
    byId('later-shown').style.display = 'inline';
    const p = document.createElement('p');
    p.id = 'late';
    p.textContent = 'Two seconds later: Pakistan joined the conversation.';
    document.body.insertBefore(p, byId('field').parentNode);
  }

  it('paints the names the reader sees, and none that are hidden, in fields, in the editor or in traps', async () => {
    await page.viewport(1000, 700);
    loadPage(readingRules);
    giveTheComponentItsShadowRoot();
    const s = await scan();
    expect(painted()).toEqual([
      'Vladimir Putin', 'Xi Jinping', 'Narendra Modi',
      'Putin', 'Xi', 'Russia',
      'Erdoğan', 'Erdogan', 'Türkiye', 'Путина', 'Си Цзиньпина', '习近平', '撒马尔罕',
      '普(pǔ)京',
      'PUTIN', 'XI JINPING', 'SAMARKAND',
      'Taiwan',
      'Ebrahim Raisi',
      'Iran',
    ]);
    // Kyrgyzstan and Uzbekistan (display: none) and Armenia (closed <details>)
    // are remembered as hidden, not forgotten: the page may show them.
    expect(s.sizes().hiddenOwners).toBe(2);
    expect(s.index.countsByEntity().get('kyrgyzstan')).toBeUndefined();
  });

  it('paints what the page reveals and adds later', async () => {
    loadPage(readingRules);
    giveTheComponentItsShadowRoot();
    const s = await scan();
    await afterChange(s, revealAndAdd, () => painted().includes('Armenia') && painted().includes('Pakistan'));
    const now = painted();
    expect(now).toContain('Uzbekistan');
    expect(now).not.toContain('Kyrgyzstan');
    expect(now).not.toContain('Kazakhstan');
    expect(now.indexOf('Pakistan')).toBeLessThan(now.indexOf('Ebrahim Raisi'));
    expect(now.slice(-2)).toEqual(['Uzbekistan', 'Armenia']);
  });
});

describe('the rendered check', () => {
  it('leaves out blocks hidden by a stylesheet, visibility: hidden and closed <details>, and paints them once shown', async () => {
    document.body.innerHTML = `
      <style>.collapsed { display: none } .ghost { visibility: hidden }</style>
      <p id="shown">Xi Jinping</p>
      <div id="tab" class="collapsed"><p>Narendra Modi</p></div>
      <p id="ghost" class="ghost">Vladimir Putin</p>
      <details id="more"><summary>Iran</summary>Ebrahim Raisi</details>`;
    const s = await scan();
    // A closed <details> shows its <summary>, not the rest.
    expect(painted()).toEqual(['Xi Jinping', 'Iran']);
    await afterChange(s, () => byId('tab').classList.remove('collapsed'), () => painted().length === 3);
    expect(painted()).toEqual(['Xi Jinping', 'Narendra Modi', 'Iran']);
    await afterChange(s, () => byId('ghost').classList.remove('ghost'), () => painted().length === 4);
    await afterChange(s, () => byId('more').setAttribute('open', ''), () => painted().length === 5);
    expect(painted()).toEqual(['Xi Jinping', 'Narendra Modi', 'Vladimir Putin', 'Iran', 'Ebrahim Raisi']);
  });

  it('leaves out a name in a hidden inline element while the rest of its block shows', async () => {
    document.body.innerHTML = '<p>Xi Jinping <span class="mobile-only" style="display: none">Narendra Modi</span> Vladimir Putin</p>';
    const s = await scan();
    // Found before the first frame, when the scan does not ask what is rendered,
    // the block is dropped then and read again with checks in the next flush.
    await vi.waitFor(() => expect(painted()).toEqual(['Xi Jinping', 'Vladimir Putin']), SOON);
    expect(s.sizes()).toMatchObject({ mentions: 2, hiddenOwners: 1 });
  });

  it('scanned from the middle of a long page (viewport first), finds every name once', async () => {
    await page.viewport(800, 600);
    const frag = document.createDocumentFragment();
    for (let i = 0; i < 200; i++) {
      const p = document.createElement('p');
      p.textContent = `Item ${i}: Xi Jinping met Narendra Modi.`;
      frag.append(p);
    }
    document.body.append(frag);
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    expect(window.scrollY).toBeGreaterThan(600);
    const s = await scan();
    expect(Object.fromEntries(s.index.countsByEntity())).toEqual({ 'xi-jinping': 200, 'narendra-modi': 200 });
    expect(highlighter!.registeredCount).toBe(400);
    expect(new Set(painted())).toEqual(new Set(['Xi Jinping', 'Narendra Modi']));
  });
});
