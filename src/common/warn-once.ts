/**
 * One console warning per distinct text in this context, with the
 * extension's prefix, so that a reader or a developer can tell our
 * messages from the page's and is not flooded by repeats.
 */
const warned = new Set<string>();

export function warnOnce(text: string): void {
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(`[Summit Lens] ${text}`);
}
