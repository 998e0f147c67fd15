/**
 * Text from HTML without a DOM, for pastes too deeply nested for the DOM libraries (jsdom and
 * Readability slow to minutes, or overflow the stack, on thousands of nested elements). Scripts,
 * styles and comments are dropped with their contents; every tag goes; block tags end paragraphs.
 */
const DROPPED = /<(script|style|template|noscript|svg|iframe|object)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)/giu;
const BLOCK_TAG = /<\/?(?:p|div|br|li|h[1-6]|tr|td|th|blockquote|section|article|header|footer|figcaption|pre|ul|ol|table|hr)\b[^>]*>/giu;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (whole, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '';
  });
}

export function roughHtmlText(html: string): string {
  return decode(html.replace(DROPPED, ' ').replace(BLOCK_TAG, '\n\n').replace(/<[^>]*>?/gu, ' '))
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const TAG = /<(\/?)([a-z][\w-]*)[^>]*?(\/?)>/giu;

/** How deeply the paste's elements nest, by counting tags: stops counting once past `limit`. */
export function nestingDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.has(m[2]!.toLowerCase())) depth++;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) break;
  }
  return deepest;
}
