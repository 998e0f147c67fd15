import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { parseHTML } from 'linkedom';
import { BLOCK_ELEMENTS } from '../../shared/html/block-elements.js';
import { removeArticleFurniture, removeFormBoxes, unwrapQuotes } from './article-furniture.js';
import { pageHeadline, type PageMeta } from './page-meta.js';
import { isHandle, isSiteName } from './page-source.js';
import { isLabelledByline, labelledAuthors, nameAfterTimestamp, nameBeforePlace, readBylineLine } from '../../shared/clipper/byline.js';
import { readDateLine } from '../../shared/clipper/date-line.js';
import { creditOfLine, isBylineLine, isDateLine } from './credit-lines.js';
import { withoutStandfirst } from './standfirst.js';
import { fullerHeadline } from './fuller-headline.js';
import { findFullDates, formatDate } from '../../shared/clipper/date.js';
import { creditsAsSource, sourceFromFooter, sourceFromTag, withoutLegalForm } from '../../shared/clipper/source.js';
import { pictureAgencyPattern } from '../../shared/clipper/lexicon/picture-agencies.js';
import { isAgency } from '../../shared/clipper/lexicon/agencies.js';
import { countWords } from '../../shared/clipper/script.js';
import { parseClip } from '../../shared/clipper/parse-clip.js';
import { isCommentsHeading } from '../../shared/clipper/main-span.js';

// Readability's own cap; past it the page's whole text is used.
const MAX_ELEMENTS = 30_000;
// Readability may keep the headline among the first paragraphs, under a kicker or a date.
const HEADLINE_REACH = 8;
// A breadcrumb or a masthead line that runs into the headline (`Home › Sport › Headline`,
// `Headline By Site`) adds a few words to it; a lede that quotes it adds more.
const HEADLINE_EXTRA_WORDS = 8;
// How many of the page's lines above the article a byline or a date line is looked for in.
const LINES_ABOVE = 40;

const BLOCKS = new Set(BLOCK_ELEMENTS.filter((b) => b !== 'br').map((b) => b.toUpperCase()));
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
]);

/**
 * The text of a DOM subtree, one paragraph per block element. Walked with an explicit stack: a
 * malformed paste can nest elements deeper than the call stack allows.
 */
export function blockText(root: Node): string[] {
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
    const row = name === 'TR' ? tableRowText(node as Element) : null;
    if (row !== null) {
      flush();
      if (row) paragraphs.push(row);
      continue;
    }
    if (BLOCKS.has(name)) {
      flush();
      stack.push({ node, leaving: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  flush();
  return paragraphs;
}

/**
 * A row of a data table as one paragraph, its cells in order between bars, so a table of figures
 * reads as rows rather than one cell to a line. A row whose cells hold paragraphs or other blocks
 * lays out a page rather than figures, and is read block by block (null).
 */
function tableRowText(row: Element): string | null {
  const cells: string[] = [];
  for (const cell of Array.from(row.children)) {
    const tag = cell.tagName.toUpperCase();
    if (tag !== 'TD' && tag !== 'TH') continue;
    if (Array.from(cell.querySelectorAll('*')).some((e) => BLOCKS.has(e.tagName.toUpperCase()))) return null;
    const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) cells.push(text);
  }
  return cells.join(' | ');
}

function publishedLine(time: string | null | undefined): string | null {
  if (!time) return null;
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(time.trim());
  return `Published ${iso ? iso[0] : time.trim()}`;
}

/**
 * A byline with the date its element also holds set apart by a bar, as the text pipeline reads
 * `By Jane Doe | Sep 3, 2023`: run on (`Jane Doe Sep 3, 2023`), the month reads as a name.
 */
function bylineLine(byline: string | null | undefined): string | null {
  const dated = byline ? findFullDates(byline)[0] : undefined;
  const b = (
    dated && dated.index > 0 ? `${byline!.slice(0, dated.index).replace(/[\s|•·,–—-]+$/u, '')} | ${byline!.slice(dated.index)}` : byline
  )?.trim();
  if (!b) return null;
  return /^(?:by|par|von|автор)\s/iu.test(b) || isLabelledByline(b) ? b : `By ${b}`;
}

const comparable = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The article's paragraphs without the headline Readability left at their top, alone or run into
 * a breadcrumb or the site's name: it heads the text once.
 */
function withoutHeadline(body: readonly string[], title: string | null | undefined, meta: PageMeta): string[] {
  const headline = pageHeadline(meta.headline ?? title, meta.siteName);
  if (!headline) return [...body];
  const key = comparable(headline);
  const isHeadline = (p: string) => {
    const text = comparable(p);
    return text.includes(key) && countWords(text) - countWords(key) <= HEADLINE_EXTRA_WORDS;
  };
  return body.filter((p, i) => i >= HEADLINE_REACH || !isHeadline(p));
}

// A bio runs a sentence or two at least; a shorter description is a job title.
const MIN_BIO_WORDS = 8;

/**
 * The article's paragraphs without its writer's bio, known by the words the page's JSON-LD gives
 * as the writer's description, and without the name alone over it.
 */
function withoutBios(body: readonly string[], bios: readonly string[]): string[] {
  const keys = bios.map(comparable).filter((b) => countWords(b) >= MIN_BIO_WORDS);
  if (!keys.length) return [...body];
  const isBio = (p: string | undefined) => p !== undefined && keys.some((k) => comparable(p).startsWith(k) || k.startsWith(comparable(p)));
  const isNameOver = (p: string, i: number) => countWords(p) <= 4 && isBio(body[i + 1]) && countWords(body[i + 1]!) >= MIN_BIO_WORDS;
  return body.filter((p, i) => !(countWords(p) >= MIN_BIO_WORDS && isBio(p)) && !isNameOver(p, i));
}

/**
 * The page's lines above the article's first paragraph, where a byline or a date line stands
 * that Readability did not keep: it knows a byline by its element's class or `rel`, and a date by
 * the page's metadata, which many pages do not give.
 */
function linesAbove(pageLines: readonly string[], body: readonly string[]): readonly string[] {
  const end = articleStart(pageLines, body);
  if (end < 0) return [];
  // A standfirst Readability keeps as the first paragraph may stand over the byline it drops.
  const next = body.slice(1).findIndex((p) => countWords(p) >= PARAGRAPH_WORDS) + 1;
  const second = next > 0 ? pageLines.indexOf(body[next]!, end + 1) : -1;
  const under = second > end ? pageLines.slice(end + 1, second).filter((line) => !body.includes(line)) : [];
  return [...pageLines.slice(Math.max(0, end - LINES_ABOVE), end), ...under].flatMap(withItsLines);
}

/**
 * A block and, when it breaks into lines, each of its lines after it: a credit and its timestamp
 * share one element broken by `<br>` (`Par Jane Doe, journaliste` / `Publié le …`), and each is
 * read as a line of its own, as a plain-text paste gives them.
 */
function withItsLines(block: string): string[] {
  return block.includes('\n') ? [block, ...block.split('\n')] : [block];
}

// A line of this many words is a paragraph of the story, not a kicker, a byline or a menu link.
const PARAGRAPH_WORDS = 12;

/**
 * Where the article's text begins among the page's lines: its first paragraph's line. Readability
 * may keep a kicker above it (`Altenbrück`, also a link in the page's menu) and drop the byline
 * between them, which is then read from the page's lines above that paragraph.
 */
function articleStart(pageLines: readonly string[], body: readonly string[]): number {
  const first = body.slice(0, HEADLINE_REACH).find((line) => countWords(line) >= PARAGRAPH_WORDS) ?? body[0];
  return first === undefined ? -1 : pageLines.indexOf(first);
}

// A timestamp or a credit that closes a story (`Publié le 12/05/2023 · Jane Doe`, `Автор: Jane Doe`)
// stands just under its last paragraph.
const LINES_BELOW = 2;

/**
 * The page's lines just under the article's last paragraph, where Readability left its closing
 * timestamp; none past the heading of readers' comments, whose dates are theirs.
 */
function linesBelow(pageLines: readonly string[], body: readonly string[]): readonly string[] {
  const last = body.length ? pageLines.lastIndexOf(body[body.length - 1]!) : -1;
  const below = last < 0 ? [] : pageLines.slice(last + 1, last + 1 + LINES_BELOW);
  const comments = below.findIndex(isCommentsHeading);
  return comments < 0 ? below : below.slice(0, comments);
}

/** How far from the page's end a copyright line is looked for. */
const FOOTER_LINES = 40;

/**
 * The timestamp a page's footer labels as the story's publication or update (`Stand: 04.02.2025`),
 * the nearest the page's end: a page that dates its story nowhere else.
 */
function footerStamp(pageLines: readonly string[]): string | null {
  const labelled = (line: string) => (readDateLine(line, false) ?? []).some((d) => d.label !== 'plain');
  return [...pageLines.slice(-FOOTER_LINES)].reverse().find(labelled) ?? null;
}

/**
 * The outlet a page's copyright footer names (`© 2024 Example Courier. All rights reserved.`),
 * read from its last lines as a plain-text paste's footer is: the site's name for a page whose
 * markup gives none.
 */
function footerSource(pageLines: readonly string[]): string | null {
  for (const line of pageLines.slice(-FOOTER_LINES).reverse()) {
    const name = sourceFromFooter(line);
    // `Example Herald Ltd` owns the site `Example Herald`.
    if (name) return withoutLegalForm(name);
  }
  return null;
}

const PICTURE_AGENCY = new RegExp(`^(?:${pictureAgencyPattern(false)})$`, 'iu');

/**
 * The outlet a labelled line just above the article credits (`来源：东海日报`, `Source: Example
 * Wire`), the nearest one: the article's own origin, where a portal that carries other papers'
 * stories names only itself in its markup. A picture library credits the photo above, not the story.
 */
function creditedSource(above: readonly string[]): string | null {
  for (const line of [...above].reverse()) {
    const name = sourceFromTag(line);
    if (name && !PICTURE_AGENCY.test(name)) return name;
  }
  return null;
}

/** The byline line above the article, the first found. */
function creditOfAbove(above: readonly string[]): string | null {
  const line = above.find(isBylineLine);
  return line === undefined ? null : creditOfLine(line);
}

/** The author a header line names by a label among its others (`… 来源：东海日报 记者 李晓燕`), the nearest the article. */
function labelledAuthorAbove(above: readonly string[]): string | null {
  for (const line of [...above].reverse()) {
    const names = labelledAuthors(line);
    if (names.length) return names.join(', ');
  }
  return null;
}

/**
 * The date a byline's line carries after the names (`By Jane Doe, Example Wire Published 11:42 am,
 * November 8, 2023`), the nearest the article, read only where day and month cannot be swapped.
 */
function bylineDate(above: readonly string[]): string | null {
  for (const line of [...above].reverse()) {
    if (!isBylineLine(line)) continue;
    const [us] = findFullDates(line, true);
    const [day] = findFullDates(line, false);
    if (us?.year && day && us.year === day.year && us.month === day.month && us.day === day.day)
      return formatDate(us.year, us.month, us.day);
  }
  return null;
}

/**
 * The publication date a header line shows beside the update that the markup dates the story by
 * (`Published 12 May 2026 · Updated 13 May 2026`, `datePublished` 13 May): a template that writes
 * the last update's time where the publication's belongs. Read only where day and month cannot be swapped.
 */
function publishedBeforeUpdate(markup: string | null | undefined, above: readonly string[]): string | null {
  const day = markup ? /^\d{4}-\d{2}-\d{2}/u.exec(markup.trim())?.[0] : undefined;
  if (!day) return null;
  const iso = (d: { year: number | null; month: number; day: number }) => (d.year ? formatDate(d.year, d.month, d.day) : null);
  for (const line of above) {
    const dates = readDateLine(line, false);
    const swapped = readDateLine(line, true);
    if (!dates || !swapped || dates.map((d) => iso(d.date)).join() !== swapped.map((d) => iso(d.date)).join()) continue;
    const published = dates.find((d) => d.label === 'published');
    const updated = dates.find((d) => d.label === 'updated');
    const first = published ? iso(published.date) : null;
    if (first && updated && iso(updated.date) === day && first < day) return first;
  }
  return null;
}

/** The one day a line prints, where day and month cannot be swapped; null for none, several or an ambiguous one. */
function printedDay(line: string): string | null {
  const us = findFullDates(line, true);
  const day = findFullDates(line, false);
  if (us.length !== 1 || day.length !== 1 || !us[0]!.year) return null;
  const [a, b] = [us[0]!, day[0]!];
  return a.year === b.year && a.month === b.month && a.day === b.day ? formatDate(a.year!, a.month, a.day) : null;
}

/**
 * A timestamp line of the page as the day it prints (`Published 2026-02-19` for `Published
 * February 19, 2026 at 6:05 PM CST`): the page's reader sees that day, whatever day it then was in UTC.
 */
function asPrintedDay(line: string | null | undefined): string | null {
  if (!line) return null;
  const day = printedDay(line);
  return day ? publishedLine(day) : line;
}

/**
 * The page's whole text read as a plain-text paste of it would be: the last word on a date or an
 * outlet that neither the page's markup nor the lines around its article give (a footer's `This
 * article was published on …`). Read only when needed. Its bylines are not taken: the page's
 * blocks, laid out as lines, put a logo beside its slogan and a widget's label where a credit stands.
 */
function wholePageReading(pageLines: readonly string[], meta: PageMeta): () => { date: string | null; source: string | null } {
  let reading: ReturnType<typeof parseClip> | null = null;
  return () => (reading ??= parseClip(pageLines.join('\n'), { locale: meta.locale, pageUrl: meta.url }));
}

/** The names a line of a byline element credits (`Jane DoeScience correspondent`), read as a byline whether or not it opens on `By`. */
function namesInLine(line: string): string[] {
  const own = readBylineLine(line)?.names ?? [];
  return own.length ? own : (readBylineLine(`By ${line}`)?.names ?? []);
}

/**
 * The writer's credit in the byline Readability reads as one element's text: the names a label
 * among its other parts gives (`14:05 Author: Jane Doe Views: 2 317`); the writers of its lines,
 * each of which credits one with a role (`Jane Doe, science correspondent` / `John Roe, data
 * editor`); else its first line, which an author box's role follows on the next (`Jane Doe` /
 * `science correspondent`), unless a date follows, which is read beside the name.
 */
function creditIn(byline: string): string {
  const labelled = isLabelledByline(byline) ? [] : labelledAuthors(byline);
  if (labelled.length) return labelled.join(', ');
  // `Jane Doe, in Oslo`: the writer without the place the credit adds.
  const lines = byline
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => nameBeforePlace(l) ?? l);
  // `Jane Doe` / `Le 3 mars 2026`: the name and its timestamp apart, as `By Jane Doe | Le 3 mars 2026` reads.
  if (lines.length > 1 && lines.slice(1).some((l) => findFullDates(l).length)) return lines.join(' | ');
  if (lines.length < 2 || !namesInLine(lines[0]!).length) return lines.join(' ');
  const each = lines.map(namesInLine);
  return each.every((names) => names.length) ? [...new Set(each.flat())].join(', ') : lines[0]!;
}

/** The header lines the text pipeline reads as it would in a plain-text paste. */
function headerLines(
  article: { title?: string | null; byline?: string | null; publishedTime?: string | null; siteName?: string | null },
  meta: PageMeta,
  body: readonly string[],
  pageLines: readonly string[],
): string[] {
  const inBody = (line: string | null) => line !== null && body.slice(0, 5).some((p) => p.toLowerCase().startsWith(line.toLowerCase()));
  const title =
    meta.headline !== null
      ? pageHeadline(meta.headline, meta.siteName ?? article.siteName)
      : fullerHeadline(pageHeadline(article.title, meta.siteName ?? meta.source ?? article.siteName), pageLines);
  const above = linesAbove(pageLines, body);
  const below = linesBelow(pageLines, body);
  const closingStamp = below.find(isDateLine) ?? null;
  const stamp = above.find(isDateLine) ?? null;
  // `Автор: Jane Doe` under the story: a credit that says so, as the text pipeline reads one there.
  const closingCredit = below.find((l) => isLabelledByline(l) && Boolean(readBylineLine(l)?.names.length)) ?? null;
  const wholePage = wholePageReading(pageLines, meta);
  // Readability takes a `meta name="author"` as the byline, and many sites put their own name or a
  // login handle there.
  const readByline =
    article.byline && !isSiteName(article.byline, meta.source ?? article.siteName ?? null) && !isHandle(article.byline)
      ? creditIn(article.byline)
      : null;
  // A wire agency in the author field, the outlet a source label credits (`来源：Example Wire`), or
  // an organisation the JSON-LD credits, says where a story came from; the writers the page's own
  // lines name outrank it, and it stands in only where they name none.
  const isOrigin = (name: string) => isAgency(name) || pageLines.some(creditsAsSource(name));
  const agencyOnly = (names: readonly string[]) => names.length > 0 && names.every(isOrigin);
  const markup = agencyOnly(meta.authors) ? null : meta.authors.join(', ');
  const read = readByline && agencyOnly([readByline]) ? null : readByline;
  const byline = bylineLine(
    markup ||
      read ||
      creditOfAbove(above) ||
      labelledAuthorAbove(above) ||
      above.map(nameBeforePlace).findLast((n) => n !== null) ||
      (closingStamp && nameAfterTimestamp(closingStamp)) ||
      closingCredit ||
      meta.authors.join(', ') ||
      readByline ||
      meta.outletAuthors.join(', '),
  );
  const siteName = creditedSource(above) ?? meta.source ?? article.siteName ?? footerSource(pageLines) ?? wholePage().source;
  return [
    title,
    byline && !inBody(byline) ? byline : null,
    publishedLine(publishedBeforeUpdate(meta.published, above) ?? meta.published ?? article.publishedTime) ??
      asPrintedDay(stamp) ??
      publishedLine(bylineDate(above)) ??
      asPrintedDay(closingStamp) ??
      footerStamp(pageLines) ??
      publishedLine(wholePage().date),
    siteName ? `Source: ${siteName.trim()}` : null,
  ].filter((l): l is string => Boolean(l));
}

/**
 * Puts a line's end between blocks that touch (`<h4>Jane Doe</h4><div>Sep 3</div>`), as a minified
 * page's markup leaves them: the byline Readability reads as one element's text is then
 * `Jane Doe` / `Sep 3`, not `Jane DoeSep 3`, and each writer of a byline box stands on a line of
 * their own.
 */
function separateBlocks(document: Document): void {
  for (const element of Array.from(document.querySelectorAll('*'))) {
    // `<b>Jane Doe</b><br>science correspondent`: the line break keeps the name and the role apart.
    if (element.tagName.toUpperCase() === 'BR') element.after(document.createTextNode('\n'));
    const next = element.nextSibling;
    if (next?.nodeType === 1 && (BLOCKS.has(element.tagName.toUpperCase()) || BLOCKS.has((next as Element).tagName.toUpperCase()))) {
      element.after(document.createTextNode('\n'));
    }
  }
}

/**
 * A clipboard fragment (`<meta charset><p>…`) as a whole document: linkedom, unlike a browser,
 * does not open the missing `<body>` itself, and would leave the fragment outside it.
 */
function asDocument(html: string): string {
  if (/<body[\s>]/iu.test(html)) return html;
  const head = /<head[\s>][\s\S]*?<\/head>/iu.exec(html)?.[0] ?? '<head></head>';
  const rest = html
    .replace(/<!doctype[^>]*>/iu, '')
    .replace(/<\/?html[^>]*>/giu, '')
    .replace(/<head[\s>][\s\S]*?<\/head>/iu, '');
  return `<!doctype html><html>${head}<body>${rest}</body></html>`;
}

/** The text the DOM reading gives, and whether it is the article alone or the whole page's text. */
export interface DomReading {
  text: string;
  isolated: boolean;
}

/**
 * Article text from pasted HTML: the page's metadata read first, then sanitised with DOMPurify
 * (scripts, styles and event handlers never survive), the article found by Readability, and its
 * headline, byline, date and site name kept as header lines. Takes the page without its scripts
 * and styles (`withoutInertParts`). Paragraphs are separated by blank
 * lines. Falls back to the whole page when Readability finds no article (a short clipboard
 * fragment); only an article Readability found is `isolated`. Runs in the HTML worker: the DOM libraries are loaded only there, and only for HTML pastes.
 */
export function articleFromDom(html: string, meta: PageMeta): DomReading {
  // linkedom builds the tree without running scripts, loading anything or parsing CSS: several
  // times faster than a full browser DOM, and all that reading the text needs.
  const { window, document } = parseHTML(asDocument(html));
  removeFormBoxes(document as unknown as Document);
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.sanitize(document.documentElement, {
    IN_PLACE: true,
    WHOLE_DOCUMENT: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
  });
  const fallback = blockText(document.body ?? document);
  unwrapQuotes(document as unknown as Document);
  separateBlocks(document as unknown as Document);
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability(document, { serializer: (node: Node) => node, maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    // Too many elements for Readability: the whole page's text is still there.
  }
  if (article?.content) removeArticleFurniture(article.content as Element);
  const headline = pageHeadline(meta.headline ?? article?.title, meta.siteName);
  const body = withoutStandfirst(
    withoutBios(withoutHeadline(article?.content ? blockText(article.content) : [], article?.title, meta), meta.bios),
    fallback,
    headline,
  );
  if (!article || !body.length) return { text: fallback.join('\n\n'), isolated: false };
  return { text: [headerLines(article, meta, body, fallback).join('\n'), ...body].filter(Boolean).join('\n\n'), isolated: true };
}
