import type { Transport } from '../../../../electron/shared/api/client.js';
import type { ApiResult } from '../../../../electron/shared/api/errors.js';
import { csrfHeaders, signInAgainIfAsked } from './csrf.js';
import { noteServedRole } from '../team/served-role.svelte.js';

const TOKEN_HEADER = 'x-cuttings-token';

/**
 * Browser mode's address carries a one-time token in its fragment, which never reaches a server
 * log. The page trades it at once for a session (an HttpOnly cookie no script can read), and the
 * server retires the token, so the copy left in the browser's history opens nothing. The
 * fragment is cleared from the address bar too. Without a token (a reload, a second tab) the
 * session cookie the browser already holds is used.
 */
export async function openSession(): Promise<void> {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match?.[1]) return;
  history.replaceState(null, '', location.pathname + location.search);
  try {
    // A used token is refused; a session opened earlier in this browser may still stand, so the API calls tell.
    await fetch('./session', { method: 'POST', headers: { [TOKEN_HEADER]: decodeURIComponent(match[1]) } });
  } catch {
    // Unreachable: the API calls that follow say so.
  }
}

const unreachable: ApiResult<never> = {
  ok: false,
  error: { code: 'library_unavailable', message: 'Cuttings is not reachable. Check that `cuttings serve` is still running, then reload.' },
};

export function createHttpTransport(session: Promise<void>): Transport {
  return async (method, args) => {
    await session;
    let response: Response;
    try {
      response = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...csrfHeaders() },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      return unreachable;
    }
    signInAgainIfAsked(response);
    noteServedRole(response);
    try {
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The server answered ${response.status} without a result.` } };
    }
  };
}
