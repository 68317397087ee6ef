/**
 * Messages between the content script, the popup and the background. Every
 * message received is checked against these shapes; anything else is ignored.
 */

export interface PageSummary {
  url: string;
  /** Entity id → mentions in this frame, most mentioned first. */
  counts: [string, number][];
}

export type Message =
  /** popup/background → content: what did you find? Answered with a PageSummary. */
  | { type: 'summit-lens/get-page-summary' }
  /** content → background: the page's mentions changed (for the toolbar badge). */
  | { type: 'summit-lens/page-summary'; summary: PageSummary }
  /** benchmark → content (top frame): the scanner's own cost figures (ScanStats and timings). */
  | { type: 'summit-lens/get-stats' }
  /** background → content (the frame of the selection): show the card for the selected text. */
  | { type: 'summit-lens/lookup-selection'; text: string }
  /** background → content (top frame): the keyboard command: highlighting off/on on this page. */
  | { type: 'summit-lens/toggle-page' }
  /** popup → content (top frame): go to the entity's next mention (selected, its card open). */
  | { type: 'summit-lens/jump-to'; entityId: string }
  /**
   * background → content (every frame; only the frame at `path` answers, with
   * a StepAnswer): the next/previous name in reading order (name-steps.ts).
   */
  | { type: 'summit-lens/step-name'; direction: StepDirection; mode: StepMode; path: number[] }
  /** background → content (every frame): the name just gone to is in the frame at `path`; the others let go of theirs. */
  | { type: 'summit-lens/step-shown'; path: number[] };

export type StepDirection = 1 | -1;
/**
 * Where a frame starts looking for the next stop: from where its reader is
 * (its cursor or selection), from its start or end, or past the child frame
 * its cursor is on (that frame has run out of names).
 */
export type StepMode = 'resume' | 'edge' | 'past';

/**
 * A frame's answer to a step: it went to a name of its own; the next stop is
 * its child frame `child` (an index into its window's frames), to be entered
 * where that frame's reader left it (`resume`) or at its edge; or it has no
 * stop left in that direction.
 */
export type StepAnswer = { kind: 'shown' } | { kind: 'descend'; child: number; resume: boolean } | { kind: 'end' };

/** Frame paths: each a child index, at most this deep (a page cannot nest frames forever). */
export const MAX_FRAME_DEPTH = 32;

/** An index among a window's frames. */
function isFrameIndex(x: unknown): x is number {
  return Number.isInteger(x) && (x as number) >= 0 && (x as number) < 100_000;
}

function isFramePath(x: unknown): x is number[] {
  return Array.isArray(x) && x.length <= MAX_FRAME_DEPTH && x.every(isFrameIndex);
}

export function parseStepAnswer(x: unknown): StepAnswer | null {
  if (typeof x !== 'object' || x === null) return null;
  const a = x as Record<string, unknown>;
  if (a.kind === 'shown' || a.kind === 'end') return { kind: a.kind };
  if (a.kind === 'descend' && isFrameIndex(a.child) && typeof a.resume === 'boolean') {
    return { kind: 'descend', child: a.child, resume: a.resume };
  }
  return null;
}

function isCounts(x: unknown): x is [string, number][] {
  return (
    Array.isArray(x) &&
    x.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && Number.isInteger(p[1]) && p[1] >= 0)
  );
}

export function isPageSummary(x: unknown): x is PageSummary {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  return typeof s.url === 'string' && isCounts(s.counts);
}

/** The message, if `x` is one of ours and well formed; otherwise null. */
export function parseMessage(x: unknown): Message | null {
  if (typeof x !== 'object' || x === null) return null;
  const m = x as Record<string, unknown>;
  switch (m.type) {
    case 'summit-lens/get-page-summary':
    case 'summit-lens/get-stats':
    case 'summit-lens/toggle-page':
      return { type: m.type };
    case 'summit-lens/lookup-selection':
      return typeof m.text === 'string' && m.text.length > 0 && m.text.length <= 500 ? { type: m.type, text: m.text } : null;
    case 'summit-lens/page-summary':
      return isPageSummary(m.summary) ? { type: m.type, summary: m.summary } : null;
    case 'summit-lens/jump-to':
      return typeof m.entityId === 'string' && m.entityId.length > 0 ? { type: m.type, entityId: m.entityId } : null;
    case 'summit-lens/step-name':
      return (m.direction === 1 || m.direction === -1) && (m.mode === 'resume' || m.mode === 'edge' || m.mode === 'past') && isFramePath(m.path)
        ? { type: m.type, direction: m.direction, mode: m.mode, path: [...m.path] }
        : null;
    case 'summit-lens/step-shown':
      return isFramePath(m.path) ? { type: m.type, path: [...m.path] } : null;
    default:
      return null;
  }
}

const ignoredKinds = new Set<string>();

/**
 * Like parseMessage, but also checks the sender is this extension itself, and
 * says once per kind of message (to the console of the receiving context)
 * what was ignored and why.
 */
export function acceptMessage(raw: unknown, senderId: string | undefined, ownId: string): Message | null {
  const msg = senderId === ownId ? parseMessage(raw) : null;
  if (msg) return msg;
  const type = typeof raw === 'object' && raw !== null ? String((raw as { type?: unknown }).type) : typeof raw;
  const why = senderId !== ownId ? 'from outside the extension' : 'unknown or malformed';
  const key = `${why}|${type}`;
  if (!ignoredKinds.has(key)) {
    ignoredKinds.add(key);
    console.warn(`[Summit Lens] ignored a message ${why} (type: ${type.slice(0, 60)})`);
  }
  return null;
}
