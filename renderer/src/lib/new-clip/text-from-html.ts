const BLOCKS = 'p,div,h1,h2,h3,h4,h5,h6,li,blockquote,pre,tr,section,article,header,footer,figcaption,dd,dt';

/**
 * Plain text for a clipboard that carries only HTML (some apps copy no text/plain). The API needs
 * the text; the HTML still travels beside it for the core to read. DOMParser documents are inert:
 * nothing in them runs or loads.
 */
export function textFromHtml(html: string): string {
  const doc = new DOMParser().parseFromString(withoutEventHandlers(html), 'text/html');
  doc.querySelectorAll('script,style,noscript,template').forEach((el) => el.remove());
  doc.querySelectorAll('br').forEach((el) => el.replaceWith('\n'));
  doc.querySelectorAll(BLOCKS).forEach((el) => el.append('\n\n'));
  return (doc.body.textContent ?? '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Chromium checks the page's Content-Security-Policy as it parses an `onerror=`-style attribute,
 * even into an inert document: nothing runs, but a hostile paste would fill the console with
 * refusals. Only the text is wanted here, so the attributes are renamed inside each tag first.
 */
function withoutEventHandlers(html: string): string {
  return html.replace(/<[^>]+>/g, (tag) => tag.replace(/([\s/"'])on([a-z]+\s*=)/gi, '$1data-on$2'));
}
