import { BLOCK_ELEMENTS } from '../../shared/html/block-elements.js';

/**
 * Text from HTML without a DOM, for pastes the DOM libraries cannot take in bounded time (too
 * large, too many elements, nested too deep) or did not finish in time. Scripts, styles and
 * comments are dropped with their contents; every tag goes; block tags end paragraphs.
 */
const INERT = /<(script|style|template|noscript|svg|iframe|object)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)/giu;
const BLOCK_TAG = new RegExp(`</?(?:${BLOCK_ELEMENTS.join('|')})\\b[^>]*>`, 'giu');
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (whole, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '';
  });
}

/** The page without what is never text (scripts, styles, comments, vector art): less for a DOM to build. */
export function withoutInertParts(html: string): string {
  return html.replace(INERT, ' ');
}

export function roughHtmlText(html: string): string {
  return decode(
    withoutInertParts(html)
      .replace(BLOCK_TAG, '\n\n')
      .replace(/<[^>]*>?/gu, ' '),
  )
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const TAG = /<(\/?)([a-z][\w-]*)[^>]*?(\/?)>/giu;

export interface TagShape {
  elements: number;
  depth: number;
  /** The most elements directly inside one element: DOM libraries slow quadratically on long runs of siblings. */
  siblings: number;
}

/** The shape of the paste's element tree, counted from its tags; counting stops once past a limit. */
export function tagShape(html: string, limits: TagShape): TagShape {
  const children: number[] = [0];
  const shape: TagShape = { elements: 0, depth: 0, siblings: 0 };
  for (const m of html.matchAll(TAG)) {
    if (m[1]) {
      if (children.length > 1) children.pop();
      continue;
    }
    shape.elements++;
    const count = ++children[children.length - 1]!;
    if (count > shape.siblings) shape.siblings = count;
    if (!m[3] && !VOID.has(m[2]!.toLowerCase())) children.push(0);
    if (children.length - 1 > shape.depth) shape.depth = children.length - 1;
    if (shape.elements > limits.elements || shape.depth > limits.depth || shape.siblings > limits.siblings) break;
  }
  return shape;
}
