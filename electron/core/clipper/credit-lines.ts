import { creditAfterTimestamp, isLabelledByline, readBylineLine } from '../../shared/clipper/byline.js';
import { findFullDates } from '../../shared/clipper/date.js';
import { readDateLine } from '../../shared/clipper/date-line.js';

// `Posted on March 3, 2024 by Jane Doe`: the writer's credit closes a timestamp's line.
const CREDIT_AT_END = /\s(?:by|von|par)\s+\p{Lu}\S*(?:\s+\p{Lu}\S*){1,2}$/u;

/** Whether a line is a full date and then the credit that closes it, as a blog's post header writes it. */
function creditAfterDate(line: string): boolean {
  const at = line.search(CREDIT_AT_END);
  return at > 0 && findFullDates(line.slice(0, at)).length > 0;
}

/** A page line that credits the story's writer by a credit word (`By Jane Doe`, `Von …`, `Автор: …`, `Words: …`), perhaps after its timestamp. */
export const isBylineLine = (line: string) =>
  (isLabelledByline(line) || creditAfterTimestamp(line) !== null || creditAfterDate(line)) && Boolean(readBylineLine(line)?.names.length);

/** A byline line as the header gives it: a post header's credit after its date as `By Jane Doe`, whose date is read apart. */
export function creditOfLine(line: string): string {
  return creditAfterDate(line) ? `By ${readBylineLine(line)?.names.join(', ') ?? ''}` : line;
}

/** A page line that is a timestamp, in either order of day and month. */
export const isDateLine = (line: string) => readDateLine(line, true) !== null || readDateLine(line, false) !== null;
