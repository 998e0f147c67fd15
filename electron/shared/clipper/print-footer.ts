import { findFullDates, type DateParts } from './date.js';
import { hasOutletWord } from './lexicon/outlet-words.js';
import { WEEKDAYS } from './lexicon/months.js';
import { isNameShaped } from './source.js';

/** A newspaper's name with the date of the issue the story was printed in. */
export interface PrintFooter {
  outlet: string;
  date: DateParts;
}

// The paper's name, perhaps in quotation marks, then a comma or a dash: `«Example Courier», …`, `Le Courrier — …`.
const NAME_THEN_REST = /^[«"“„]?([^«»"“”„,—–|]{2,60}?)[»"”“]?\s*(?:,|\s[—–|]\s)\s*(.+)$/u;
const SEPARATOR = /\s*(?:,|\s[—–|]\s)\s*/u;
// What a printed page sets between the name and the date: its issue, edition or page.
const ISSUE = /^(?:№|n[o°º]\.?|nr\.?|issue|vol\.?|édition|edition|ausgabe|seite|page|p\.|выпуск|випуск|стр\.|с\.)(?=[\s\d]|$)/iu;
// The year's word after a Russian or Ukrainian date: `5 ноября 2025 г.`
const AFTER_DATE = /^(?:г\.?|р\.?|года|року)?\.?$/u;
const MAX_LENGTH = 140;

/**
 * The line a printed page's footer or header gives a story: the paper's name, its issue, edition
 * or page, and the day, and nothing else: `«Example Courier», № 44 (1187), 5 ноября 2025 г.`,
 * `Le Courrier de l'Exemple — édition de Brest, mercredi 12 mars 2025`. The name must read as a
 * paper's (capitalised, with a word outlets use), so a sentence's `Paris, 12 mars 2025` or a
 * programme's `Example News for Tuesday, March 3, 2025` is no footer.
 */
export function readPrintFooter(text: string, usMonthFirst = false): PrintFooter | null {
  if (text.length > MAX_LENGTH) return null;
  const m = NAME_THEN_REST.exec(text.trim());
  if (!m) return null;
  const outlet = m[1]!.trim();
  if (!isNameShaped(outlet) || !hasOutletWord(outlet) || outlet.split(/\s+/u).some((w) => WEEKDAYS.has(w.toLowerCase()))) return null;
  const rest = m[2]!;
  const dates = findFullDates(rest, usMonthFirst);
  if (dates.length !== 1) return null;
  const date = dates[0]!;
  if (!AFTER_DATE.test(rest.slice(date.index + date.length).trim())) return null;
  const between = rest
    .slice(0, date.index)
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  const issueOrDay = (part: string) => ISSUE.test(part) || WEEKDAYS.has(part.toLowerCase().replace(/\.$/u, ''));
  return between.every(issueOrDay) ? { outlet, date } : null;
}
