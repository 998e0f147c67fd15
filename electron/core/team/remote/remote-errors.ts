import { ApiError, type ApiErrorCode } from '../../../shared/api/errors.js';

/** Said after every failure to reach a team library, so nobody fears for their own clips. */
const PERSONAL_STILL_WORKS = 'Your personal library works as before.';

/** Why a request never got an answer, in a few words, from Node's error codes. */
function reasonOf(err: unknown): string {
  const cause = (err as { cause?: { code?: string } } | null)?.cause;
  const code = cause?.code ?? (err as { code?: string } | null)?.code ?? (err as { name?: string } | null)?.name;
  switch (code) {
    case 'ECONNREFUSED':
      return 'nothing answers at that address: the server may be stopped';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the name of the server is not known here';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'TimeoutError':
      return 'it did not answer in time';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was cut';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'there is no network route to it';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return 'its TLS certificate is not valid for it';
    default:
      return 'the connection failed';
  }
}

/** A request that got no answer: the server is down, the address is wrong, or the network (a VPN) is not there. */
export function unreachable(server: string, err: unknown): ApiError {
  return new ApiError(
    'library_unavailable',
    `The team server at ${server} cannot be reached (${reasonOf(err)}). Check the address, your network connection and VPN, then try again. ${PERSONAL_STILL_WORKS}`,
  );
}

/** A 401: the session ended (expired, signed out elsewhere, the account removed). */
export function sessionEnded(server: string): ApiError {
  return new ApiError(
    'unauthorized',
    `Your session in the team library at ${server} has ended. Sign in again (Open team library…) with your name and password. ${PERSONAL_STILL_WORKS}`,
  );
}

const KNOWN_CODES = new Set<string>([
  'bad_input',
  'not_found',
  'unknown_method',
  'unauthorized',
  'forbidden',
  'rate_limited',
  'conflict',
  'library_unavailable',
  'read_only',
  'too_large',
  'not_available',
  'cancelled',
  'internal',
] satisfies ApiErrorCode[]);

interface ErrorBody {
  ok?: unknown;
  error?: { code?: unknown; message?: unknown };
}

/**
 * A team server's refusal as the app says it. A 401 is a session that ended, whatever the body;
 * a Cuttings error body keeps its code and words (a 403 names the role needed); anything else
 * (a proxy's error page, a server that is not Cuttings) is said as what it is.
 */
export function refusal(server: string, status: number, body: unknown, options: { signingIn?: boolean } = {}): ApiError {
  const error = (body as ErrorBody | null)?.error;
  const code = typeof error?.code === 'string' && KNOWN_CODES.has(error.code) ? (error.code as ApiErrorCode) : null;
  const message = typeof error?.message === 'string' ? error.message : null;
  if (status === 401 && !options.signingIn) return sessionEnded(server);
  if (code && message) return new ApiError(code, status === 403 ? `The team library at ${server} refused: ${message}` : message);
  if (status === 404 && options.signingIn) {
    return new ApiError('not_found', `${server} does not answer as a Cuttings team server. Check the address with your administrator.`);
  }
  if (status >= 500 || status === 404) {
    return new ApiError(
      'library_unavailable',
      `The team server at ${server} answered with an error (HTTP ${status}) instead of a result: it, or the proxy in front of it, may be down. Try again later, or tell its administrator. ${PERSONAL_STILL_WORKS}`,
    );
  }
  return new ApiError(
    'internal',
    `The team server at ${server} answered HTTP ${status} without saying why. Try again; if it goes on, tell its administrator.`,
  );
}
