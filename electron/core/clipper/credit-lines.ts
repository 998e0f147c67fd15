import { creditAfterTimestamp, isLabelledByline, readBylineLine } from '../../shared/clipper/byline.js';
import { readDateLine } from '../../shared/clipper/date-line.js';

/** A page line that credits the story's writer by a credit word (`By Jane Doe`, `Von …`, `Автор: …`, `Words: …`), perhaps after its timestamp. */
export const isBylineLine = (line: string) =>
  (isLabelledByline(line) || creditAfterTimestamp(line) !== null) && Boolean(readBylineLine(line)?.names.length);

/** A page line that is a timestamp, in either order of day and month. */
export const isDateLine = (line: string) => readDateLine(line, true) !== null || readDateLine(line, false) !== null;
