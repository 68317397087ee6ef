// Builds a random page from ?seed=N and records, in window.__fuzz, what
// Summit Lens should find on it (checked by tests/e2e/scenarios/fuzz.ts).
//
// The page is built synchronously while it loads: the ground truth and the
// serialised DOM are recorded before the content script runs (document_idle,
// after DOMContentLoaded).
//
// Shape of a page: nested blocks (div, p, li, td, a shadow root...) holding
// sentences of lower-case filler with, here and there, a leader's or a
// country's name, a capitalised word or a trap ("Xi'an", "Indian Ocean").
// Sentences are cut into pieces at random points (inside names too) and the
// pieces wrapped in random inline elements, which the extension must join
// again. Some names sit where the extension must not read: form fields,
// scripts, editors, hidden or undisplayed blocks.
/* global window, document, Node, location, URLSearchParams -- a browser page, not Node */
'use strict';

(() => {
  const seed = Number(new URLSearchParams(location.search).get('seed') ?? '1') >>> 0;

  // mulberry32: a tiny seeded generator, plenty for picking page shapes.
  let state = seed;
  function random() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const chance = (p) => random() < p;
  const pick = (list) => list[Math.floor(random() * list.length)];

  // Aliases from src/data/entities.ts that match whole in running text when
  // a lower-case word follows them. The test checks each against the dataset.
  const NAMES = {
    'xi-jinping': ['Xi Jinping', 'Xi', 'President Xi', 'Mr. Xi', '习近平'],
    'vladimir-putin': ['Vladimir Putin', 'Putin', 'Mr Putin', 'Путин', 'Vladimir Poutine'],
    'narendra-modi': ['Narendra Modi', 'Prime Minister Modi', 'Modi'],
    'recep-tayyip-erdogan': ['Recep Tayyip Erdoğan', 'Erdogan'],
    'ilham-aliyev': ['Ilham Aliyev', 'Aliyev'],
    'ebrahim-raisi': ['Ebrahim Raisi'],
    china: ['China', 'Chinese', "People's Republic of China"],
    russia: ['Russia', 'Russian'],
    india: ['India'],
    pakistan: ['Pakistan'],
    uzbekistan: ['Uzbekistan'],
    kazakhstan: ['Kazakhstan'],
    kyrgyzstan: ['Kyrgyzstan'],
    tajikistan: ['Tajikistan'],
    // "Turkey" counts only on a page that names something else too (needsContext).
    turkey: ['Turkey', 'Türkiye'],
    azerbaijan: ['Azerbaijan'],
    armenia: ['Armenia'],
    iran: ['Iran'],
    ukraine: ['Ukraine'],
    'united-states': ['United States', 'USA'],
    taiwan: ['Taiwan'],
    sco: ['SCO', 'Shanghai Cooperation Organization'],
    'new-silk-roads': ['New Silk Roads'],
    samarkand: ['Samarkand', 'Самарканд'],
    'central-asia': ['Central Asia'],
    caucasus: ['Caucasus'],
  };
  const ENTITIES = Object.keys(NAMES);
  const NEEDS_CONTEXT = 'Turkey';

  // Lower case never starts a name, so filler cannot form one by accident.
  const FILLER = (
    'the a of and to in on with for after before over under summit leaders met talks trade energy border ' +
    'security ministers said agreement grain exports pipeline sanctions war peace delegation visit meeting ' +
    'press statement regional new late early quiet long friday thursday morning evening across several'
  ).split(' ');
  // Capitalised words that begin no alias and continue none.
  const CAPITALISED = ['The', 'However', 'Monday', 'Officials', 'Reuters', 'Paris', 'Analysts', 'Meanwhile', 'Europe', 'Berlin', 'Geneva', 'Later'];
  // Visible text that contains a name's letters but is no name: nothing of it may be highlighted.
  const TRAPS = ["Xi'an", 'Xi’an', 'Indian Ocean', 'South China Sea', 'Latin America', 'West Indian', 'Xiamen', 'Indiana', 'Russiagate', 'Modified', 'turkey', 'china', 'iran'];
  // What may follow a word: never a letter, never a hyphen (a locale code such as "en-US" is no acronym).
  const SEPARATORS = [' ', ' ', ' ', ' ', ', ', '; ', '. ', ' – ', ' (', ') ', '\n', '\u00a0', "'s ", '’s ', ' “', '” ', ': ', '  '];
  // Any run of whitespace joins the words of a name.
  const INNER_SPACES = [' ', ' ', ' ', '\u00a0', '\n', '  ', '\t'];

  // Text flows through these: the extension joins text across them (src/content/text-runs.ts INLINE).
  const INLINE_TAGS = ['b', 'i', 'em', 'strong', 'span', 'span', 'a', 'code', 'small', 'mark', 'u', 's', 'sub', 'sup', 'abbr', 'cite', 'label', 'time', 'font', 'kbd', 'var', 'bdi', 'fuzz-chip'];
  const BLOCK_TAGS = ['div', 'div', 'p', 'p', 'section', 'article', 'blockquote', 'h2', 'h3', 'aside', 'header', 'footer', 'pre', 'list', 'table', 'figure', 'dl'];

  /** Visible names: where each one starts and ends, and its entity. */
  const expected = [];
  /** Names the extension must not report: in skipped or hidden places. */
  const unreadable = [];

  /** True while generating inside something the extension must not read. */
  let insideSkipped = false;

  // Some pages show no name but "Turkey" (names may still hide in unread
  // places, which must not count as context): then nothing is highlighted.
  const onlyTurkey = chance(0.2);
  // Some pages hold few names, some many.
  const nameOdds = pick([0.03, 0.1, 0.15, 0.2]);

  function randomName() {
    const entity = onlyTurkey && !insideSkipped ? 'turkey' : pick(ENTITIES);
    const alias = onlyTurkey && !insideSkipped ? NEEDS_CONTEXT : pick(NAMES[entity]);
    // Aliases match as written or in ALL CAPS (a headline).
    const cased = chance(0.1) ? alias.toUpperCase() : alias;
    return { entity, alias, text: cased.replace(/ /g, () => pick(INNER_SPACES)) };
  }

  /**
   * A sentence as a list of pieces of text. A piece of a name or a trap must
   * stay joined to its neighbours (`solidAfter`): nothing that ends a run may
   * be placed after it.
   */
  function sentencePieces(nameOdds) {
    const pieces = [];
    const words = int(2, 14);
    let previousWasPlain = true;
    // Ends on a filler word, so the next sentence may begin with a name.
    for (let w = 0; w < words || !previousWasPlain; w++) {
      const roll = random();
      let token;
      let name = null;
      let solid = false;
      // A name, trap or capitalised word is always followed by a filler word:
      // two of them side by side could form a longer alias.
      if (!previousWasPlain || roll >= nameOdds + 0.2) {
        token = pick(FILLER);
      } else if (roll < nameOdds) {
        name = randomName();
        token = name.text;
        solid = true;
      } else if (roll < nameOdds + 0.1) {
        token = pick(TRAPS);
        solid = true;
      } else {
        token = pick(CAPITALISED);
      }
      previousWasPlain = !solid && !CAPITALISED.includes(token);
      const cuts = cutPoints(token, name ? 0.5 : solid ? 0.3 : 0.15);
      const start = pieces.length;
      let from = 0;
      for (const at of [...cuts, token.length]) {
        pieces.push({ text: token.slice(from, at), solidAfter: solid });
        from = at;
      }
      pieces[pieces.length - 1].solidAfter = false;
      if (name) pieces[start].nameStart = name;
      if (name) pieces[pieces.length - 1].nameEnd = name;
      pieces.push({ text: pick(SEPARATORS), solidAfter: false });
    }
    return pieces;
  }

  /** Sorted positions inside `text` where it is cut into separate text nodes. */
  function cutPoints(text, odds) {
    const cuts = new Set();
    while (text.length > 1 && chance(odds) && cuts.size < 3) cuts.add(int(1, text.length - 1));
    return [...cuts].sort((a, b) => a - b);
  }

  function inlineElement() {
    const el = document.createElement(pick(INLINE_TAGS));
    if (el.localName === 'a') el.href = '#';
    // Visible to the eye, so still read: aria-hidden and contenteditable="false" hide nothing.
    if (chance(0.08)) el.setAttribute('aria-hidden', 'true');
    if (chance(0.05)) el.setAttribute('contenteditable', 'false');
    if (chance(0.1)) el.className = 'c' + int(1, 9);
    return el;
  }

  /** Appends pieces [from, to) to `parent`, wrapping random stretches in inline elements. */
  function emitInline(parent, pieces, from, to, depth) {
    let i = from;
    while (i < to) {
      if (depth < 4 && chance(0.3)) {
        const end = int(i + 1, to);
        const el = inlineElement();
        parent.append(el);
        emitInline(el, pieces, i, end, depth + 1);
        i = end;
      } else {
        const piece = pieces[i];
        piece.node = document.createTextNode(piece.text);
        parent.append(piece.node);
        i++;
      }
      if (i >= to) break;
      // Between pieces: things the extension reads past (comments, empty
      // inline elements, a word-break opportunity) anywhere; things that end
      // a run only between words.
      const roll = random();
      if (roll < 0.05) parent.append(document.createComment(' note '));
      else if (roll < 0.08) parent.append(document.createElement(pick(INLINE_TAGS)));
      else if (roll < 0.1) parent.append(document.createElement('wbr'));
      else if (!pieces[i - 1].solidAfter) {
        if (roll < 0.14) parent.append(skippedInline());
        else if (roll < 0.16) parent.append(document.createElement(pick(['br', 'img'])));
      }
    }
  }

  /** A sentence in `parent` (a block): its names are recorded as expected or unreadable. */
  function sentence(parent) {
    const pieces = sentencePieces(nameOdds);
    emitInline(parent, pieces, 0, pieces.length, 0);
    let open = null;
    for (const piece of pieces) {
      if (piece.nameStart) open = { node: piece.node, offset: 0 };
      if (piece.nameEnd) {
        const name = piece.nameEnd;
        const record = { entity: name.entity, alias: name.alias, text: name.text, start: open, end: { node: piece.node, offset: piece.text.length } };
        (insideSkipped ? unreadable : expected).push(record);
      }
    }
  }

  /** Plain text with one name, for elements whose content is text only. */
  function textWithName() {
    const name = randomName();
    unreadable.push(name);
    return `${pick(FILLER)} ${name.text} ${pick(FILLER)}`;
  }

  /** Marks an element whose content the extension must never read. */
  function markSkipped(el) {
    el.setAttribute('data-fuzz-skip', '');
    return el;
  }

  /** An inline element the extension must not read (src/content/text-runs.ts SKIP, hidden, editable). */
  function skippedInline() {
    const kind = pick(['hidden', 'editable', 'textarea', 'button', 'select', 'script', 'style', 'input', 'svg', 'canvas', 'template', 'noscript']);
    let el;
    switch (kind) {
      case 'hidden':
      case 'editable': {
        el = document.createElement(pick(['span', 'b', 'em']));
        if (kind === 'hidden') el.hidden = true;
        else el.setAttribute('contenteditable', pick(['true', '', 'plaintext-only']));
        const was = insideSkipped;
        insideSkipped = true;
        sentence(el);
        insideSkipped = was;
        break;
      }
      case 'textarea':
      case 'button':
      case 'canvas':
      case 'template':
      case 'noscript':
        el = document.createElement(kind);
        el.textContent = textWithName();
        break;
      case 'select': {
        el = document.createElement('select');
        const option = document.createElement('option');
        option.textContent = textWithName();
        el.append(option);
        break;
      }
      case 'script':
        el = document.createElement('script');
        el.type = 'text/plain';
        el.textContent = textWithName();
        break;
      case 'style':
        el = document.createElement('style');
        el.textContent = `/* ${textWithName()} */`;
        break;
      case 'input':
        el = document.createElement('input');
        el.value = textWithName();
        break;
      case 'svg': {
        el = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        el.setAttribute('width', '120');
        el.setAttribute('height', '20');
        const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        text.setAttribute('y', '15');
        text.textContent = textWithName();
        el.append(text);
        break;
      }
    }
    return markSkipped(el);
  }

  /** A block of a random kind, filled with sentences and nested blocks. */
  function block(depth) {
    const tag = pick(BLOCK_TAGS);
    if (tag === 'list') {
      const list = document.createElement(pick(['ul', 'ol']));
      for (let n = int(1, 4); n > 0; n--) list.append(filled(document.createElement('li'), depth + 1));
      return list;
    }
    if (tag === 'table') {
      const table = document.createElement('table');
      const body = document.createElement('tbody');
      for (let r = int(1, 3); r > 0; r--) {
        const row = document.createElement('tr');
        for (let c = int(1, 3); c > 0; c--) row.append(filled(document.createElement(pick(['td', 'th'])), depth + 1));
        body.append(row);
      }
      table.append(body);
      return table;
    }
    if (tag === 'figure') {
      const figure = document.createElement('figure');
      figure.append(filled(document.createElement('figcaption'), depth + 1));
      return figure;
    }
    if (tag === 'dl') {
      const dl = document.createElement('dl');
      dl.append(filled(document.createElement('dt'), depth + 1), filled(document.createElement('dd'), depth + 1));
      return dl;
    }
    return filled(document.createElement(tag), depth);
  }

  /**
   * A block whose text is visible though it looks special, or one the
   * extension must not read at all (and whose names it must not report).
   */
  function specialBlock(depth) {
    const kind = pick(['aria-hidden', 'not-editable', 'open-details', 'shadow', 'hidden', 'editable', 'display-none', 'visibility-hidden', 'closed-details']);
    if (kind === 'aria-hidden' || kind === 'not-editable') {
      const div = document.createElement('div');
      div.setAttribute(kind === 'aria-hidden' ? 'aria-hidden' : 'contenteditable', kind === 'aria-hidden' ? 'true' : 'false');
      return filled(div, depth);
    }
    if (kind === 'open-details' || kind === 'closed-details') {
      const details = document.createElement('details');
      details.open = kind === 'open-details';
      // The summary shows even when the details are closed.
      details.append(filled(document.createElement('summary'), depth + 1));
      const was = insideSkipped;
      if (kind === 'closed-details') insideSkipped = true;
      // Text right inside <details>, outside any block of its own, shows only when open.
      if (chance(0.5)) sentence(details);
      if (kind === 'closed-details') {
        markSkipped(details.appendChild(document.createElement('div')));
        filled(details.lastChild, depth + 1);
      } else {
        details.append(block(depth + 1));
      }
      insideSkipped = was;
      return details;
    }
    if (kind === 'shadow') {
      // An open shadow root, walked by the extension on its own. Light
      // children only with a <slot> to show them: text right under a host
      // without one is not rendered, yet the extension still highlights it
      // (a known gap, left out of these pages).
      const host = document.createElement('div');
      host.setAttribute('data-fuzz-shadow-host', '');
      const root = host.attachShadow({ mode: 'open' });
      for (let n = int(1, 3); n > 0; n--) root.append(block(depth + 1));
      if (chance(0.5)) {
        root.insertBefore(document.createElement('slot'), pick([...root.childNodes, null]));
        sentence(host);
      }
      return host;
    }
    const div = markSkipped(document.createElement('div'));
    if (kind === 'hidden') div.setAttribute('hidden', pick(['', 'until-found']));
    if (kind === 'editable') div.setAttribute('contenteditable', pick(['true', '', 'plaintext-only']));
    if (kind === 'display-none') div.style.display = 'none';
    if (kind === 'visibility-hidden') div.style.visibility = 'hidden';
    const was = insideSkipped;
    insideSkipped = true;
    filled(div, depth);
    insideSkipped = was;
    return div;
  }

  /** Fills `el` with a mix of sentences, nested blocks and special blocks. */
  function filled(el, depth) {
    const children = depth >= 4 ? 1 : int(1, 4);
    for (let n = 0; n < children; n++) {
      const roll = random();
      if (depth >= 4 || roll < 0.5) sentence(el);
      else if (roll < 0.8) el.append(block(depth + 1));
      else el.append(specialBlock(depth + 1));
    }
    return el;
  }

  const main = document.createElement('main');
  main.id = 'fuzz';
  for (let n = int(1, 8); n > 0; n--) main.append(block(1));
  document.body.append(main);

  // needsContext: "Turkey" alone on a page is likely the bird, so it counts
  // only when some other visible name is there.
  const hasContext = expected.some((name) => name.alias !== NEEDS_CONTEXT);
  const expectedVisible = hasContext ? expected : expected.filter((name) => name.alias !== NEEDS_CONTEXT);
  for (const name of expected) if (!expectedVisible.includes(name)) unreadable.push(name);

  /**
   * The DOM as text, open shadow roots included. The extension's card host
   * (appended to <html> when a card opens) is its own, not the page's.
   */
  function serialize(node) {
    if (node.nodeType === Node.ELEMENT_NODE && node.localName === 'summit-lens-ui' && node.parentNode === document.documentElement) return '';
    if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.data);
    if (node.nodeType === Node.COMMENT_NODE) return `<!--${node.data}-->`;
    if (node.nodeType !== Node.ELEMENT_NODE) return `?${node.nodeType}`;
    const attrs = [...node.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('');
    const shadow = node.shadowRoot ? `#shadow(${[...node.shadowRoot.childNodes].map(serialize).join('')})` : '';
    return `<${node.localName}${attrs}>${shadow}${[...node.childNodes].map(serialize).join('')}</${node.localName}>`;
  }

  window.__fuzz = {
    seed,
    serialize,
    serializedBefore: null,
    expected: expectedVisible,
    heldBack: expected.length - expectedVisible.length,
    unreadable,
    vocabulary: { names: NAMES, filler: FILLER, capitalised: CAPITALISED, traps: TRAPS },
  };
  // The parser still adds the whitespace after this script: record the DOM
  // once it is done, still before the content script runs (document_idle).
  document.addEventListener('DOMContentLoaded', () => {
    window.__fuzz.serializedBefore = serialize(document.documentElement);
  });
})();
