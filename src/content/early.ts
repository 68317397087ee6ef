/**
 * The content script that runs at document_start, before the page's own
 * scripts: it adds the input listeners (see early-events.ts) and asks for
 * the settings in the top frame (see settings-prefetch.ts).
 */
import { installEarlyEvents } from './early-events';
import { watchScrolling } from './scroll-hint';
import { prefetchSettings } from './settings-prefetch';

installEarlyEvents(window);
// The top frame only: subframes are mostly ad slots and embeds, many of them
// empty for good, and content.js reads the settings in a frame once it has
// something to read (first-content.ts).
if (window === window.top) prefetchSettings();
watchScrolling(window);
