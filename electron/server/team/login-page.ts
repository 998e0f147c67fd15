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
  :root {
    color-scheme: light dark;
    font: 14px/1.5 -apple-system, BlinkMacSystemFont, 'Segoe UI', 'Noto Sans', system-ui, sans-serif;
    --text: light-dark(#1c1c1e, #e9e9eb);
    --muted: light-dark(#5e5e63, #a8a8ae);
    --page: light-dark(#f3f3f1, #1b1b1d);
    --card: light-dark(#ffffff, #2a2a2e);
    --field: light-dark(#ffffff, #26262a);
    --border: light-dark(#c9c9c4, #48484e);
    --accent: light-dark(#2864d2, #6aa2ff);
    --fill: light-dark(#2864d2, #2f62c4);
    --fill-strong: light-dark(#1d50b0, #3a70d6);
    --danger: light-dark(#c0352b, #ff7b72);
    --danger-soft: light-dark(#fdecea, #3b1f1e);
  }
  body { display: grid; place-items: center; min-height: 100vh; margin: 0; background: var(--page); color: var(--text); }
  main { width: min(23rem, 92vw); }
  form { display: grid; gap: 0.9rem; padding: 1.75rem 1.75rem 1.5rem; background: var(--card); border: 1px solid var(--border); border-radius: 10px; box-shadow: 0 8px 28px rgb(0 0 0 / 0.08); }
  .brand { margin: 0; font-size: 0.75rem; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--accent); }
  h1 { font-size: 1.3rem; margin: -0.4rem 0 0; font-weight: 650; }
  .lead { margin: -0.5rem 0 0.25rem; color: var(--muted); }
  label { display: grid; gap: 0.3rem; font-weight: 550; }
  input { font: inherit; font-weight: 400; padding: 0.5rem 0.65rem; color: var(--text); background: var(--field); border: 1px solid var(--border); border-radius: 6px; }
  input:focus { outline: none; border-color: var(--accent); box-shadow: 0 0 0 3px color-mix(in srgb, var(--accent) 22%, transparent); }
  button { font: inherit; font-weight: 600; margin-top: 0.25rem; padding: 0.55rem; color: #fff; background: var(--fill); border: 1px solid var(--fill); border-radius: 6px; cursor: pointer; }
  button:hover { background: var(--fill-strong); }
  button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
  .error { margin: 0; padding: 0.55rem 0.7rem; color: var(--danger); background: var(--danger-soft); border-radius: 6px; }
  .help { margin: 0.9rem 0 0; text-align: center; font-size: 0.85rem; color: var(--muted); }
</style>
</head>
<body>
<main>
<form method="post" action="login">
  <p class="brand">Cuttings</p>
  <h1>Sign in to the team library</h1>
  <p class="lead">The clippings your team keeps together.</p>
  ${error}
  <label>Name <input name="name" autocomplete="username" required autofocus value="${escapeHtml(options.name ?? '')}"></label>
  <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
  <button type="submit">Sign in</button>
</form>
<p class="help">No account, or a forgotten password? Ask your team library's administrator.</p>
</main>
</body>
</html>
`;
}
