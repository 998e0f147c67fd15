import { findFullDates, type DateParts } from './date.js';
import { hasOutletWord, KIND_THEN_QUOTED_NAME } from './lexicon/outlet-words.js';
import { WEEKDAYS } from './lexicon/months.js';
import { isNameShaped } from './source.js';

/** A newspaper's name with the date of the issue the story was printed in. */
export interface PrintFooter {
  /** The paper, or null for a newsletter's issue line, whose name is the letter's rather than its outlet's. */
  outlet: string | null;
  date: DateParts;
  /**
   * The line is a cutting's header, fields between bars with the section or the page the story
   * was printed on (`Example Courier | Region | 16.06.2026 | S. 13`), as press reviews and cuttings
   * services head each story they bundle: what stands above it is the bundle's, not the story's.
   */
  cutting: boolean;
}

// What stands between the fields of the line: a comma, or a spaced dash, bar or dot, or an ideographic space.
const SEPARATOR = /\s*(?:,|\s[—–|·•]\s|\u3000)\s*/u;
// The paper's name, perhaps in quotation marks, as the line's first field.
const FIRST_FIELD = /^(.{2,60}?)(?:,|\s[—–|·•]\s|\u3000)\s*(.+)$/u;
// A Chinese paper's name and its fields, between spaces once a paste's ideographic spaces are plain: `Example晚报 2025年08月09日 星期六`.
const HAN_FIRST_FIELD = /^(\p{Script=Han}{2,12})\s+(.+)$/u;
// What a printed page sets between the name and the date: its issue, edition or page.
const ISSUE = /^(?:№|n[o°º]\.?|nr\.?|issue|vol\.?|édition|edition|ausgabe|seite|page|p\.|выпуск|випуск|стр\.|с\.)(?=[\s\d№]|$)/iu;
// The mark before an issue's number: `n°`, `№`, `Nr.`, `#`, `Випуск`, `Issue`, `Ausgabe №`.
const ISSUE_MARK = String.raw`(?:(?:выпуск|випуск|issue|ausgabe|numéro)\s*(?:№|n[o°º]\.?|nr\.?|#)?|№|n[o°º]\.?|nr\.?|#)`;
// An issue numbered, as a newsletter's or a paper's line gives it: `n° 87`, `№ 47 (12 311)`, `Випуск №212`.
const NUMBERED_ISSUE = new RegExp(String.raw`^${ISSUE_MARK}?\s*\d[\d\s]*(?:\s*\([\d\s]+\))?$`, 'iu');
// The same inside a line: `Mardi 24 novembre 2026 · n° 1 412`, `Ausgabe 12`, `第 56 期`.
const NUMBERED_ISSUE_IN_LINE = new RegExp(String.raw`(?:^|[\s·|•,–—-])(?:${ISSUE_MARK}|第)\s*\d`, 'iu');

/** Whether a line numbers an issue, as a newsletter's or a paper's date line does. */
export function numbersIssue(text: string): boolean {
  return NUMBERED_ISSUE_IN_LINE.test(text);
}
// The year's word after a Russian or Ukrainian date: `5 ноября 2025 г.`
const AFTER_DATE = /^(?:г\.?|р\.?|года|року)?\.?$/u;
// A cutting's fields stand between bars.
const BAR = /\s\|\s/u;
// The page a cutting was printed on, after its date: `S. 13`, `Seite 4`, `p. 7`, `page A3`, `стр. 5`, `第5版`, `第05版：城市`.
const PAGE =
  /^(?:(?:s\.|seite|p\.|pp\.|page|pg\.|стр\.|с\.|сторінка)\s*[A-Z]?\d{1,3}(?:\s*[-–]\s*\d{1,3})?|第\s*\d{1,3}\s*[版页](?:\s*[:：]?\s*\p{Script=Han}{1,8})?)$/iu;
// A section's name between a cutting's outlet and date: a few words, no figures.
const SECTION = /^(?:\p{Lu}[\p{L}&'’ -]{1,30}|\p{Script=Han}{1,8})$/u;
const SECTION_WORDS = 3;
const MAX_LENGTH = 140;
// The day of the week a Chinese paper prints beside the date: `星期六`, `周六`.
const CJK_WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]$/u;
// A newsletter's name is short.
const LETTER_NAME_WORDS = 6;

/**
 * The paper's name in the line's first field (`«Example Courier»`, `Газета «Example»`,
 * `《Example晚报》`, `Example Herald`), and what follows a quoted name in that field (`№ 47`).
 */
function paperName(field: string): { name: string; quoted: boolean; tail: string } {
  const m = KIND_THEN_QUOTED_NAME.exec(field) ?? /^[«"“„《]([^«»"“”„《》]{2,40})[»"”“》]/u.exec(field);
  return m ? { name: m[1]!.trim(), quoted: true, tail: field.slice(m[0].length) } : { name: field, quoted: false, tail: '' };
}

const isWeekday = (part: string) => WEEKDAYS.has(part.toLowerCase().replace(/\.$/u, '')) || CJK_WEEKDAY.test(part);

/**
 * The line a printed page's footer or header gives a story: the paper's name, its issue, edition
 * or page, and the day, and nothing else: `«Example Courier», № 44 (1187), 5 ноября 2025 г.`,
 * `Le Courrier de l'Exemple — édition de Brest, mercredi 12 mars 2025`, `Example晚报 2025年08月09日 星期六 第05版：城市` (its spaces ideographic).
 * The name must read as a paper's (capitalised, with a word outlets use, or in quotation marks),
 * so a sentence's `Paris, 12 mars 2025` or a programme's `Example News for Tuesday, March 3, 2025`
 * is no footer. A newsletter's line (`Example Letter — n° 87 — jeudi 9 octobre 2025`) numbers its
 * issue under a name that is the letter's: it gives the day alone.
 */
export function readPrintFooter(text: string, usMonthFirst = false): PrintFooter | null {
  if (text.length > MAX_LENGTH) return null;
  // `《Example晚报》2026年12月04日`: a Chinese paper's title marks end its name with no space after them.
  const m = FIRST_FIELD.exec(text.trim().replace(/》(?=\S)/u, '》\u3000')) ?? HAN_FIRST_FIELD.exec(text.trim());
  if (!m) return null;
  const { name, quoted, tail } = paperName(m[1]!.trim());
  if (name.split(/\s+/u).some((w) => WEEKDAYS.has(w.toLowerCase()))) return null;
  const rest = m[2]!;
  const dates = findFullDates(rest, usMonthFirst);
  if (dates.length !== 1) return null;
  const date = dates[0]!;
  const han = /^\p{Script=Han}+$/u.test(name);
  const fields = (part: string) =>
    part
      .split(han ? /\s+/u : SEPARATOR)
      .map((f) => f.trim())
      .filter(Boolean);
  const after = fields(rest.slice(date.index + date.length));
  const between = [...fields(tail), ...fields(rest.slice(0, date.index))];
  const paged = after.some((f) => PAGE.test(f));
  const cutting = BAR.test(text) && (after.length === 0 || paged);
  const section = (part: string) => (cutting || paged) && SECTION.test(part) && part.split(/\s+/u).length <= SECTION_WORDS;
  const issueOrDay = (part: string) => ISSUE.test(part) || isWeekday(part);
  if (!after.every((f) => AFTER_DATE.test(f) || PAGE.test(f) || isWeekday(f) || section(f))) return null;
  if (!between.every((part) => issueOrDay(part) || section(part))) return null;
  const paper = (quoted || han || isNameShaped(name)) && hasOutletWord(name);
  if (paper || (quoted && paged)) return { outlet: name, date, cutting: cutting && (paged || between.some((part) => !issueOrDay(part))) };
  const letter =
    /^\p{Lu}/u.test(name) && name.split(/\s+/u).length <= LETTER_NAME_WORDS && between.some((part) => NUMBERED_ISSUE.test(part));
  return letter ? { outlet: null, date, cutting: false } : null;
}

/** Whether a word labels an issue, edition or page (`Ausgabe`, `Nr.`, `№`, `page`), which names nobody. */
export function isIssueWord(word: string): boolean {
  return ISSUE.test(word);
}
