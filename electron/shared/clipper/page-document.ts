import { escapeHtml } from '../html/escape-html.js';
import type { BrowserClipPayload } from '../models/browser-clipper-protocol.js';

/**
 * A JSON-LD block re-written from its parsed value, with `<` escaped, so nothing in it can end
 * the script element it sits in; null when it is not JSON.
 */
function safeJsonLd(raw: string): string | null {
  try {
    return JSON.stringify(JSON.parse(raw)).replace(/</gu, '\\u003c');
  } catch {
    return null;
  }
}

/**
 * A small HTML document made of what the extension sent: the page's head (title, canonical
 * address, meta tags, JSON-LD) around the clipped HTML, so the clipper reads a browser clip as it
 * reads a pasted page, metadata included. The body is the page's own HTML and is cleaned by the
 * clipper like any paste.
 */
export function pageDocument(clip: BrowserClipPayload): string {
  const head = [
    '<meta charset="utf-8">',
    `<title>${escapeHtml(clip.title)}</title>`,
    `<link rel="canonical" href="${escapeHtml(clip.canonical ?? clip.url)}">`,
    ...clip.meta.map((m) => `<meta property="${escapeHtml(m.key)}" content="${escapeHtml(m.value)}">`),
    ...clip.jsonLd
      .map(safeJsonLd)
      .filter((ld): ld is string => ld !== null)
      .map((ld) => `<script type="application/ld+json">${ld}</script>`),
  ];
  // A selection seldom includes the headline; the page's own title leads it, as in a pasted article.
  const title = clip.meta.find((m) => m.key.toLowerCase() === 'og:title')?.value ?? clip.title;
  const lead = clip.selection && title.trim() ? `<h1>${escapeHtml(title)}</h1>` : '';
  const lang = clip.lang && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/iu.test(clip.lang) ? ` lang="${clip.lang}"` : '';
  return `<!doctype html><html${lang}><head>${head.join('')}</head><body>${lead}${clip.html}</body></html>`;
}
