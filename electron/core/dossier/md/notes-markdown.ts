/**
 * A clip's notes, written in Markdown, kept as Markdown in a Markdown dossier: their emphasis,
 * lists and links read as written. What could break out of the notes is defused: raw HTML prints
 * as text, a heading sits below the clip's own, a footnote label cannot collide with the
 * dossier's, and a single line break stays a break, as the reader shows it. Code fences are
 * left as they are.
 */
export function notesMarkdown(notes: string): string {
  let fenced = false;
  const lines = notes.replace(/\r\n?/g, '\n').trim().split('\n');
  return lines
    .map((line, i) => {
      if (/^\s{0,3}(```|~~~)/.test(line)) {
        fenced = !fenced;
        return line;
      }
      if (fenced) return line;
      const defused = line
        .replace(/</g, '\\<')
        .replace(/\[\^/g, '\\[^')
        .replace(
          /^(\s{0,3})(#{1,6})(\s)/,
          (_m, indent: string, hashes: string, space: string) => `${indent}${'#'.repeat(Math.min(6, hashes.length + 3))}${space}`,
        );
      const next = lines[i + 1];
      return next !== undefined && next.trim() && defused.trim() ? `${defused}  ` : defused;
    })
    .join('\n');
}
