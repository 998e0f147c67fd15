import { countWords } from './script.js';

/**
 * Whether a header line can be the headline. Section labels (`OPINION`, `Analysis`) are too
 * short, and a line that ends in a colon or comma introduces something rather than heads it.
 */
export function isHeadlineLike(text: string): boolean {
  if (text.length > 300 || /[:,;：，]$/u.test(text)) return false;
  const words = countWords(text);
  const cjk = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (cjk >= 6) return true;
  return words >= 3 && words <= 40;
}

// A section a page files the story under, set before the headline with a bar: `Opinion | …`.
const SECTION_BEFORE_BAR =
  /^(?:opinion|analysis|comment|commentary|editorial|column|exclusive|explainer|interview|review|live|watch|video|podcast|meinung|kommentar|analyse|tribune|éditorial|chronique|opinión|análisis|мнение|колонка|думка)\s*\|\s*(?=\S)/iu;

/** The headline without the section label a page sets before it with a bar. */
export function withoutSectionLabel(title: string): string {
  return title.replace(SECTION_BEFORE_BAR, '');
}
