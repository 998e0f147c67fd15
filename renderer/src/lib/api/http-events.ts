import type { EventSource } from '../../../../electron/shared/api/client.js';
import type { CoreEvent, CoreEventListener } from '../../../../electron/shared/models/core-events.js';
import { csrfHeaders } from './csrf.js';

/** How long to wait before listening again after the stream broke (the server restarting, say). */
const RETRY_MS = 2_000;

/**
 * The core's events in browser mode: server-sent events read with fetch in the page's session
 * (its cookie). One stream serves every listener; it opens with the first and stays open.
 */
export function createHttpEvents(session: Promise<void>): EventSource {
  const listeners = new Set<CoreEventListener>();
  let listening = false;

  const deliver = (event: CoreEvent) => listeners.forEach((listener) => listener(event));

  async function listen(): Promise<void> {
    for (;;) {
      try {
        await session;
        await readStream(deliver);
      } catch {
        // The stream broke; the calls themselves report a server that is gone.
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }

  return (listener) => {
    listeners.add(listener);
    if (!listening) {
      listening = true;
      void listen();
    }
    return () => void listeners.delete(listener);
  };
}

async function readStream(deliver: (event: CoreEvent) => void): Promise<void> {
  const response = await fetch('./events', { headers: csrfHeaders() });
  if (!response.ok || !response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const data = dataOf(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (data) deliver(JSON.parse(data) as CoreEvent);
    }
  }
}

/** The data lines of one server-sent event, joined; empty for a comment. */
function dataOf(block: string): string {
  return block
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => line.slice('data: '.length))
    .join('\n');
}
