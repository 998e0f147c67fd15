/** Query parameters that say where a reader came from, not which page they read. */
const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ito|at_medium|at_campaign)$/i;

/**
 * The address with what does not change the page taken away, so two copies of one article match:
 * http and https alike, no "www.", no fragment, no tracking parameters, the rest sorted, no
 * trailing slash. Null for anything that is not a web address.
 */
export function urlKey(url: string | null | undefined): string | null {
  if (!url?.trim()) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  const params = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMS.test(name)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${parsed.port ? `:${parsed.port}` : ''}${path}${query}`;
}

/** A web address as the user may type it, with the scheme they left out; null when it is none. */
export function cleanUrl(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  return urlKey(withScheme) === null ? null : new URL(withScheme).href;
}
