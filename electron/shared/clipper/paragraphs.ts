import { readDateline } from './dateline.js';
import { joinWrappedLine, type Line } from './lines.js';
import { isListItem } from './main-span.js';
import { endsSentence, startsLower } from './script.js';

/**
 * Joins the content lines of each block into paragraphs. Lines of one block are joined when they
 * look hard-wrapped (an e-mail, a PDF): the next line starts in lower case, or the line breaks off
 * mid-sentence at a typical wrapping width. A line in `alone` (a summary's point) is a paragraph of
 * its own however it ends.
 */
export function buildParagraphs(
  lines: readonly Line[],
  isContent: (i: number) => boolean,
  alone: ReadonlySet<number> = new Set(),
): string[] {
  const paragraphs: string[] = [];
  let current: string | null = null;
  let previous: Line | null = null;
  lines.forEach((line, i) => {
    if (!isContent(i)) {
      if (current !== null) paragraphs.push(current);
      current = null;
      previous = null;
      return;
    }
    const wrapped =
      current !== null &&
      previous !== null &&
      previous.block === line.block &&
      !alone.has(i) &&
      !alone.has(i - 1) &&
      (startsLower(line.text) ||
        (previous.text.length >= 40 &&
          previous.text.length <= 110 &&
          !endsSentence(previous.text) &&
          readDateline(line.text) === null &&
          !(isListItem(previous.text) && isListItem(line.text))));
    if (wrapped) current = joinWrappedLine(current!, line.text);
    else {
      if (current !== null) paragraphs.push(current);
      current = line.text;
    }
    previous = line;
  });
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}
