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
  /** popup → content (top frame): scroll to the entity's next mention and flash it. */
  | { type: 'summit-lens/jump-to'; entityId: string };

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
