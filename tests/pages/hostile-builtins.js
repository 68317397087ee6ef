// A page hostile to anything that shares its window: it replaces built-ins
// with versions that throw or lie, and swallows input events in the capture
// phase at the window and at the document, before any later listener.
// Everything it needs afterwards it keeps from before the replacement, and it
// sets body[data-page-ok] once its own checks pass (the page still works).
/* global window, document, Node, Element, Document, EventTarget, CSS, CSSStyleSheet, HighlightRegistry -- a browser page, not Node */
(function () {
  'use strict';
  const originals = [];
  const replace = (owner, key, value) => {
    const before = Object.getOwnPropertyDescriptor(owner, key);
    originals[originals.length] = [owner, key, before];
    Object.defineProperty(owner, key, { value, writable: true, configurable: true });
  };
  const boom = (what) =>
    function () {
      throw new TypeError(`hostile page: ${what} is not for you`);
    };

  // Kept from before the replacement, for the page's own use.
  const listen = EventTarget.prototype.addEventListener;
  const clearHighlights = HighlightRegistry.prototype.clear;

  /** Puts everything back, synchronously, and returns a function that re-applies it (see the test's probes). */
  function restore() {
    const saved = [];
    for (let i = originals.length - 1; i >= 0; i--) {
      const [owner, key, before] = originals[i];
      saved[saved.length] = [owner, key, Object.getOwnPropertyDescriptor(owner, key)];
      if (before) Object.defineProperty(owner, key, before);
      else delete owner[key];
    }
    return () => {
      for (let i = saved.length - 1; i >= 0; i--) Object.defineProperty(saved[i][0], saved[i][1], saved[i][2]);
    };
  }

  // Throwing replacements.
  // (Function.prototype.apply stays: the Firefox test driver's probes call
  // through it in this world. Content scripts do not share it either way.)
  for (const key of ['map', 'push', 'forEach', 'sort', 'filter', 'indexOf', 'includes', 'slice', 'splice', 'find', 'join']) {
    replace(Array.prototype, key, boom(`Array.prototype.${key}`));
  }
  replace(Array, 'from', boom('Array.from'));
  replace(Function.prototype, 'bind', boom('Function.prototype.bind'));
  replace(Function.prototype, 'call', boom('Function.prototype.call'));
  replace(window, 'eval', boom('eval'));
  replace(Node.prototype, 'appendChild', boom('Node.prototype.appendChild'));
  replace(Node.prototype, 'insertBefore', boom('Node.prototype.insertBefore'));
  replace(Element.prototype, 'append', boom('Element.prototype.append'));
  replace(Element.prototype, 'attachShadow', boom('Element.prototype.attachShadow'));
  replace(Document.prototype, 'createElement', boom('document.createElement'));
  replace(Document.prototype, 'createRange', boom('document.createRange'));
  replace(Document.prototype, 'createTreeWalker', boom('document.createTreeWalker'));
  replace(EventTarget.prototype, 'addEventListener', boom('addEventListener'));
  replace(window, 'MutationObserver', boom('MutationObserver'));
  replace(window, 'requestAnimationFrame', boom('requestAnimationFrame'));
  replace(window, 'requestIdleCallback', boom('requestIdleCallback'));
  replace(window, 'setTimeout', boom('setTimeout'));
  replace(window, 'Range', boom('Range'));
  replace(window, 'StaticRange', boom('StaticRange'));
  replace(window, 'Highlight', boom('Highlight'));
  replace(window, 'Map', boom('Map'));
  replace(window, 'Set', boom('Set'));
  replace(window, 'WeakSet', boom('WeakSet'));
  replace(Object.getPrototypeOf(CSS.highlights), 'set', boom('CSS.highlights.set'));
  replace(CSSStyleSheet.prototype, 'replaceSync', boom('CSSStyleSheet.prototype.replaceSync'));
  replace(Element.prototype, 'getClientRects', boom('getClientRects'));
  replace(Element.prototype, 'getBoundingClientRect', boom('getBoundingClientRect'));
  // Lying replacements: they answer, wrongly.
  replace(window, 'Promise', function FakePromise() {
    return { then() { return this; }, catch() { return this; }, finally() { return this; } };
  });
  replace(window, 'JSON', { parse: () => ({ lie: true }), stringify: () => '"lie"' });
  replace(Document.prototype, 'caretPositionFromPoint', () => null);
  replace(Document.prototype, 'elementFromPoint', () => null);
  replace(window, 'getComputedStyle', () => ({ display: 'none', visibility: 'hidden', getPropertyValue: () => '' }));
  replace(Element.prototype, 'checkVisibility', () => false);
  replace(Node.prototype, 'contains', () => false);
  replace(window, 'performance', { now: () => 0 });
  replace(Math, 'max', () => -Infinity);
  replace(Object, 'entries', () => []);
  replace(String.prototype, 'slice', () => '');
  replace(RegExp.prototype, 'exec', () => null);

  // Input events stop here: the window's capture phase is the first stop of
  // every event, and these listeners are registered before any content
  // script's at document_idle. The document gets the same in its capture phase.
  const swallowed = {};
  const swallow = (e) => {
    swallowed[e.type] = (swallowed[e.type] || 0) + 1;
    // The page's own button is handled here, before the event is swallowed.
    if (e.type === 'click' && e.target && e.target.id === 'page-button') {
      const out = document.getElementById('clicks');
      out.textContent = String(Number(out.textContent) + 1);
      // The page resets "its" highlights, in the registry it shares with everyone.
      Reflect.apply(clearHighlights, CSS.highlights, []);
      check();
    }
    e.stopImmediatePropagation();
    e.stopPropagation();
  };
  const types = ['pointermove', 'pointerover', 'pointerout', 'pointerdown', 'pointerup', 'mousemove', 'mouseover',
    'mouseout', 'mousedown', 'mouseup', 'click', 'keydown', 'keyup', 'focusin', 'focusout', 'scroll', 'wheel'];
  for (let i = 0; i < types.length; i++) {
    Reflect.apply(listen, window, [types[i], swallow, true]);
    Reflect.apply(listen, document, [types[i], swallow, true]);
  }

  // The page's own check, at load and on every click of its button: its
  // replacements are still in place and its own handler ran.
  const check = () => {
    let replaced = false;
    try {
      [1].map(String);
    } catch {
      replaced = true;
    }
    document.body.dataset.pageOk = replaced ? 'yes' : 'no';
  };
  Reflect.apply(listen, document, ['DOMContentLoaded', check]);

  window.hostileBuiltins = { restore, swallowed };
})();
