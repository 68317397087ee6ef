/**
 * Gives the main thread back to the page between slices of work.
 * `scheduler.yield` (where it exists) resumes ahead of other queued tasks;
 * a MessageChannel message avoids the 4 ms clamp of nested timers.
 */
interface SchedulerLike {
  yield?: () => Promise<void>;
}

const waiting: (() => void)[] = [];
/** Made on first use: most pages are read in one slice and never yield. */
let channel: MessageChannel | null | undefined;
function messageChannel(): MessageChannel | null {
  if (channel === undefined) {
    channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
    if (channel) channel.port1.onmessage = () => waiting.shift()?.();
  }
  return channel;
}

export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = messageChannel();
    if (channel) {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}
