/**
 * The content script that runs at document_start, before the page's own
 * scripts: it only adds the input listeners (see early-events.ts).
 */
import { installEarlyEvents } from './early-events';

installEarlyEvents(window);
