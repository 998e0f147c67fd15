import { createApiClient, type Bridge } from '../../../../electron/shared/api/client.js';
import { createHttpEvents } from './http-events.js';
import { createHttpTransport, openSession } from './http-transport.js';
import { libraryRoute } from './library-route.js';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    cuttings?: Bridge;
  }
}

function createClient() {
  const bridge = window.cuttings;
  if (bridge) return createApiClient(libraryRoute.transport(bridge.invoke.bind(bridge)), libraryRoute.events(bridge.onEvent.bind(bridge)));
  const session = openSession();
  return createApiClient(libraryRoute.transport(createHttpTransport(session)), libraryRoute.events(createHttpEvents(session)));
}

/** The one API client the stores use; components never call it directly. */
export const api = createClient();

/** Words for a failed call, for inline errors. */
export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
