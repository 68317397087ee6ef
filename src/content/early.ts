/**
 * The content script that runs at document_start, before the page's own
 * scripts: it adds the input listeners (see early-events.ts) and notes
 * whether the page scrolls (scroll-hint.ts). It uses no extension API: the
 * first use of one costs in every document (see index.ts).
 */
import { installEarlyEvents } from './early-events';
import { watchScrolling } from './scroll-hint';

installEarlyEvents(window);
watchScrolling(window);
