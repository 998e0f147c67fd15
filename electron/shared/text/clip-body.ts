/**
 * A clip's body is its paragraphs joined by a blank line: the library stores it so, and highlight
 * offsets count characters in it. Everything that joins, splits or counts in a body uses these.
 */
export const PARAGRAPH_SEPARATOR = '\n\n';

export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

export function splitBody(body: string): string[] {
  return body ? body.split(PARAGRAPH_SEPARATOR) : [];
}

/** Where each paragraph begins in the joined body. */
export function paragraphStarts(paragraphs: readonly string[]): number[] {
  let offset = 0;
  return paragraphs.map((paragraph) => {
    const start = offset;
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
    return start;
  });
}

/** Words as the review, the saved clip and the dossier count them: runs of letters and digits, in any script. */
export function wordCount(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + (p.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
}
