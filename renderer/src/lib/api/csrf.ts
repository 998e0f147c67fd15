/** The cookie a team server sets at sign-in, and the header every request repeats it in. */
const CSRF_COOKIE = 'cuttings_csrf';
const CSRF_HEADER = 'x-cuttings-csrf';
/** Sent by a team server with a 401: where to sign in again. */
const LOGIN_HEADER = 'x-cuttings-login';

/**
 * A team server refuses any call that does not repeat its CSRF cookie in a header: another site
 * can make the browser send the cookie, but can neither read it nor set the header. Browser mode
 * sets no such cookie, and the header is then left out.
 */
export function csrfHeaders(): Record<string, string> {
  const match = new RegExp(`(?:^|;\\s*)${CSRF_COOKIE}=([^;]+)`).exec(document.cookie);
  return match?.[1] ? { [CSRF_HEADER]: match[1] } : {};
}

/** On a team server whose session has ended, the page goes to its sign-in form. */
export function signInAgainIfAsked(response: Response): void {
  const login = response.status === 401 ? response.headers.get(LOGIN_HEADER) : null;
  if (login?.startsWith('/')) location.assign(login);
}
