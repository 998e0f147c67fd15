/**
 * Where each block sits in the original paste, so a cruft line restored in review goes back
 * between the paragraphs it came from. Blocks are found in reading order; one the clipper rewrote
 * (joined hard-wrapped lines, for instance) is matched by its first words, else placed just
 * after the block before it.
 */
export function positionsInPaste(raw: string, blocks: readonly string[]): number[] {
  const flat = raw.replace(/\s+/g, ' ');
  let from = 0;
  return blocks.map((block) => {
    const text = block.replace(/\s+/g, ' ').trim();
    let at = flat.indexOf(text, from);
    if (at === -1) at = flat.indexOf(text.slice(0, 40), from);
    if (at === -1) at = flat.indexOf(text);
    if (at === -1) return from + 0.5;
    from = at + 1;
    return at;
  });
}
