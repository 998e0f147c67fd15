import { BLOCK_ELEMENTS } from '../../shared/html/block-elements.js';
import { countWords } from '../../shared/clipper/script.js';
import { isTimestampLine } from '../../shared/clipper/headline-signals.js';
import { readCreditLine } from '../../shared/clipper/byline.js';
import { readDateLine } from '../../shared/clipper/date-line.js';

/**
 * Page furniture Readability leaves inside the article it finds, removed from its tree before the
 * text is read: photo captions, lists of links to other stories, shouted one-link teasers, and the
 * links that follow the story's last paragraph. Each rule looks at the markup's shape (what an
 * element is, how much of its text is link text, where it stands), never at a site's class names
 * or wording.
 */

// A block whose text is this much link text is a link, not prose that mentions one.
const LINK_SHARE = 0.9;
const MIN_LINK_LIST_ITEMS = 2;
const MIN_TEASER_WORDS = 3;
// A paragraph of the story: this many words, mostly not link text.
const PARAGRAPH_WORDS = 12;
const PARAGRAPH_LINK_SHARE = 0.5;
// `More from the site`, `You may also like…`: the short line that heads the links after a story.
const LINKS_HEADING_WORDS = 6;

const BLOCKS = new Set(BLOCK_ELEMENTS.map((b) => b.toUpperCase()));

const squashed = (text: string | null) => (text ?? '').replace(/\s+/gu, '');
/** An element's text as one line, its runs of spaces and breaks each one space. */
const lineText = (el: Element) => (el.textContent ?? '').replace(/\s+/gu, ' ').trim();

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

const listItems = (list: Element) => [...list.children].filter((c) => c.tagName.toUpperCase() === 'LI');
const isLinkList = (list: Element) => {
  const items = listItems(list);
  return items.length > 0 && items.every((item) => linkShare(item) >= LINK_SHARE);
};

/**
 * `Related: <ul><li><a>Other story</a></li>…</ul>`: a list whose every item is a link, or a run of
 * such lists of one item each, which a template writes one to a story.
 */
function removeLinkLists(root: Element): void {
  for (const list of [...root.querySelectorAll('ul, ol')]) {
    if (!root.contains(list) || !isLinkList(list)) continue;
    const run = [list];
    for (
      let next = list.nextElementSibling;
      next && /^(?:UL|OL)$/u.test(next.tagName.toUpperCase()) && isLinkList(next);
      next = next.nextElementSibling
    ) {
      run.push(next);
    }
    if (run.reduce((n, l) => n + listItems(l).length, 0) < MIN_LINK_LIST_ITEMS) continue;
    const heading = list.previousElementSibling;
    if (heading && /^H[1-6]$/u.test(heading.tagName.toUpperCase()) && wordCount(heading) <= LINKS_HEADING_WORDS) heading.remove();
    for (const l of run) l.remove();
  }
}

// A run of this many blocks that are each one link lists other stories, wherever it stands.
const MIN_LINK_RUN = 3;

/** `<p><a>Other story</a></p>` three times or more in a row: links to other stories, set as paragraphs. */
function removeLinkRuns(root: Element): void {
  const isLinkBlock = (el: Element | null) =>
    el !== null && /^(?:P|DIV|H[2-6])$/u.test(el.tagName.toUpperCase()) && linkShare(el) >= LINK_SHARE;
  for (const block of [...root.querySelectorAll('p, div, h2, h3, h4, h5, h6')]) {
    if (!root.contains(block) || !isLinkBlock(block) || isLinkBlock(block.previousElementSibling)) continue;
    const run = [block];
    for (let next = block.nextElementSibling; isLinkBlock(next); next = next!.nextElementSibling) run.push(next!);
    if (run.length >= MIN_LINK_RUN) for (const el of run) el.remove();
  }
}

// A teaser card: a picture, a link and a headline's few words, three or more side by side.
const MIN_CARDS = 3;
const CARD_WORDS = 30;

/**
 * A rail of teaser cards for other stories (a picture, a link, a kicker and a headline, the same
 * markup again and again): an element whose children, three or more, are all such cards.
 */
function removeTeaserRails(root: Element): void {
  for (const rail of [...root.querySelectorAll('div, section')]) {
    const cards = [...rail.children];
    if (cards.length < MIN_CARDS || !root.contains(rail)) continue;
    const isCard = (card: Element) =>
      card.querySelector('a') !== null && card.querySelector('img, picture') !== null && countWords(card.textContent ?? '') <= CARD_WORDS;
    if (cards.every(isCard)) rail.remove();
  }
}

// `Read also |`, `See also:`: the few words a pointer to another story opens on.
const POINTER_LABEL_WORDS = 4;
const POINTER_WORDS = 25;

/**
 * `<p><b>Read also:</b> <a>Other story</a></p>`: a short block that is a label and then one link,
 * pointing the reader to another story in the middle of this one.
 */
function removeInlinePointers(root: Element): void {
  for (const block of [...root.querySelectorAll('p, div')]) {
    const links = block.querySelectorAll('a');
    if (links.length !== 1 || [...block.children].some((c) => BLOCKS.has(c.tagName.toUpperCase()))) continue;
    const text = (block.textContent ?? '').trim();
    const link = (links[0]!.textContent ?? '').trim();
    if (!link || !text.endsWith(link) || countWords(text) > POINTER_WORDS) continue;
    const label = text.slice(0, text.length - link.length);
    const words = countWords(label);
    if (words >= 1 && words <= POINTER_LABEL_WORDS && /[:|›»>]\s*$/u.test(label)) block.remove();
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

const wordCount = (element: Element) => (element.textContent ?? '').split(/\s+/u).filter(Boolean).length;

/** The blocks that hold text directly: block elements with no block element inside them. */
function textBlocks(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter(
    (el) =>
      BLOCKS.has(el.tagName.toUpperCase()) &&
      ![...el.children].some((child) => BLOCKS.has(child.tagName.toUpperCase())) &&
      (el.textContent ?? '').trim() !== '',
  );
}

/**
 * Links after the story's last paragraph (other stories, tags, a disclaimer's link), with the short
 * heading over them: the story has ended, and what follows is the page's.
 */
function removeTrailingLinks(root: Element): void {
  const blocks = textBlocks(root);
  const isParagraph = (el: Element) => wordCount(el) >= PARAGRAPH_WORDS && linkShare(el) < PARAGRAPH_LINK_SHARE;
  const isLink = (el: Element | undefined) => el !== undefined && linkShare(el) >= LINK_SHARE;
  let last = -1;
  blocks.forEach((el, i) => {
    if (isParagraph(el)) last = i;
  });
  const tail = blocks.slice(last + 1);
  const doomed = tail.filter((el, i) => isLink(el) || (isLink(tail[i + 1]) && wordCount(el) <= LINKS_HEADING_WORDS));
  for (const el of doomed) el.remove();
}

// The element that holds the story's text: a few paragraphs and most of the article's words.
const BODY_PARAGRAPHS = 3;
const BODY_SHARE = 0.5;
// Beside the story's element, a block this short is the header's summary, a date or a caption
// above it, or a note, a bio or a sign-off under it; the story's own text runs on longer.
const BESIDE_BODY_WORDS = 100;

/** The element under `root` that wraps all the rest: a chain of wrappers holding one element each. */
function innermostWrapper(root: Element): Element {
  let at = root;
  while (at.children.length === 1 && squashed(at.children[0]!.textContent).length === squashed(at.textContent).length) at = at.children[0]!;
  return at;
}

/**
 * The short blocks Readability joins to the story's element as its siblings: a standfirst, a
 * dateline box or a caption above it, a disclaimer, an author's bio or a newsletter's pitch under
 * it. Readability takes them for the story's because they are prose and sit beside it; the
 * story's own text is the element that holds most of it, and what stands beside that is the page's,
 * but for the story's sign-off crediting those who helped write it.
 */
function removeBlocksBesideBody(root: Element): void {
  // The story's element may itself wrap a header and a footer around the element of its text.
  for (let wrapper = innermostWrapper(root); ;) {
    const total = countWords(wrapper.textContent ?? '');
    const body: Element | undefined = [...wrapper.children].find(
      (child) => child.querySelectorAll('p').length >= BODY_PARAGRAPHS && countWords(child.textContent ?? '') >= total * BODY_SHARE,
    );
    if (!body) return;
    const siblings = [...wrapper.children];
    // A heading over the story is its headline, which the header lines are read from.
    const above = new Set(siblings.slice(0, siblings.indexOf(body)).filter((el) => /^H[1-6]$/u.test(el.tagName.toUpperCase())));
    for (const sibling of siblings) {
      const text = (sibling.textContent ?? '').trim();
      // `Jane Doe of Example Wire contributed to this report`: the story's sign-off, read for its
      // credits; `Published: 4 May 2024`: its timestamps, read for its date.
      const kept = readCreditLine(text) !== null || datesTheStory(sibling);
      if (sibling !== body && !above.has(sibling) && countWords(text) < BESIDE_BODY_WORDS && !kept) sibling.remove();
    }
    wrapper = innermostWrapper(body);
  }
}

/** Whether each line of a block is a timestamp (`Published: 4 May 2024`, `Last updated: 5 May 2024`). */
function datesTheStory(block: Element): boolean {
  const lines = (block.children.length ? [...block.children] : [block]).map(lineText);
  return lines.length > 0 && lines.every((line) => line !== '' && (isTimestampLine(line) || readDateLine(line, false) !== null));
}

// A label a template prints on every entry of a feed (the writer's name, `Share`) is a few words
// and recurs; a story says nothing this short this often.
const ENTRY_LABEL_WORDS = 4;
const ENTRY_LABEL_REPEATS = 3;

/**
 * The stamps a feed of dated entries prints on each (a live page's `16:48`, `16:48 Jane Doe`, the
 * writer's name again under each entry): where three blocks or more are a timestamp alone, those
 * blocks, and a short label in capitals the template repeats, holding no link (a shop's `See it
 * now` under each product is the story's). The entries' headings and text stay.
 */
function removeEntryStamps(root: Element): void {
  // A table's cells repeat its figures and its labels by design.
  const loose = (el: Element) => el.closest('table') === null;
  const found = [...root.querySelectorAll('*')].filter(
    (el) => loose(el) && standsAlone(el) && !el.querySelector('h1, h2, h3, h4, h5, h6') && isTimestampLine(lineText(el)),
  );
  // A box of stamps (`Published: …`, `Updated: …`) counts as its lines, not once more as a whole.
  const stamps = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
  // Only a feed dates its entries one by one and signs each with a label; elsewhere a short line said
  // again and again (a menu's `Lunch`, a recipe's `Serves 4`) is the story's, and a timestamp alone
  // is the story's own, which dates the clip (`Updated 3 hours ago`).
  if (stamps.length < ENTRY_LABEL_REPEATS) return;
  const blocks = textBlocks(root);
  const counts = new Map<string, number>();
  for (const el of blocks) counts.set(lineText(el), (counts.get(lineText(el)) ?? 0) + 1);
  const labels = blocks.filter(
    (el) =>
      loose(el) &&
      el.querySelector('a') === null &&
      isCapitalisedLabel(lineText(el)) &&
      countWords(lineText(el)) <= ENTRY_LABEL_WORDS &&
      (counts.get(lineText(el)) ?? 0) >= ENTRY_LABEL_REPEATS,
  );
  for (const el of [...stamps, ...labels]) el.remove();
}

/** `Jane Doe`, `Share`: a label's every word opens on a capital, where a story's phrase runs in small letters. */
const isCapitalisedLabel = (text: string) => {
  const words = text.split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
};

const isBlock = (node: Node | null) => node?.nodeType === 1 && BLOCKS.has((node as Element).tagName.toUpperCase());

/** Whether an element's text is a line of its own: a block, or an inline element between blocks. */
function standsAlone(el: Element): boolean {
  if (isBlock(el)) return true;
  const beside = (step: (n: Node) => Node | null) => {
    let n = step(el);
    while (n && n.nodeType === 3 && !(n.nodeValue ?? '').trim()) n = step(n);
    return n === null || isBlock(n);
  };
  return beside((n) => n.previousSibling) && beside((n) => n.nextSibling);
}

// A box's title: a heading or a bold line of a few words.
const BOX_TITLE_WORDS = 8;
const BOX_TITLE = 'h2, h3, h4, h5, h6, strong, b';
const BOX_LIST = 'ul, ol, dl';

/**
 * A box set into the run of the story's paragraphs (`Facts at a glance` over a list of `Founded:
 * 1897`, `Staff: 380`): an element beside paragraphs that opens on a short title over a list, and
 * holds no paragraph of prose of its own. The story's own lists stand bare among its paragraphs.
 */
function removeInsetBoxes(root: Element): void {
  for (const box of [...root.querySelectorAll('div, section')]) {
    const parent = box.parentElement;
    if (!parent || [...parent.children].filter((c) => c.tagName.toUpperCase() === 'P').length < MIN_LINK_LIST_ITEMS) continue;
    const [first, second] = [...box.children];
    const title = first && (first.matches(BOX_TITLE) ? first : first.querySelector(BOX_TITLE));
    const list = second && (second.matches(BOX_LIST) ? second : null);
    if (!title || !list || countWords(title.textContent ?? '') > BOX_TITLE_WORDS) continue;
    if (squashed(title.textContent) !== squashed(first!.textContent)) continue;
    if (![...box.querySelectorAll('p')].some((p) => countWords(p.textContent ?? '') >= PARAGRAPH_WORDS)) box.remove();
  }
}

/**
 * Removes from the article Readability found the short blocks beside the story's element, a feed's
 * stamps, inset boxes, captions, link lists and runs, pointers to other stories, teaser rails,
 * shouted teasers and trailing links.
 */
export function removeArticleFurniture(root: Element): void {
  removeBlocksBesideBody(root);
  removeEntryStamps(root);
  removeInsetBoxes(root);
  removeCaptions(root);
  removeLinkLists(root);
  removeLinkRuns(root);
  removeInlinePointers(root);
  removeTeaserRails(root);
  removeShoutedTeasers(root);
  removeTrailingLinks(root);
}

// A sign-up or search box says a few words around its field; more than this is prose around a form.
const FORM_BOX_WORDS = 40;
const FORM_FIELDS = 'input:not([type="hidden"]), textarea, select';

/**
 * A newsletter sign-up, a search or a comment box: the field with the words around it (`Get the
 * Morning Brief`, `Sign up for our daily newsletter`), up to the largest block that says little
 * else. Removed before the sanitiser drops the fields themselves and leaves their words behind
 * as if they were the story's.
 */
export function removeFormBoxes(document: Document): void {
  for (const field of [...document.querySelectorAll(FORM_FIELDS)]) {
    if (!field.isConnected) continue;
    let box: Element = field;
    for (let up = field.parentElement; up && !/^(?:BODY|HTML|MAIN|ARTICLE)$/u.test(up.tagName.toUpperCase()); up = up.parentElement) {
      if (wordCount(up) > FORM_BOX_WORDS || up.querySelector('h1')) break;
      box = up;
    }
    box.remove();
  }
}

/**
 * A post quoted from a social network sits in a wrapper the page names for what it is, a name
 * Readability takes for a share bar's; the quote itself is the story's, so it leaves its wrappers
 * (elements that hold nothing else) before the article is looked for.
 */
export function unwrapQuotes(document: Document): void {
  for (const quote of [...document.querySelectorAll('blockquote')]) {
    for (let wrapper = quote.parentElement; wrapper?.tagName.toUpperCase() === 'DIV' && wrapper.children.length === 1;) {
      wrapper.replaceWith(quote);
      wrapper = quote.parentElement;
    }
  }
}
