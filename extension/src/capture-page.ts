import type { BrowserClipPayload } from '../../electron/shared/models/browser-clipper-protocol.js';

/**
 * Runs inside the page (`scripting.executeScript`), so it must stand alone: no imports, no
 * helpers from outside its body. Takes the selection, or the page's body without its scripts
 * and styles when nothing is selected (Cuttings finds the article in it), with the head's
 * metadata. Returns a message instead when the page cannot be clipped.
 */
export function capturePage(maxChars: number, maxMeta: number, maxJsonLd: number, maxJsonLdChars: number): BrowserClipPayload | string {
  if (!/^https?:$/u.test(location.protocol)) return 'Only web pages (http or https addresses) can be clipped.';
  const selection = window.getSelection();
  const selected = selection !== null && !selection.isCollapsed && selection.toString().trim() !== '';
  let html: string;
  let text: string;
  if (selected) {
    const box = document.createElement('div');
    for (let i = 0; i < selection.rangeCount; i++) box.append(selection.getRangeAt(i).cloneContents());
    html = box.innerHTML;
    text = selection.toString();
  } else {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('script, style, noscript, template, iframe, object, embed').forEach((e) => e.remove());
    html = body.innerHTML;
    text = document.body.innerText;
  }
  if (!text.trim()) return 'This page has no text to clip. Select the article’s text and try again.';
  // Past the limit the page's HTML is left out; its text alone still makes a clip.
  if (html.length > maxChars) html = '';
  if (text.length > maxChars) text = text.slice(0, maxChars);
  const meta = [...document.querySelectorAll('meta[content]')]
    .map((m) => ({
      key: (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').slice(0, 200),
      value: (m.getAttribute('content') ?? '').slice(0, 10_000),
    }))
    .filter((m) => m.key !== '' && m.value.trim() !== '')
    .slice(0, maxMeta);
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')]
    .map((s) => s.textContent ?? '')
    .filter((t) => t.trim() !== '' && t.length <= maxJsonLdChars)
    .slice(0, maxJsonLd);
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const lang = document.documentElement.lang.slice(0, 35);
  return {
    url: location.href,
    title: document.title.slice(0, 2_000),
    html,
    text,
    selection: selected,
    meta,
    jsonLd,
    ...(canonical && /^https?:\/\//u.test(canonical) && canonical.length <= 4_000 ? { canonical } : {}),
    ...(lang ? { lang } : {}),
  };
}
