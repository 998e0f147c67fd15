/**
 * Page furniture Readability leaves inside the article it finds, removed from its tree before the
 * text is read: photo captions, lists of links to other stories, and shouted one-link teasers. Each
 * rule looks at the markup's shape (what an element is, how much of its text is link text), never
 * at a site's class names or wording.
 */

// A block whose text is this much link text is a link, not prose that mentions one.
const LINK_SHARE = 0.9;
const MIN_LINK_LIST_ITEMS = 2;
const MIN_TEASER_WORDS = 3;

const squashed = (text: string | null) => (text ?? '').replace(/\s+/gu, '');

/** How much of an element's text is the text of its links, from 0 to 1. */
export function linkShare(element: Element): number {
  const length = squashed(element.textContent).length;
  if (!length) return 0;
  const linked = [...element.querySelectorAll('a')].reduce((sum, a) => sum + squashed(a.textContent).length, 0);
  return Math.min(1, linked / length);
}

/** A picture's caption and credit describe the picture, not the story. */
function removeCaptions(root: Element): void {
  for (const caption of [...root.querySelectorAll('figcaption')]) caption.remove();
}

/** `Related: <ul><li><a>Other story</a></li>…</ul>`: a list whose every item is a link. */
function removeLinkLists(root: Element): void {
  for (const list of [...root.querySelectorAll('ul, ol')]) {
    const items = [...list.children].filter((c) => c.tagName.toUpperCase() === 'LI');
    if (items.length >= MIN_LINK_LIST_ITEMS && items.every((item) => linkShare(item) >= LINK_SHARE)) list.remove();
  }
}

/** `OTHER STORY IN CAPITALS`: a paragraph that is one link, written all in capitals, teases another story. */
function removeShoutedTeasers(root: Element): void {
  for (const block of [...root.querySelectorAll('p, h2, h3, h4, h5, h6')]) {
    const text = (block.textContent ?? '').trim();
    const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
    const shouted = words.length >= MIN_TEASER_WORDS && !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text);
    if (shouted && linkShare(block) >= LINK_SHARE) block.remove();
  }
}

/** Removes captions, link lists and shouted teasers from the article Readability found. */
export function removeArticleFurniture(root: Element): void {
  removeCaptions(root);
  removeLinkLists(root);
  removeShoutedTeasers(root);
}
