/**
 * How a team server is spoken to over HTTP, for the server, the page it serves and the app's own
 * client of it: the paths beside `/api/<method>`, the cookies and the headers.
 */

/** `POST {name, password}` signs in; answers `{ name, role, csrf, expiresAt }` and sets the cookies. */
export const LOGIN_PATH = '/login';
export const LOGOUT_PATH = '/logout';
/** `POST {current, next}` changes the signed-in member's own password; their other sessions end. */
export const PASSWORD_PATH = '/password';
/** Who is signed in: `{ name, role }`. */
export const WHO_PATH = '/session';
/** The audit log, newest first, a page at a time: `?before=ID` for the page after. */
export const ACTIVITY_PATH = '/team/activity';
/** The core's events as server-sent events. */
export const EVENTS_PATH = '/events';

/** The session's secret: HttpOnly, so no script can read it. */
export const SESSION_COOKIE = 'cuttings_team_session';
/** The CSRF value: readable by the page, which repeats it in CSRF_HEADER; another site can neither read it nor set the header. */
export const CSRF_COOKIE = 'cuttings_csrf';
export const CSRF_HEADER = 'x-cuttings-csrf';
/** Sent with every 401, so the page knows where to sign in again. */
export const LOGIN_HEADER = 'x-cuttings-login';
/**
 * Sent with every reply to a signed-in member: their role as it is now. An administrator may
 * change it during a session, and the server applies it at once; the page and the app show it
 * from the member's next call on, not only after signing in again.
 */
export const ROLE_HEADER = 'x-cuttings-role';
