import { createApiClient, type Bridge } from '../../../../electron/shared/api/client.js';
import { createHttpTransport, openSession } from './http-transport.js';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    cuttings?: Bridge;
  }
}

function pickTransport() {
  const bridge = window.cuttings;
  if (bridge) return bridge.invoke.bind(bridge);
  return createHttpTransport(openSession());
}

/** The one API client the stores use; components never call it directly. */
export const api = createApiClient(pickTransport());

/** Words for a failed call, for inline errors. */
export function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
