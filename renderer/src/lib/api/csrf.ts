import { CSRF_COOKIE, CSRF_HEADER, LOGIN_HEADER } from '../../../../electron/shared/api/team-wire.js';

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
