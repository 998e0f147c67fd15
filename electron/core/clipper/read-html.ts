import { isAgency } from '../../shared/clipper/lexicon/agencies.js';
import { pasteWorker } from './paste-thread.js';
import { pageHeadline, pageMeta, type PageMeta } from './page-meta.js';
import { roughHtmlText, tagShape, withoutInertParts } from './rough-html-text.js';

/** Pasted HTML read as text, with the page's own address and a note when the quick reading was used. */
export interface HtmlReading {
  text: string;
  url: string | null;
  /** Set when the page was read without finding its article: the review shows it. */
  notice: string | null;
  /** The headline the page's markup gives, which outranks any line of its text. */
  title: string | null;
  /** The text is the article alone, cut from its page; else it is the whole page's text. */
  isolated: boolean;
  /** The language tag the page declares (`<html lang="en-GB">`). */
  locale: string | null;
  /** The people the page's markup credits as the story's writers (no wire, no site). */
  writers: string[];
}

// Past these the DOM libraries slow to seconds or overflow the stack; real news pages stay below.
const MAX_DOM_CHARS = 2_500_000;
const LIMITS = { elements: 20_000, depth: 300, siblings: 1_000 };
// A page's clean-up gets this long, plus a little per kilobyte, before the quick reading is used:
// a backstop for what the shape limits miss, generous because a busy machine runs slower.
const BASE_TIME_MS = 8000;
const TIME_PER_KB_MS = 5;

export const QUICK_READING_NOTICE =
  'This page was too large or too complex to find its article in time, so all of its text is shown: check the paragraphs and remove what does not belong.';

function tooComplex(page: string): boolean {
  const shape = tagShape(page, LIMITS);
  return shape.elements > LIMITS.elements || shape.depth > LIMITS.depth || shape.siblings > LIMITS.siblings;
}

/** The header lines a quick reading can still give, from the page's own metadata. */
function metaHeader(meta: PageMeta): string {
  const authors = meta.authors.length ? meta.authors : meta.outletAuthors;
  return [
    meta.headline,
    authors.length ? `By ${authors.join(', ')}` : null,
    meta.published ? `Published ${meta.published.slice(0, 10)}` : null,
    meta.source ? `Source: ${meta.source}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

const markupWriters = (meta: PageMeta) => meta.authors.filter((a) => !isAgency(a));

function quickReading(html: string, meta: PageMeta): HtmlReading {
  const body = roughHtmlText(html);
  const header = metaHeader(meta);
  return {
    text: header && body ? `${header}\n\n${body}` : body,
    url: meta.url,
    notice: body ? QUICK_READING_NOTICE : null,
    title: pageHeadline(meta.headline, meta.siteName),
    isolated: false,
    locale: meta.locale,
    writers: markupWriters(meta),
  };
}

/**
 * Pasted HTML as article text. The DOM clean-up (linkedom, DOMPurify, Readability) runs in a worker
 * with a time limit, and only on pages whose size and element count keep it bounded; anything
 * else gets the quick tag-stripping reading with a notice. The core's thread is never held.
 */
export async function readHtml(html: string): Promise<HtmlReading> {
  const meta = pageMeta(html);
  const page = html.length > MAX_DOM_CHARS ? null : withoutInertParts(html);
  if (page === null || tooComplex(page)) return quickReading(html, meta);
  const reading = await pasteWorker.run({ kind: 'html', html: page, meta }, BASE_TIME_MS + (html.length / 1024) * TIME_PER_KB_MS);
  if (reading?.kind !== 'html') return quickReading(html, meta);
  return {
    text: reading.text,
    isolated: reading.isolated,
    url: meta.url,
    notice: null,
    title: pageHeadline(meta.headline, meta.siteName),
    locale: meta.locale,
    writers: markupWriters(meta),
  };
}
