/**
 * A clip's text as one editable string and back: paragraphs are separated by a blank line, and
 * the line breaks inside a paragraph (a wrapped text file, a pasted block) become spaces.
 */
export function paragraphsFromText(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

export function textFromParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}
