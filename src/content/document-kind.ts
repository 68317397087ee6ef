/**
 * Which documents Summit Lens reads at all, decided from the document's MIME
 * type before anything else runs.
 *
 * XML documents other than XHTML are data, not prose: without a stylesheet
 * each browser shows its own XML tree viewer, and the two differ (seen in
 * Chromium 156 and Firefox ESR 153): Chromium rebuilds the page as HTML (so
 * tag contents and attribute values such as country="China" would be
 * highlighted as names), while Firefox's viewer hides the original elements
 * (nothing is found). Skipping them gives the same result in both: no
 * highlights, no card, no node added.
 *
 * SVG documents (image/svg+xml, opened directly or framed) are skipped for
 * the same reason inline <svg> is (see SKIP in text-runs.ts): the card's HTML
 * host element would not render inside an SVG root, and `createElement` in a
 * non-HTML document makes an element that cannot have a shadow root.
 *
 * XHTML (application/xhtml+xml) is an HTML document in XML syntax and is read
 * like any page; so is a document an XSLT stylesheet turned into HTML (its
 * type is then text/html).
 */
export function isReadableDocument(doc: Document): boolean {
  const type = doc.contentType.toLowerCase();
  const xml = type === 'text/xml' || type === 'application/xml' || type.endsWith('+xml');
  return !xml || type === 'application/xhtml+xml';
}
