/**
 * The content script that runs at document_start, before the page's own
 * scripts: it adds the input listeners (see early-events.ts) and asks for
 * the settings (see settings-prefetch.ts).
 */
import { installEarlyEvents } from './early-events';
import { watchScrolling } from './scroll-hint';
import { prefetchSettings } from './settings-prefetch';

installEarlyEvents(window);
prefetchSettings();
watchScrolling(window);
