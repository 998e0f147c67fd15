/** A non-empty line of the paste, trimmed, with the blank-line-separated block it belongs to. */
export interface Line {
  text: string;
  block: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let blank = false;
  for (const raw of text.split('\n')) {
    const trimmed = raw.replace(/ +/g, ' ').trim();
    if (!trimmed) {
      blank = true;
      continue;
    }
    if (blank && lines.length) block++;
    blank = false;
    lines.push({ text: trimmed, block });
  }
  return lines;
}
