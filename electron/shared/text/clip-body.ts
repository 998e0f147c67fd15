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

// Chinese and Japanese leave no spaces between words, and their texts are counted by the character.
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+/gu;

/**
 * Words as the review, the saved clip and the dossier count them: runs of letters and digits, and
 * each character of Chinese and Japanese, as their readers count a text's length.
 */
export function wordCount(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + (p.match(WORD)?.length ?? 0), 0);
}

/** Languages whose texts wordCount counts by the character. */
const COUNTED_BY_CHARACTER = new Set(['zh', 'ja']);

/** A count from wordCount with the unit its language's readers use: "1,204 characters", "1 word". */
export function lengthLabel(count: number, language: string | null | undefined): string {
  const unit = language && COUNTED_BY_CHARACTER.has(language) ? 'character' : 'word';
  return `${count.toLocaleString()} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * A body as one editable string and back: paragraphs are separated by a blank line, and the line
 * breaks inside a paragraph (a wrapped text file, a pasted block) become spaces.
 */
export function paragraphsFromText(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}
