/**
 * The next or previous name on a page, in reading order, across its frames.
 *
 * Each frame's content script orders its own names together with its child
 * frames (reading-order.ts) and keeps a cursor: the name it last went to, or
 * the child frame the reader went into. A step starts at the top frame and
 * follows those cursors down; a frame that has no stop left sends the walk
 * back up to its parent, which goes on past that frame; past the last name
 * of the page it wraps around to the first.
 *
 * Frames are named by their path of child indexes from the top frame
 * (window.frames order at each level), not by the browser's frame ids:
 * Chrome gives a content script no way to learn the frame id of an
 * <iframe> element (runtime.getFrameId exists only in Firefox and Safari:
 * w3c/webextensions#12), while both sides of a frame boundary can work out
 * the index. Nothing is kept here between steps: a service worker may be
 * stopped between two key presses.
 */
import type { StepAnswer, StepDirection, StepMode } from '../common/messages';
import { MAX_FRAME_DEPTH } from '../common/messages';

export interface StepRequest {
  direction: StepDirection;
  mode: StepMode;
  path: number[];
}

/** Asks the frame at `request.path`; null when no content script there answered. */
export type AskFrame = (request: StepRequest) => Promise<StepAnswer | null>;

/**
 * Frames asked at most in one step. Each empty frame costs two messages
 * (in and out); a page with more frames than this before its next name
 * gets "no name" rather than a walk that never ends.
 */
const MAX_HOPS = 400;

/** Steps once; resolves to the path of the frame that went to a name, or null when the page has none. */
export async function stepThroughFrames(ask: AskFrame, direction: StepDirection): Promise<number[] | null> {
  let path: number[] = [];
  let mode: StepMode = 'resume';
  let wrapped = false;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const answer = await ask({ direction, mode, path });
    if (answer?.kind === 'shown') return path;
    if (answer?.kind === 'descend') {
      if (path.length < MAX_FRAME_DEPTH) {
        path = [...path, answer.child];
        mode = answer.resume ? 'resume' : 'edge';
      } else {
        // Nested too deep to name: as if that frame had nothing.
        mode = 'past';
      }
      continue;
    }
    // No stop left here, or nothing answered (a frame we may not read): go on past it in its parent.
    if (path.length > 0) {
      path = path.slice(0, -1);
      mode = 'past';
      continue;
    }
    if (wrapped) return null;
    wrapped = true;
    mode = 'edge';
  }
  return null;
}
