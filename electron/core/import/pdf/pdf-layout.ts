/**
 * Positioned text from a PDF page, put back into reading order: columns read one after another,
 * lines into paragraphs, hyphenated line ends joined, running headers, footers and page numbers
 * dropped, and the text split into articles where large headlines separate them.
 */

/** One run of text as pdf.js places it: x and y of its baseline (y grows upwards), its width and font size. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
}

export interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

export interface PdfArticle {
  headline: string;
  paragraphs: string[];
}

const CJK = /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/u;

/** Runs on one baseline, split where a gap wider than two ems shows a column gutter. */
function linesOfPage(page: PdfPage, pageIndex: number): Line[] {
  const runs = page.runs.filter((r) => r.text.trim() && !/^\u0000+$/.test(r.text)).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const r of runs) {
    const sameLine = current && Math.abs(current.y - r.y) < Math.max(current.size, r.size) * 0.4;
    const gap = current ? r.x - current.right : 0;
    if (current && sameLine && gap < Math.max(current.size, r.size) * 2) {
      const joiner = gap > r.size * 0.15 && !current.text.endsWith(' ') && !r.text.startsWith(' ') ? ' ' : '';
      current.text += joiner + r.text;
      current.right = Math.max(current.right, r.x + r.width);
      current.size = Math.max(current.size, r.size);
    } else {
      current = { text: r.text, x: r.x, right: r.x + r.width, y: r.y, size: r.size, page: pageIndex };
      lines.push(current);
    }
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() }));
}

/** x ranges of the page's columns: gaps in the horizontal coverage of lines that fit in a column. */
function columnsOf(lines: Line[]): { left: number; right: number }[] {
  if (!lines.length) return [];
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.right));
  // Column edges are read from body-size lines only: a small running header or page number
  // centred over the gutter would otherwise bridge it.
  const body = bodySize(lines);
  const narrow = lines.filter((l) => l.right - l.x < (right - left) * 0.6 && Math.abs(l.size - body) <= body * 0.15);
  const spans = narrow.map((l) => [l.x, l.right] as const).sort((a, b) => a[0] - b[0]);
  const columns: { left: number; right: number }[] = [];
  for (const [a, b] of spans) {
    const last = columns.at(-1);
    if (last && a <= last.right + 2) last.right = Math.max(last.right, b);
    else columns.push({ left: a, right: b });
  }
  // Only a gutter a few ems wide separates columns; a stray short line does not make one.
  const ems = body * 1.5;
  const merged: typeof columns = [];
  for (const c of columns) {
    const last = merged.at(-1);
    if (last && c.left - last.right < ems) last.right = Math.max(last.right, c.right);
    else merged.push({ ...c });
  }
  return merged.length > 1 ? merged : [{ left, right }];
}

/**
 * One page's lines in reading order: lines spanning the columns (headlines, a standfirst) cut the
 * page into bands; inside a band each column is read top to bottom, left column first.
 */
export function readingOrder(page: PdfPage, pageIndex: number): Line[] {
  const lines = linesOfPage(page, pageIndex);
  const columns = columnsOf(lines);
  if (columns.length < 2) return lines;
  const columnOf = (l: Line) => columns.findIndex((c) => l.x >= c.left - 1 && l.right <= c.right + 1);
  const ordered: Line[] = [];
  let band: Line[] = [];
  const flush = () => {
    band.sort((a, b) => columnOf(a) - columnOf(b) || b.y - a.y);
    ordered.push(...band);
    band = [];
  };
  for (const l of lines) {
    if (columnOf(l) < 0) {
      flush();
      ordered.push(l);
    } else band.push(l);
  }
  flush();
  return ordered;
}

const BARE_PAGE_NUMBER = /^(page\s+|p\.\s*|стр\.\s*|第)?\d{1,4}(\s*(of|\/|из)\s*\d{1,4})?(页)?$/iu;

/** The shape of a running line whatever the page: digits stand for the page number. */
const runningKey = (l: Line) => `${Math.round(l.y)}|${l.text.replace(/\d+/g, '#').toLowerCase()}`;

/**
 * Lines that repeat at the same height on several pages (running headers and footers) and bare
 * page numbers near the top or bottom edge.
 */
export function dropRunningLines(pages: Line[][], heights: number[]): Line[][] {
  const seen = new Map<string, number>();
  for (const lines of pages) for (const key of new Set(lines.map(runningKey))) seen.set(key, (seen.get(key) ?? 0) + 1);
  const repeated = (l: Line) => pages.length > 1 && (seen.get(runningKey(l)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, i) => {
    const h = heights[i] ?? 0;
    const nearEdge = (l: Line) => l.y < h * 0.12 || l.y > h * 0.88;
    return lines.filter((l) => !(nearEdge(l) && (repeated(l) || BARE_PAGE_NUMBER.test(l.text))));
  });
}

/** The size most of the text is set in, weighted by characters. */
function bodySize(lines: Line[]): number {
  const bySize = new Map<number, number>();
  for (const l of lines) bySize.set(l.size, (bySize.get(l.size) ?? 0) + l.text.length);
  return [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Joins a line to the paragraph so far: a hyphen at a line's end before a lower-case letter is a break, not a dash. */
function joinLine(paragraph: string, next: string): string {
  if (!paragraph) return next;
  if (/\p{L}[-\u00ad]$/u.test(paragraph) && /^\p{Ll}/u.test(next)) return paragraph.slice(0, -1) + next;
  if (CJK.test(paragraph.slice(-1)) && CJK.test(next[0] ?? '')) return paragraph + next;
  return `${paragraph} ${next}`;
}

/**
 * Lines in reading order to articles: a run of lines set clearly larger than the body text is a
 * headline and starts an article; a wider gap than between lines, or a new page or column, ends a paragraph.
 */
export function splitArticles(lines: Line[]): PdfArticle[] {
  const body = bodySize(lines);
  const isHeadline = (l: Line) => l.size >= body * 1.3;
  const articles: PdfArticle[] = [];
  let article: PdfArticle = { headline: '', paragraphs: [] };
  let paragraph = '';
  let previous: Line | null = null;
  const endParagraph = () => {
    if (paragraph) article.paragraphs.push(paragraph);
    paragraph = '';
  };
  for (const l of lines) {
    if (isHeadline(l)) {
      const continuesHeadline = previous && isHeadline(previous) && previous.page === l.page;
      if (continuesHeadline) article.headline = joinLine(article.headline, l.text);
      else {
        endParagraph();
        if (article.headline || article.paragraphs.length) articles.push(article);
        article = { headline: l.text, paragraphs: [] };
      }
      previous = l;
      continue;
    }
    const gap = previous ? previous.y - l.y : 0;
    const sameFlow = previous && !isHeadline(previous) && previous.page === l.page && gap > 0 && gap < l.size * 1.75;
    if (!sameFlow) endParagraph();
    paragraph = joinLine(paragraph, l.text);
    previous = l;
  }
  endParagraph();
  if (article.headline || article.paragraphs.length) articles.push(article);
  return mergeHeadlinesWithoutText(articles);
}

/** A headline with no text under it (a section title, a kicker) belongs to the article after it. */
function mergeHeadlinesWithoutText(articles: PdfArticle[]): PdfArticle[] {
  const out: PdfArticle[] = [];
  let pending = '';
  for (const a of articles) {
    if (!a.paragraphs.length) {
      pending = pending ? `${pending} ${a.headline}` : a.headline;
      continue;
    }
    out.push(pending ? { headline: a.headline ? `${pending}: ${a.headline}` : pending, paragraphs: a.paragraphs } : a);
    pending = '';
  }
  if (pending && out.length) out.at(-1)!.paragraphs.push(pending);
  return out;
}

/** An article as the text a user would paste: the headline, a blank line, the paragraphs. */
export function articleText(article: PdfArticle): string {
  return [article.headline, ...article.paragraphs].filter(Boolean).join('\n\n') + '\n';
}
