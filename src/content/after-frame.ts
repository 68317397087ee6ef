/**
 * Resolves once the browser has rendered a frame (its style and layout are
 * up to date), or after `fallbackMs` where frames are not coming: a
 * background tab, a throttled offscreen frame.
 */
export function afterFrame(win: Window, fallbackMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (win.document.hidden) {
      resolve();
      return;
    }
    const timer = win.setTimeout(resolve, fallbackMs);
    // A rAF callback runs before the frame's style and layout: the task after it runs after them.
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        win.clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
