import { escapeHtml } from '../../shared/html/escape-html.js';

/** The login page's own policy: no scripts at all, and its form posts only to this server. */
export const LOGIN_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** A plain form, so signing in works before any of the app's code has loaded. */
export function loginPage(options: { error?: string; name?: string } = {}): string {
  const error = options.error ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · Cuttings team library</title>
<style>
  :root { color-scheme: light dark; font: 14px/1.5 system-ui, sans-serif; }
  body { display: grid; place-items: center; min-height: 100vh; margin: 0; background: Canvas; color: CanvasText; }
  form { width: min(22rem, 90vw); display: grid; gap: 0.75rem; padding: 2rem; border: 1px solid color-mix(in srgb, CanvasText 20%, transparent); border-radius: 8px; }
  h1 { font-size: 1.25rem; margin: 0 0 0.5rem; font-weight: 600; }
  label { display: grid; gap: 0.25rem; }
  input { font: inherit; padding: 0.4rem 0.5rem; }
  button { font: inherit; padding: 0.5rem; cursor: pointer; }
  .error { color: #b3261e; margin: 0; }
  @media (prefers-color-scheme: dark) { .error { color: #f2b8b5; } }
</style>
</head>
<body>
<form method="post" action="login">
  <h1>Sign in to the team library</h1>
  ${error}
  <label>Name <input name="name" autocomplete="username" required autofocus value="${escapeHtml(options.name ?? '')}"></label>
  <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">Sign in</button>
</form>
</body>
</html>
`;
}
