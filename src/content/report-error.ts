/**
 * Errors inside the extension must never surface as uncaught errors in the
 * page. Each distinct error is reported once, with a clear prefix.
 */
const reported = new Set<string>();
let errorCount = 0;

/** How many errors the extension has met in this frame (reported or not). */
export function errorsSeen(): number {
  return errorCount;
}

export function reportError(where: string, err: unknown): void {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  errorCount++;
  const key = `${where}|${text}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`[Summit Lens] ${where}: ${text}`);
}

/** Wraps an event handler or callback so that nothing it throws escapes. */
export function guarded<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (err) {
      reportError(where, err);
    }
  };
}
