import { findFullDates, findMonthDay, type DateParts } from './date.js';
import { cyrillicPlace, isKnownLatinPlace } from './gazetteer.js';
import { isAgency } from './lexicon/agencies.js';
import { isMonthOnly, WEEKDAYS } from './lexicon/months.js';
import { STAMP_WORD } from './lexicon/stamp-labels.js';
import { hasOutletWord } from './lexicon/outlet-words.js';
import { titleCaseWord } from './script.js';
import { GERMAN_PLACE_ENDING, GERMAN_PLACE_NOUNS } from './lexicon/entity-words.js';

/** The place (and wire marker, and date when given) at the head of the first body paragraph. */
export interface Dateline {
  place: string;
  /** The agency as written in the wire marker (`Reuters`, `TASS`, `新华社`), if there is one. */
  agency: string | null;
  date: DateParts | null;
  /** Where the dateline ends in the paragraph: its marker is not a mention of the outlet. */
  end: number;
}

const DASH = '(?:—|–|-{1,3})';
// Only the head of a paragraph is searched, so these patterns never meet a long line.
const HEAD_CHARS = 200;
const SEED_FORM = /^date\s+(\d{4}-\d{1,2}-\d{1,2})\s+([^:\n]{1,60}?):\s/iu;
// The outlet may head the dateline: a known wire, or any name ending as an outlet's does (`…财经网苏州9月18日讯`).
// Some papers set the whole dateline in lenticular brackets: `【示例社杭州5月6日电】`.
const CJK_WIRE =
  /^(?:【\s*)?(新华社|中新社|中新网|新华网|人民网|央视网|本报|\p{Script=Han}{1,8}?(?:网|报|社|电视台))?\s*(\p{Script=Han}{2,10}?)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:电|讯)(?:\s*】)?/u;
// A release wire's Chinese dateline: the city, the full date, the wire between slashes (`杭州2025年5月6日 /示例社/ --`).
const CJK_RELEASE =
  /^(\p{Script=Han}{2,10}?)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*\/\s*([^/\s][^/]{0,20}?)\s*\/\s*(?:-{1,3}|—{1,2})?\s*/u;
const PAREN_AGENCY = new RegExp(`\\(([^()]{1,40})\\)\\s*${DASH}\\s*`, 'u');
// `Рівне, 5 червня 2026 (Укрінформ). У селі …`: a known agency in brackets, closed by a full stop.
const PAREN_AGENCY_STOP = /\(([^()]{1,40})\)\.\s+(?=\p{Lu})/u;
const SLASH_AGENCY = new RegExp(`\\s/\\s*([^/\\s][^/]{0,30}?)\\s*/\\.?\\s*(?:${DASH}\\s*)?`, 'u');
// `KYIV — Exampleinform. The council …`: the agency's stop ends a sentence, and the story's next opens
// on a capital; `CITY — Example Renewables Inc. on Monday …` is the story's subject and an abbreviation.
const DASH_AGENCY = new RegExp(
  `\\s${DASH}\\s*(\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*){0,2})(?<!\\s(?:Inc|Corp|Ltd|Co|Bros|Jr|Sr))\\.\\s+(?=[«„"“]?[\\p{Lu}\\p{N}])`,
  'u',
);
const PLAIN_DASH = new RegExp(`\\s${DASH}\\s`, 'u');
// Press-release wires: `LEIPZIG, Germany--(BUSINESS WIRE)--March 5, 2025--Greenfield …`.
const WIRE_RELEASE = /^([^()\n]{2,60}?)--\(([^()]{2,30})\)--(?:([^\n]{4,30}?)--)?/u;
// A place in ordinary case with its date: `Житомир, 3 квітня. Міська рада …`.
const PLACE_AND_DATE = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{L}[\p{L}'’-]+){0,2}),\s+([^.\n–—]{3,30}?)(?:\.|\s[—–-])\s+(?=[«„"“]?\p{Lu})/u;
// A wire's dateline in sentences of its own: `Житомир. 3 квітня. SITE.UA - Міська рада …`.
const PLACE_STOP_DATE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\.\s+([^.\n–—]{3,20}?)\.\s+(?:(\p{Lu}[\p{Lu}\d.-]*\p{Lu}(?:\s\p{Lu}[\p{Lu}\d.-]*\p{Lu}){0,2})\s+${DASH}\s+)?(?=[«„"“]?\p{Lu})`,
  'u',
);
// South Asian papers write `NEW DELHI: The government …`.
const PLAIN_COLON = /:\s(?=\p{Lu})/u;

// Capitals that open a note or a post, not a story: `FYI - see the second half`, `UPDATE - …`.
const NOT_A_PLACE =
  /^(?:FYI|FWIW|BTW|ICYMI|NB|N\.B\.|PS|P\.S\.|TL;?DR|RE|FW|FWD|UPDATE|BREAKING|EXCLUSIVE|WATCH|LIVE|OPINION|ANALYSIS|EDITORIAL|CORRECTION|VIDEO|EN DIRECT|DIRECT|URGENT|ALERTE|EXCLUSIF|VIDÉO|EILMELDUNG|EXKLUSIV|LIVE-?TICKER|МОЛНИЯ|СРОЧНО|ОНЛАЙН|ЭКСКЛЮЗИВ|ВИДЕО|ТЕРМІНОВО|НАЖИВО|ЕКСКЛЮЗИВ|ВІДЕО|ФОТО)$/u;

// The Russian and Ukrainian year word may follow the date: `21 января 2026 г.`, `5 червня 2026 р.`
const YEAR_WORD_AFTER_DATE = String.raw`(?:(?:г|р)\.|года|року)`;
const YEAR_WORD = new RegExp(String.raw`^\s*${YEAR_WORD_AFTER_DATE}`, 'u');
const REGION_ABBREVIATION = /,\s*(?:\p{Lu}\p{Ll}{1,4}|(?:\p{Lu}\.)+\p{Lu})$/u;

/** `HALDEN, June 13` → the place part `HALDEN`, once the date is cut out. */
function placeOf(prefix: string, needCaps: boolean): { place: string; date: DateParts | null } | null {
  const date = findFullDates(prefix)[0] ?? findMonthDay(prefix);
  // The Russian and Ukrainian year word goes with the date: `Ужгород, 5 квітня 2025 р. —`.
  const rest = date ? prefix.slice(0, date.index) + prefix.slice(date.index + date.length).replace(YEAR_WORD, '') : prefix;
  let place = rest.replace(/[\s,.;:]+$/u, '').replace(/^[\s,]+/u, '');
  // `BRANNOCK FALLS, Ore.`, `ELLSWORTH, N.Y.`: the full stop belongs to the region's abbreviation.
  if (REGION_ABBREVIATION.test(place) && rest.trimStart().startsWith(`${place}.`)) place += '.';
  if (!place || place.length > 60) return null;
  if (!/^\p{Lu}/u.test(place)) return null;
  const words = place.split(/[\s,]+/u).filter(Boolean);
  if (words.length > 6) return null;
  // A place may carry a region abbreviation (`Conn.`, `St.`) but no sentence.
  if (/[!?"“”«»]|\.\s+\p{Ll}/u.test(place)) return null;
  if (needCaps && !/^\p{Lu}[\p{Lu}\p{M}'’. -]*\p{Lu}(?=$|[\s,(])/u.test(place)) return null;
  if (NOT_A_PLACE.test(place)) return null;
  return { place, date };
}

// `MONTBRISON (Loire) –`: a one-word name in ordinary case is the place's region or country. The
// regional press closes it with a full stop instead: `MONTBRISON (Loire). Le conseil …`.
const PLACE_REGION = new RegExp(
  `^(\\p{Lu}[\\p{Lu}\\p{M}' .-]*\\p{Lu})\\s*\\((\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'-]*)\\)\\s*(?:${DASH}|(\\.)(?=\\s+\\p{Lu}))\\s*`,
  'u',
);

/** A dateline whose brackets hold the place's region rather than an agency: no wire agency is named so. */
function regionInParens(head: string): Dateline | null {
  const m = PLACE_REGION.exec(head);
  if (!m || isAgency(m[2]!) || hasOutletWord(m[2]!)) return null;
  // Capitals and a bracket before a full stop open many sentences; a known town's name opens a dateline.
  if (m[3] && !isKnownLatinPlace(m[1]!.split(' ').map(titleCaseWord).join(' '))) return null;
  return { place: `${m[1]} (${m[2]})`, agency: null, date: null, end: m[0].length };
}

function agencyName(marker: string): string {
  return marker.split('/')[0]!.trim();
}

/** `Nov. 19, 2024`, `Nov`: a marker that holds a date, or opens on a month's or a weekday's name, names no agency. */
function datedMarker(marker: string): DateParts | null | undefined {
  const date = findFullDates(marker)[0] ?? findMonthDay(marker);
  if (date) return date;
  const first = marker.split(/[\s.,]/u)[0]!.toLowerCase();
  return isMonthOnly(first) || WEEKDAYS.has(first) ? null : undefined;
}

function fromMarker(head: string, re: RegExp, needCaps: boolean, isAgency: boolean): Dateline | null {
  const m = re.exec(head);
  if (!m) return null;
  const found = placeOf(head.slice(0, m.index), needCaps);
  if (!found) return null;
  const marker = isAgency ? agencyName(m[1]!) : null;
  if (marker !== null && !/^\p{L}/u.test(marker)) return null;
  // `RIVERTON (Nov. 19, 2024) —`, `RIVERTON — Nov. 19, 2024 — …`: the date in the marker's place.
  const dated = marker === null ? undefined : datedMarker(marker);
  if (dated !== undefined)
    return dated && !found.date ? { place: found.place, agency: null, date: dated, end: m.index + m[0].length } : null;
  return { place: found.place, agency: marker, date: found.date, end: m.index + m[0].length };
}

function knownAgencyMarker(head: string): Dateline | null {
  const m = PAREN_AGENCY_STOP.exec(head);
  return m && isAgency(m[1]!.trim()) ? fromMarker(head, PAREN_AGENCY_STOP, false, true) : null;
}

/** Reads the dateline at the start of a paragraph, or null when the paragraph has none. */
export function readDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, HEAD_CHARS);
  const seed = SEED_FORM.exec(head);
  if (seed) {
    const date = findFullDates(seed[1]!)[0] ?? null;
    return { place: seed[2]!.trim(), agency: null, date, end: seed[0].length };
  }
  const cjk = CJK_WIRE.exec(head);
  if (cjk) {
    const agency = cjk[1] && cjk[1] !== '本报' ? cjk[1] : null;
    return { place: cjk[2]!, agency, date: { year: null, month: +cjk[3]!, day: +cjk[4]!, index: 0, length: 0 }, end: cjk[0].length };
  }
  const cjkRelease = CJK_RELEASE.exec(head);
  if (cjkRelease) {
    const [, place, year, month, day, agency] = cjkRelease;
    return {
      place: place!,
      agency: agency!,
      date: { year: +year!, month: +month!, day: +day!, index: 0, length: 0 },
      end: cjkRelease[0].length,
    };
  }
  const release = WIRE_RELEASE.exec(head);
  if (release) {
    const found = placeOf(release[1]!, false);
    const date = release[3] ? (findFullDates(release[3])[0] ?? null) : null;
    if (found) return { place: found.place, agency: agencyName(release[2]!), date: date ?? found.date, end: release[0].length };
  }
  return (
    regionInParens(head) ??
    fromMarker(head, PAREN_AGENCY, false, true) ??
    fromMarker(head, SLASH_AGENCY, false, true) ??
    knownAgencyMarker(head) ??
    fromMarker(head, DASH_AGENCY, true, true) ??
    fromMarker(head, PLAIN_DASH, true, false) ??
    fromMarker(head, PLAIN_COLON, true, false) ??
    knownPlaceDateline(head)
  );
}

const knownPlace = (place: string) => {
  const first = place.split(/[\s,(]/u)[0]!;
  return isKnownLatinPlace(first) || cyrillicPlace(first, false) !== null || cyrillicPlace(first, true) !== null;
};

/**
 * A dateline in ordinary case (`Freiburg im Breisgau – …`, `Житомир, 3 квітня. …`) looks like
 * any sentence's opening, so it counts only when the gazetteer knows the place and a dash or a
 * date follows it.
 */
function knownPlaceDateline(head: string): Dateline | null {
  const dated = PLACE_AND_DATE.exec(head) ?? PLACE_STOP_DATE.exec(head);
  // A place in capitals (`СТАРЫЙ ОСКОЛ, 9 мая.`) is set apart as a dateline even where the gazetteer does not know it,
  // as is one that a wire's name in capitals follows, after the day: `Приклад. 3 квітня. SITE.UA - …`.
  const capitals = (place: string) => /\p{Lu}{2}/u.test(place) && place === place.toUpperCase() && !NOT_A_PLACE.test(place);
  const wire = dated?.[3] ?? null;
  if (dated && (knownPlace(dated[1]!) || capitals(dated[1]!) || wire)) {
    const date = findMonthDay(dated[2]!) ?? findFullDates(dated[2]!)[0] ?? null;
    if (date) return { place: dated[1]!, agency: wire, date, end: dated[0].length };
  }
  const released = PLACE_DATE_DASH.exec(head);
  const release = released ? readDatelineLine(released[1]!, false) : null;
  if (release) return { ...release, end: released![0].length };
  const dashed = fromMarker(head, PLAIN_DASH, false, false);
  if (dashed && dashed.place.split(/\s+/u).length <= 4 && knownPlace(dashed.place)) return dashed;
  // `Augsburg. Im Prozess um …`: a regional paper's town, closed by a full stop.
  const stopped = PLACE_STOP.exec(head);
  // A town the gazetteer does not know counts by a German town's ending: `Kleinstetten. Das Amtsgericht …`.
  const town =
    stopped &&
    (isKnownLatinPlace(stopped[1]!) ||
      ((GERMAN_PLACE_ENDING.test(stopped[1]!) || GERMAN_TOWN_ENDING.test(stopped[1]!)) && !GERMAN_PLACE_NOUNS.has(stopped[1]!)));
  if (town) return { place: stopped[1]!, agency: null, date: null, end: stopped[0].length };
  // `AUENSTEIN. Was für ein Abend …`: the town in capitals, as German regional papers print it. Short
  // words in capitals are as likely an acronym (`NATO.`), so those count only when the gazetteer knows them.
  const inCapitals = CAPITALS_STOP.exec(head);
  const place = inCapitals?.[1] ?? '';
  const capitalTown =
    inCapitals && !NOT_A_PLACE.test(place) && !isAgency(place) && (place.length >= 5 || isKnownLatinPlace(titleCaseWord(place)));
  return capitalTown ? { place, agency: null, date: null, end: inCapitals[0].length } : null;
}
// `Kellerau, 12. März 2025 – Die Stadtwerke …`: a press release's place and full date before a dash, read
// as a dateline line is (`readDatelineLine`), since a date with its year after a name and a comma opens no sentence.
const PLACE_DATE_DASH = new RegExp(String.raw`^([^–—\n]{8,70}?\d{4}(?:\s*${YEAR_WORD_AFTER_DATE})?)\s*${DASH}\s+(?=[«„"“]?\p{Lu})`, 'u');
const PLACE_STOP = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\.\s+(?=\p{Lu})/u;
// Endings of German and Sorbian-rooted town names (`Wendlingen`, `Lörrach`, `Chemnitz`, `Bautzen`),
// too common in other words to mark a place in running text but not before a dateline's full stop.
const GERMAN_TOWN_ENDING = /\p{Ll}(?:ingen|ach|bach|feld|born|rode|leben|itz|witz|zen|ow|lar|werda)$/u;
const CAPITALS_STOP = /^(\p{Lu}{2,}(?:-\p{Lu}{2,})?)\.\s+(?=\p{Lu}\p{Ll})/u;

// `Lindenau, 5. März 2026` or `OSLO, March 5, 2026, 14:30`: a place, its comma, and nothing after the date but a time.
const PLACE_THEN_DATE = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:[\s-]\p{Lu}[\p{L}\p{M}'’.-]*){0,2}),\s+(.+)$/u;
// What may follow a dateline line's date: its year word and a time.
const TIME_ONLY = new RegExp(
  String.raw`^[,\s]*${YEAR_WORD_AFTER_DATE}?[,\s]*(?:\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?)?\s*$`,
  'iu',
);

/**
 * A dateline printed on a line of its own above the story, as German and many agency copies do:
 * the place, then the date and nothing else. A place the gazetteer does not know counts when it
 * is one word or in capitals, since `Jane Doe, 5 March 2026` is a writer's name and date.
 */
export function readDatelineLine(line: string, usMonthFirst: boolean): Dateline | null {
  const m = PLACE_THEN_DATE.exec(line.trim());
  if (!m) return null;
  // `Rennes, le 2 juin 2026`, `Berlin, den 5. März 2026`: an article before the day.
  const when = m[2]!.replace(/^(?:le|den|am)\s+/iu, '');
  const date = findFullDates(when, usMonthFirst)[0];
  if (!date || date.index !== 0 || !TIME_ONLY.test(when.slice(date.length))) return null;
  const place = m[1]!;
  const words = place.split(/[\s-]+/u).map((w) => w.toLowerCase().replace(/\.$/u, ''));
  if (words.some((w) => isMonthOnly(w) || WEEKDAYS.has(w) || STAMP_WORD.test(w)) || NOT_A_PLACE.test(place)) return null;
  if (words.length > 1 && !isKnownLatinPlace(place) && !knownPlace(place) && place !== place.toUpperCase()) return null;
  return { place, agency: null, date, end: 0 };
}

const AGENCY_ONLY = new RegExp(`^\\(([^()]{2,30})\\)\\s*${DASH}\\s`, 'u');

/** The agency of a dateline that names no place: `(Bloomberg) -- Oil slipped …`. */
export function readLeadingAgency(paragraph: string): string | null {
  const m = AGENCY_ONLY.exec(paragraph.slice(0, 40));
  return m && /^\p{L}/u.test(m[1]!) ? agencyName(m[1]!) : null;
}
