import type { Transport } from '../../../../electron/shared/api/client.js';
import type { ApiResult } from '../../../../electron/shared/api/errors.js';

const TOKEN_KEY = 'cuttings.token';
const TOKEN_HEADER = 'x-cuttings-token';

/**
 * Browser mode gets its token in the URL fragment, which never reaches a server log. It is kept
 * for this tab only and the fragment is cleared, so the token is not left in history or in a
 * copied link.
 */
export function takeTokenFromUrl(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The token this tab was opened with, for requests made outside the API client (downloads). */
export function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export { TOKEN_HEADER };

const noToken: ApiResult<never> = {
  ok: false,
  error: {
    code: 'unauthorized',
    message: 'This page has no access token. Open the address that `cuttings serve` printed, including the part after #.',
  },
};

export function createHttpTransport(token: string | null): Transport {
  return async (method, args) => {
    if (!token) return noToken;
    let response: Response;
    try {
      response = await fetch(`./api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'library_unavailable',
          message: 'Cuttings is not reachable. Check that `cuttings serve` is still running, then reload.',
        },
      };
    }
    try {
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The server answered ${response.status} without a result.` } };
    }
  };
}
