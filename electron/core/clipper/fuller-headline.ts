import { countWords } from '../../shared/clipper/script.js';

// A page's heading runs on from its shortened title, but stays a headline's length.
const HEADLINE_MAX_WORDS = 30;

/**
 * The headline the page prints over its story, when its `<title>` gives it cut short (`Inside the
 * old mill` over `Inside the old mill: how a village saved its bakery`): the page's line that opens
 * on the title and runs on. Only where the markup gives no headline of its own.
 */
export function fullerHeadline(title: string | null, pageLines: readonly string[]): string | null {
  if (!title) return title;
  const fuller = pageLines.find((l) => l.length > title.length && l.startsWith(title) && countWords(l) <= HEADLINE_MAX_WORDS);
  return fuller ?? title;
}
