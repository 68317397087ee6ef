/**
 * Pure rules behind the popup's access notices (tested in Node); the browser
 * calls that feed them live in site-access.ts.
 */

export type SiteAccess =
  | { kind: 'granted' }
  /** No host permission: `origins` is what to request (the site, or all sites when the address is unknown). */
  | { kind: 'missing'; origins: string[]; hostname: string | null }
  /** Chrome, a file:// page, "Allow access to file URLs" off. */
  | { kind: 'file-urls-off' };

/** The match pattern for the site of `url`, or null for pages no permission covers. */
export function originPatternOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return `${u.protocol}//${u.hostname}/*`;
    if (u.protocol === 'file:') return 'file:///*';
  } catch {
    // Not a URL.
  }
  return null;
}

/** What to ask for when the site's access is in question (the address may be hidden from us). */
export function originsToRequest(url: string | undefined): string[] {
  const site = originPatternOf(url);
  return site ? [site] : ['<all_urls>'];
}

export function decideAccess(url: string | undefined, fileUrlsAllowed: boolean, granted: boolean): SiteAccess {
  if (url?.startsWith('file:') && !fileUrlsAllowed) return { kind: 'file-urls-off' };
  if (granted) return { kind: 'granted' };
  return { kind: 'missing', origins: originsToRequest(url), hostname: hostnameOrNull(url) };
}

function hostnameOrNull(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname || null : null;
  } catch {
    return null;
  }
}
