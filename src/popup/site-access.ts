/**
 * Whether Summit Lens may read the tab's site, and asking for it. In Firefox
 * a reader can withdraw an extension's access to sites, per site or
 * everywhere (it is granted at install since Firefox 127: bugzilla.mozilla.org
 * 1889402); in Chrome, file:// pages need a switch turned on.
 */
import browser from 'webextension-polyfill';
import { decideAccess, originsToRequest, type SiteAccess } from './access-decision';
import { fileUrlsAllowed } from './browser-quirks';

export type { SiteAccess } from './access-decision';

export async function siteAccess(url: string | undefined): Promise<SiteAccess> {
  const fileOk = url?.startsWith('file:') ? await fileUrlsAllowed() : true;
  let granted = true;
  try {
    granted = await browser.permissions.contains({ origins: originsToRequest(url) });
  } catch {
    // Cannot tell: assume access, so that the popup blames nothing wrongly.
  }
  return decideAccess(url, fileOk, granted);
}

/**
 * Asks for access (must run inside the click handler: browsers only show the
 * request after a user gesture), then starts Summit Lens in the open tab
 * without a reload. Resolves to whether access was granted.
 */
export function requestSiteAccess(origins: string[], tabId: number): Promise<boolean> {
  return browser.permissions.request({ origins }).then(async (granted) => {
    if (!granted) return false;
    const target = { tabId, allFrames: true };
    // The content script ignores a second start, should the browser also inject it on grant.
    await browser.scripting.insertCSS({ target, files: ['content.css'] }).catch(() => {});
    await browser.scripting.executeScript({ target, files: ['content.js'] }).catch(() => {});
    return true;
  });
}
