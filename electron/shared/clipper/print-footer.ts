import { findFullDates, type DateParts } from './date.js';
import { hasOutletWord } from './lexicon/outlet-words.js';
import { WEEKDAYS } from './lexicon/months.js';
import { isNameShaped } from './source.js';

/** A newspaper's name with the date of the issue the story was printed in. */
export interface PrintFooter {
  outlet: string;
  date: DateParts;
  /**
   * The line is a cutting's header, fields between bars with the section or the page the story
   * was printed on (`Example Courier | Region | 16.06.2026 | S. 13`), as press reviews and cuttings
   * services head each story they bundle: what stands above it is the bundle's, not the story's.
   */
  cutting: boolean;
}

// The paper's name, perhaps in quotation marks, then a comma or a dash: `«Example Courier», …`, `Le Courrier — …`.
const NAME_THEN_REST = /^[«"“„]?([^«»"“”„,—–|]{2,60}?)[»"”“]?\s*(?:,|\s[—–|]\s)\s*(.+)$/u;
const SEPARATOR = /\s*(?:,|\s[—–|]\s)\s*/u;
// What a printed page sets between the name and the date: its issue, edition or page.
const ISSUE = /^(?:№|n[o°º]\.?|nr\.?|issue|vol\.?|édition|edition|ausgabe|seite|page|p\.|выпуск|випуск|стр\.|с\.)(?=[\s\d]|$)/iu;
// The year's word after a Russian or Ukrainian date: `5 ноября 2025 г.`
const AFTER_DATE = /^(?:г\.?|р\.?|года|року)?\.?$/u;
// A cutting's fields stand between bars.
const BAR = /\s\|\s/u;
// The page a cutting was printed on, after its date: `S. 13`, `Seite 4`, `p. 7`, `page A3`, `стр. 5`, `第5版`.
const PAGE =
  /^[|,]?\s*(?:(?:s\.|seite|p\.|pp\.|page|pg\.|стр\.|с\.|сторінка)\s*[A-Z]?\d{1,3}(?:\s*[-–]\s*\d{1,3})?|第\s*\d{1,3}\s*[版页])$/iu;
// A section's name between a cutting's outlet and date: a few words, no figures.
const SECTION = /^\p{Lu}[\p{L}&'’ -]{1,30}$/u;
const SECTION_WORDS = 3;
const MAX_LENGTH = 140;
// A Chinese paper's e-edition prints under each story the paper in title marks, the day, the page
// and its section: `《Example晚报》2026年12月04日 第05版 城事`.
const CJK_FOOTER =
  /^《([^《》]{2,20})》\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s*\|?\s*第\s*\d{1,3}\s*版(?:\s*\|?\s*\p{Script=Han}{1,8})?)?$/u;

/** `《Example晚报》2026年12月04日 第05版 城事`: the paper and the day of the issue. */
function cjkPrintFooter(text: string): PrintFooter | null {
  const m = CJK_FOOTER.exec(text.trim());
  if (!m || !hasOutletWord(m[1]!)) return null;
  const dates = findFullDates(m[2]!);
  return dates.length === 1 ? { outlet: m[1]!, date: dates[0]!, cutting: false } : null;
}

/**
 * The line a printed page's footer or header gives a story: the paper's name, its issue, edition
 * or page, and the day, and nothing else: `«Example Courier», № 44 (1187), 5 ноября 2025 г.`,
 * `Le Courrier de l'Exemple — édition de Brest, mercredi 12 mars 2025`. The name must read as a
 * paper's (capitalised, with a word outlets use), so a sentence's `Paris, 12 mars 2025` or a
 * programme's `Example News for Tuesday, March 3, 2025` is no footer.
 */
export function readPrintFooter(text: string, usMonthFirst = false): PrintFooter | null {
  if (text.length > MAX_LENGTH) return null;
  const cjk = cjkPrintFooter(text);
  if (cjk) return cjk;
  const m = NAME_THEN_REST.exec(text.trim());
  if (!m) return null;
  const outlet = m[1]!.trim();
  if (!isNameShaped(outlet) || !hasOutletWord(outlet) || outlet.split(/\s+/u).some((w) => WEEKDAYS.has(w.toLowerCase()))) return null;
  const rest = m[2]!;
  const dates = findFullDates(rest, usMonthFirst);
  if (dates.length !== 1) return null;
  const date = dates[0]!;
  const after = rest.slice(date.index + date.length).trim();
  const paged = PAGE.test(after);
  const cutting = BAR.test(text) && (after === '' || paged);
  if (!AFTER_DATE.test(after) && !(cutting && paged)) return null;
  const between = rest
    .slice(0, date.index)
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  const issueOrDay = (part: string) => ISSUE.test(part) || WEEKDAYS.has(part.toLowerCase().replace(/\.$/u, ''));
  const section = (part: string) => cutting && SECTION.test(part) && part.split(/\s+/u).length <= SECTION_WORDS;
  if (!between.every((part) => issueOrDay(part) || section(part))) return null;
  return { outlet, date, cutting: cutting && (paged || between.some((part) => !issueOrDay(part))) };
}

/** Whether a word labels an issue, edition or page (`Ausgabe`, `Nr.`, `№`, `page`), which names nobody. */
export function isIssueWord(word: string): boolean {
  return ISSUE.test(word);
}
