import { countWords } from '../../shared/clipper/script.js';
import { isBylineLine, isDateLine } from './credit-lines.js';

// A standfirst runs a few sentences at most, and stands just under its headline, perhaps under
// a label Readability kept above it too (`LIVE`).
const STANDFIRST_MAX_WORDS = 60;
const HEADLINE_REACH = 3;
const LEADING_LABELS = 2;
// A line of this many words is a paragraph of the story, not a date line or a credit kept above it.
const PARAGRAPH_WORDS = 12;

/**
 * The article's paragraphs without the standfirst Readability kept at their top. A page prints its
 * story's byline or timestamp between the headline's summary and the story; never between the
 * story's first two paragraphs.
 */
export function withoutStandfirst(body: readonly string[], pageLines: readonly string[], headline: string | null): string[] {
  const top = headline ? pageLines.findIndex((l) => l.includes(headline)) : -1;
  if (top < 0) return [...body];
  for (let k = 0; k <= LEADING_LABELS && k + 2 < body.length; k++) {
    const at = pageLines.indexOf(body[k]!, top + 1);
    if (at < 0) continue;
    // The story's next paragraph: a date line or a credit the article kept lies between.
    const following = body.slice(k + 1).find((p) => countWords(p) >= PARAGRAPH_WORDS && !isBylineLine(p) && !isDateLine(p)) ?? body[k + 1]!;
    const next = pageLines.indexOf(following, at + 1);
    const credited = next > at && pageLines.slice(at + 1, next).some((l) => isBylineLine(l) || isDateLine(l));
    const standfirst = at - top <= HEADLINE_REACH && countWords(body[k]!) <= STANDFIRST_MAX_WORDS && credited;
    return standfirst ? body.filter((_, i) => i !== k) : [...body];
  }
  return [...body];
}
