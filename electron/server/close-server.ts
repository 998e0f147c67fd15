import type { Server } from 'node:http';
import type { EventStreams } from './send-events.js';

/** How long a request under way may take to finish once the server is told to stop. */
const FINISH_MS = 2_000;

/**
 * Stops a server so that stopping always ends: no new connections, the event streams ended, idle
 * connections closed at once, and a request still under way cut off after FINISH_MS. A browser
 * keeps its connections open between requests, and the server would otherwise wait on them.
 */
export function closeServer(server: Server, streams: EventStreams): Promise<void> {
  return new Promise((done) => {
    streams.endAll();
    server.close(() => done());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), FINISH_MS).unref();
  });
}
