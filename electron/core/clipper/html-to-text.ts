import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { nestingDepth, roughHtmlText } from './rough-html-text.js';

// Beyond these the DOM libraries take minutes or overflow the stack; real pages stay far below.
const MAX_NESTING = 300;
const MAX_ELEMENTS = 30_000;

// Elements that end a paragraph of text. Anything else is inline and runs into its neighbours.
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(' '),
);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

/**
 * The text of a DOM subtree, one paragraph per block element. Walked with an explicit stack: a
 * malformed paste can nest elements deeper than the call stack allows.
 */
function blockText(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) paragraphs.push(text);
    current = '';
  };
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') {
      current += '\n';
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      stack.push({ node, leaving: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  flush();
  return paragraphs;
}

/** The page title without the site name pages append to it: `Headline | Site` → `Headline`. */
function headline(title: string | null | undefined, siteName: string | null | undefined): string | null {
  const t = title?.trim();
  if (!t) return null;
  const parts = t.split(/\s+[|–—-]\s+/u);
  const last = parts[parts.length - 1]!;
  if (parts.length > 1 && (last === siteName?.trim() || last.split(/\s+/u).length <= 4)) return parts.slice(0, -1).join(' - ');
  return t;
}

const META_SELECTORS = {
  siteName: ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]'],
  published: ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'time[datetime]'],
};

/** The site name and publication time from the page's meta tags, read before DOMPurify removes them. */
function readMeta(document: Document): { siteName: string | null; published: string | null } {
  const first = (selectors: string[]) => {
    for (const selector of selectors) {
      const el = document.querySelector(selector);
      const value = el?.getAttribute('content') ?? el?.getAttribute('datetime');
      if (value?.trim()) return value.trim().slice(0, 200);
    }
    return null;
  };
  return { siteName: first(META_SELECTORS.siteName), published: first(META_SELECTORS.published) };
}

function publishedLine(time: string | null | undefined): string | null {
  if (!time) return null;
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(time.trim());
  return `Published ${iso ? iso[0] : time.trim()}`;
}

/**
 * Article text from pasted HTML: sanitised with DOMPurify (scripts, styles and event handlers
 * never survive), the article found by Readability, and its headline, byline, date and site name
 * kept as header lines so the text pipeline reads them as it would in a plain-text paste.
 * Paragraphs are separated by blank lines. Falls back to the whole page when Readability finds
 * no article (a short clipboard fragment).
 */
export function htmlToText(html: string): string {
  if (nestingDepth(html, MAX_NESTING) > MAX_NESTING) return roughHtmlText(html);
  // jsdom runs no scripts and loads nothing; the page is sanitised in place before anything reads its content.
  const dom = new JSDOM(html);
  try {
    const document = dom.window.document;
    const meta = readMeta(document);
    const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.sanitize(document.documentElement, { IN_PLACE: true, WHOLE_DOCUMENT: true, FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'] });
    const fallback = blockText(document.body ?? document);
    let article: ReturnType<Readability<Node>['parse']> = null;
    try {
      article = new Readability(document, { serializer: (node: Node) => node, maxElemsToParse: MAX_ELEMENTS }).parse();
    } catch {
      // Too many elements for Readability: the whole page's text is still there.
    }
    const body = article?.content ? blockText(article.content) : [];
    if (!article || !body.length) return fallback.join('\n\n');
    const title = headline(article.title, article.siteName ?? meta.siteName);
    const byline = article.byline?.trim() ? (/^(?:by|par|von|автор)\s/iu.test(article.byline.trim()) ? article.byline.trim() : `By ${article.byline.trim()}`) : null;
    const inBody = (line: string | null) => line !== null && body.slice(0, 5).some((p) => p.toLowerCase().startsWith(line.toLowerCase()));
    const siteName = article.siteName ?? meta.siteName;
    const header = [
      title && !inBody(title) ? title : null,
      byline && !inBody(byline) ? byline : null,
      publishedLine(article.publishedTime ?? meta.published),
      siteName ? `Source: ${siteName.trim()}` : null,
    ].filter((l): l is string => Boolean(l));
    return [header.join('\n'), ...body].filter(Boolean).join('\n\n');
  } finally {
    dom.window.close();
  }
}
