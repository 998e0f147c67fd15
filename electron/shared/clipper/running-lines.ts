import type { Line } from './lines.js';
import { breaksMidPhrase } from './phrase-breaks.js';
import { endsSentence } from './script.js';

// A page's number as a printed page or its PDF sets it: `- 4 -`, `Page 2 of 5`, `Seite 3`,
// `Стр. 2`, `3/5`, `第2页`.
const PAGE_WORD = String.raw`(?:page|p\.|seite|s\.|страница|стр\.?|сторінка|с\.|página|pagina)`;
const PAGE_NUMBER = String.raw`(?:${PAGE_WORD}\s*\d{1,4}(?:\s*(?:of|von|sur|de|из|з|/)\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[/／]?\s*共\s*\d{1,4}\s*页)?)`;
const BARE_PAGE_NUMBER = new RegExp(String.raw`^(?:[-–—]\s*\d{1,4}\s*[-–—]|${PAGE_NUMBER})$`, 'iu');
// A running header or footer: the page's number set off from a name or a date by a dash or a bar.
const PAGE_NUMBER_BESIDE_TEXT = new RegExp(String.raw`(?:\s[-–—|·•]\s*${PAGE_NUMBER}$|^${PAGE_NUMBER}\s*[-–—|·•]\s)`, 'iu');
const RUNNING_MAX_CHARS = 100;
// A paragraph's line that a page break cuts is of a column's width, unlike a menu's or a headline's.
const PARAGRAPH_LINE_MIN = 40;

/** `Page 2 of 5`, `- 4 -`: a line that is only a page's number. */
export function isPageNumberLine(text: string): boolean {
  return BARE_PAGE_NUMBER.test(text);
}

/**
 * Lines a printed page repeats at its head or foot: a page's number alone or beside a name, or a
 * line printed again further on with only its figures changed (a clipping service's name and date).
 */
function runningLines(lines: readonly Line[]): boolean[] {
  const shape = (text: string) => text.replace(/\d+/gu, '#');
  const seen = new Map<string, number>();
  for (const l of lines) if (/\d/u.test(l.text)) seen.set(shape(l.text), (seen.get(shape(l.text)) ?? 0) + 1);
  return lines.map(
    ({ text }) =>
      text.length <= RUNNING_MAX_CHARS &&
      !endsSentence(text) &&
      (isPageNumberLine(text) || PAGE_NUMBER_BESIDE_TEXT.test(text) || (seen.get(shape(text)) ?? 0) > 1),
  );
}

/**
 * The paste with the running heads and page numbers that a page break set in the middle of a
 * paragraph taken out of it: the paragraph's lines go on as one block, and the running lines,
 * marked as such, follow it as a block of their own. A running line between two paragraphs stays
 * where it is, marked only when it is a page's number.
 */
export function withoutPageBreaks(lines: readonly Line[]): Line[] {
  const running = runningLines(lines);
  const out: Line[] = [];
  let held: Line[] = [];
  let block = -1;
  // The block of the paste the last line kept came from.
  let from: number | null = null;
  let bridging = false;
  const flush = () => {
    for (const line of held) out.push({ text: line.text, block: ++block, running: true });
    held = [];
  };
  lines.forEach((line, i) => {
    const last = out[out.length - 1];
    if (running[i] && last && !last.running && last.text.length >= PARAGRAPH_LINE_MIN && !endsSentence(last.text)) {
      const next = lines.findIndex((l, k) => k > i && !running[k]);
      const continues = next >= 0 && breaksMidPhrase(last.text, lines[next]!.text);
      if (continues) {
        held.push(line);
        bridging = true;
        return;
      }
    }
    if (running[i] && isPageNumberLine(line.text)) {
      held.push(line);
      flush();
      from = null;
      bridging = false;
      return;
    }
    if (!(bridging || line.block === from)) {
      flush();
      block++;
    }
    out.push({ text: line.text, block });
    from = line.block;
    bridging = false;
  });
  flush();
  return out;
}
