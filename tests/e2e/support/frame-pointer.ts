/**
 * Moving the pointer onto a point inside a frame of the page.
 *
 * Chromium (Playwright) routes a pointer move at tab coordinates into any
 * frame under it, cross-origin ones included. Firefox 153 does not: pointer
 * actions sent to the tab's browsing context never reach a cross-origin
 * frame, which Fission runs in another process (the frame sees no event at
 * all). Sent to the frame's own browsing context, in the frame's viewport
 * coordinates, they do. The TestPage interface has no notion of frames, so
 * this reaches past it to the Firefox driver's BiDi connection.
 */
import type { BrowserSession, TestPage } from '../driver/types';

interface ContextInfo {
  context: string;
  url?: string;
  children?: ContextInfo[] | null;
}

interface BiDiAccess {
  bidi: { send<T>(method: string, params: object): Promise<T> };
}

/**
 * Moves the pointer to (x, y) in the viewport of the frame showing `frameUrl`,
 * whose content box starts at `frameOrigin` in the tab's viewport.
 */
export async function pointerIntoFrame(
  session: BrowserSession,
  page: TestPage,
  frameUrl: string,
  frameOrigin: { x: number; y: number },
  x: number,
  y: number,
): Promise<void> {
  if (session.name !== 'firefox') {
    await page.mouseMove(1, 1);
    await page.mouseMove(frameOrigin.x + x, frameOrigin.y + y);
    return;
  }
  const { bidi } = session as unknown as BiDiAccess;
  const top = (page as unknown as { context: string }).context;
  const { contexts } = await bidi.send<{ contexts: ContextInfo[] }>('browsingContext.getTree', { root: top });
  const find = (list: ContextInfo[] | null | undefined): ContextInfo | undefined => {
    for (const c of list ?? []) {
      if (c.url === frameUrl) return c;
      const inner = find(c.children);
      if (inner) return inner;
    }
    return undefined;
  };
  const frame = find(contexts[0]?.children);
  if (!frame) throw new Error(`No frame shows ${frameUrl}`);
  await bidi.send('input.performActions', {
    context: frame.context,
    actions: [
      {
        type: 'pointer',
        id: 'summit-mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 1, y: 1, origin: 'viewport', duration: 0 },
          { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 },
        ],
      },
    ],
  });
}
