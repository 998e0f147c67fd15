import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CoreService } from '../core/index.js';

/** Where a page listens to the core's events: server-sent events, behind the same guards as the API. */
export { EVENTS_PATH } from '../shared/api/team-wire.js';

/** Often enough that no proxy or browser gives up on a quiet stream. */
const KEEPALIVE_MS = 25_000;

/** Streams the core's events to one page until it goes away or the server closes; returns a function that ends the stream. */
function sendEvents(req: IncomingMessage, res: ServerResponse, core: Pick<CoreService, 'subscribe'>): () => void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    connection: 'keep-alive',
  });
  // A comment line first, so the page knows at once that it is listening.
  res.write(': listening\n\n');
  const stop = core.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  const keepAlive = setInterval(() => res.write(': still here\n\n'), KEEPALIVE_MS).unref();
  const end = () => {
    stop();
    clearInterval(keepAlive);
    if (!res.writableEnded) res.end();
  };
  req.once('close', end);
  return end;
}

/** The event streams a server has open, so that stopping the server can end them: they never end by themselves. */
export class EventStreams {
  #open = new Set<() => void>();
  #ended = false;

  /** Streams the core's events to `req`; once the server is stopping, a page that asks again is answered and let go. */
  serve(req: IncomingMessage, res: ServerResponse, core: Pick<CoreService, 'subscribe'>): void {
    const end = sendEvents(req, res, core);
    if (this.#ended) return end();
    this.#open.add(end);
    req.once('close', () => this.#open.delete(end));
  }

  endAll(): void {
    this.#ended = true;
    for (const end of this.#open) end();
    this.#open.clear();
  }
}
