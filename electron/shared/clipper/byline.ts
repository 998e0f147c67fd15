import { AGENCY_IN_TEXT, isAgency } from './lexicon/agencies.js';
import { hasOutletWord, OUTLET_WORD } from './lexicon/outlet-words.js';
import { isOutletName } from './source.js';
import { HONORIFICS } from './lexicon/honorifics.js';
import { CREDIT_ROLES, JOB_TITLES } from './lexicon/job-titles.js';
import { cyrillicPlace, isKnownLatinPlace } from './gazetteer.js';
import { MONTHS, STAMP_WORD, WEEKDAYS } from './lexicon/months.js';
import { titleCaseWord } from './script.js';
import { ANY_STOPWORD } from './lexicon/stopwords.js';

/** Names and, when the line names one, the outlet credited beside them. */
export interface BylineLine {
  names: string[];
  outlet: string | null;
}

const BY_LINE =
  /^(?:by|par|von|por|di|door|written by|words by|words(?=\s*:)|(?:ein|eine)\s+(?:beitrag|bericht|reportage|kommentar)\s+von|text by|posted by|published by|submitted by|interview(?:ed)? by|interview|propos recueillis par|entretien réalisé par|беседовал[аи]?|розмовляв|розмовляла|记者|作者|撰文|автор(?:ы)?(?: текста)?|автор(?:и)?|текст|author(?:s)?|text|texte|texto)\s*[:：]?\s+(.{2,160})$/iu;
// `Jane Doe, Political Correspondent`: a name with the author's role after it.
const NAME_WITH_ROLE =
  /^((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’.-]+),\s+(?:[\p{L}-]+\s+){0,3}(?:correspondent|reporter|writer|editor|journalist|columnist|staff|contributor|корреспондент|кореспондент|редактор|редакторка|журналист|журналістка|обозреватель|оглядач|korrespondent|korrespondentin|redakteur|redakteurin|journaliste|rédacteur|rédactrice|chroniqueur|chroniqueuse)\s*$/iu;
// Where the names of a byline end: a dash, bar or date, or the word that introduces its timestamp
// (`le` only before a day: `Par Yann Le Goff` is one name).
// A picture's credit may follow the writer's in the next sentence: `Words by Jane Doe. Photographs by …`.
const BYLINE_END =
  /\s+[-–—|•·/]\s+|\.\s+(?=(?:photos?|photographs?|pictures|images|illustrations?|fotos?|bilder|фото|ілюстрації|иллюстрации)(?:\s+(?:by|von|par)|\s*:))|\s+(?=\d)|\s+(?:on|at|am)\s+(?=[\p{Lu}\d])|\s+le\s+(?=\d)|\s+(?=\S+@\S+\.\p{L})|\s+(?=(?:published|posted|updated|publiziert|veröffentlicht|aktualisiert|publié|publiée|mis à jour|опубликовано|опубліковано|обновлено|оновлено)(?!\p{L}))/iu;
const STAFF_CREDIT =
  /^((?:\p{Lu}[\p{L}&.'’-]*\s+){1,4})(?:[Ss]taff|STAFF|[Tt]eam|TEAM|[Dd]esk|DESK|[Nn]ewsroom|NEWSROOM|[Ee]ditors|EDITORS)$/u;
const NEWSROOM = /^(?:(?:la|the|die)\s+)?(?:rédaction|newsroom|editors|redaktion|редакция|редакція|editorial team|news desk)$/iu;
const DOT_LINE = /^([^·•|]{3,60}?)\s*[·•|]\s*([^·•|]{2,60}?)\s*[·•|]?\s*$/u;
const CREDIT =
  /(?:^|[;(]\s*|\.\s+)(?:additional\s+)?(?:reporting|writing|reporting and writing|research|compiled|text|additional reporting)\s+by\s+([^;()]+)/giu;
const EDITOR_CREDIT = /^(?:editing|edited|editor|photos?|photographs?|pictures?|graphics?|video)\s+by\b/iu;
const CONTRIBUTED = /^(.{3,160}?)\s+contributed(?:\s+reporting)?(?:\s+(?:to|for)\s+this\s+(?:report|story|article))?\s*\.?$/iu;
const CJK_REPORTER = /[（(]\s*(?:记者|通讯员)\s*([^）)]{1,40})[）)]/u;
const CJK_CREDIT_WORD = /^(?:记者|通讯员|实习生|见习记者|特约记者|摄影|摄影记者)$/u;
const CJK_PHOTO_WORD = /^摄影/u;

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Script=Han}{2,4})$/u;
const PARTICLE = /^(?:de|da|di|del|della|van|von|der|den|du|le|la|bin|ibn|al|el|dos|das|y|ter|zu)$/u;

// A staff credit, or a button that looks like a name: not a person.
const NOT_A_PERSON =
  /(?:^|\s)(?:staff|team|desk|editors|editorial|newsroom|reporters|writers|contributors|email|e-mail|contact|follow|subscribe|share|more|me|us)(?:\s|$)/iu;

// A role glued to the name before it, as a page's text copy joins two elements: `Jane DoeStaff Writer`.
const GLUED_ROLE = /(?<=\p{Ll})\p{Lu}\p{Ll}+(?:\s+\p{L}+){0,2}$/u;

/** `Jane DoeOUTLET`, `Jane DoeSenior Writer`: a name with a label or role glued on: the name alone. */
function unglued(fragment: string): string {
  const role = GLUED_ROLE.exec(fragment);
  if (role && JOB_TITLES.has(role[0].split(/\s+/u).pop()!.toLowerCase())) return fragment.slice(0, role.index);
  return fragment.replace(/(\p{Ll})\p{Lu}{2,}[\p{L}]*(?=\s|$).*$/u, '$1');
}

const isRoleWord = (word: string) => JOB_TITLES.has(word.toLowerCase()) || CREDIT_ROLES.has(word.toLowerCase());

/**
 * A name with its newsroom role before or after it, as a page's text joins two elements with a space
 * (`Senior Correspondent Jane Doe`, `Tom Okafor Trade Correspondent`): the name alone. Words of
 * a role may lead it; or the role's head noun ends it, and the role's other words (`Senior`, a
 * beat such as `Trade`) follow the first two of the name, or three after a particle (`Anne van Dijk`).
 */
function withoutRole(named: readonly string[]): readonly string[] {
  let words = named;
  while (words.length > 2 && isRoleWord(words[0]!)) words = words.slice(1);
  if (words.length < 3 || !CREDIT_ROLES.has(words.at(-1)!.toLowerCase())) return words;
  const kept = PARTICLE.test(words[1]!) ? 3 : 2;
  return words.length - 1 > kept ? words.slice(0, kept) : words.slice(0, -1);
}

/**
 * A person's name from a credit fragment: `Dr Ada Brennan` → `Ada Brennan`, `JON VIK` →
 * `Jon Vik`, `Associated Press writer Lev Orlov in Riga` → `Lev Orlov`.
 */
export function cleanName(fragment: string): string | null {
  const cut = unglued(fragment)
    .replace(/\s+(?:in|from|at|en|à|aus|au|в|из|у|з)\s+\p{Lu}.*$/u, '')
    .replace(/[\s,.;:]+$/u, '')
    .trim();
  const words = cut.split(/\s+/u).filter(Boolean);
  // The name is the last run of capitalised words; role words before it (`writer`) end the run.
  let start = words.length;
  while (start > 0) {
    const w = words[start - 1]!;
    if (NAME_WORD.test(w) || (PARTICLE.test(w) && start < words.length && start > 1 && NAME_WORD.test(words[start - 2]!))) start--;
    else break;
  }
  let name = withoutRole(words.slice(start));
  while (name.length && HONORIFICS.has(name[0]!.toLowerCase())) name = name.slice(1);
  if (!name.length || name.length > 5) return null;
  if (name.length === 1 && !/\p{Script=Han}/u.test(name[0]!)) return null;
  if (name.some((w) => /\d/u.test(w))) return null;
  if (isAgency(name.join(' ')) || NOT_A_PERSON.test(name.join(' '))) return null;
  return name.map(titleCaseWord).join(' ');
}

/**
 * `Staff Writer`, `Senior Correspondent`, `Trade Correspondent`: a role credited beside the names,
 * not a name. A role of job-title words alone is one anywhere; one that only ends in a role's head
 * noun (`Trade Correspondent`, but also `Tom Okafor Correspondent`) is one where a role stands, after
 * a comma or bar, not first in the list nor after `and`.
 */
function isJobTitle(part: string, whereRoleStands: boolean): boolean {
  const words = part.split(/\s+/u).map((w) => w.toLowerCase());
  if (words.every((w) => JOB_TITLES.has(w))) return true;
  // A name glued to the role (`Jane DoeGardens Columnist`) or led by `By` is a credit, not a role alone.
  const credit = words[0] === 'by' || /\p{Ll}\p{Lu}/u.test(part);
  // The role's head noun may also open it, its desk after it: `Redakteurin Lokales`, `Editor at Large`.
  const headed = CREDIT_ROLES.has(words[words.length - 1]!) || CREDIT_ROLES.has(words[0]!);
  return whereRoleStands && !credit && words.length <= 4 && headed;
}

// `XYZ Business`, `ABC Sports`: an outlet's acronym and a section; no name starts with an acronym.
const ACRONYM_LED = /^\p{Lu}{2,5}\s+\p{Lu}\p{Ll}+$/u;

// `and` in the clipper's languages, joining two writers' names.
const AND = 'and|und|et|и|і|та';
// `Par Paule Roux avec AFP`, `By Jane Doe with Reuters`: a wire or a colleague joined to the author.
const JOINING_WORDS = `${AND}|y|with|avec|mit`;
const CONJUNCTION = new RegExp(`^(?:&|${JOINING_WORDS})$`, 'u');
const NAME_LIST_SEPARATOR = new RegExp(`\\s*(,|;|&|\\||·|—|、|，|(?<!\\p{L})(?:${JOINING_WORDS})(?!\\p{L}))\\s*`, 'u');

function splitNames(list: string): string[] {
  const pieces = list.split(NAME_LIST_SEPARATOR);
  const names: string[] = [];
  // split() with a captured separator alternates part, separator, part…
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i]!.replace(AGENCY_IN_TEXT, ' ').trim();
    const whereRoleStands = i > 0 && !CONJUNCTION.test(pieces[i - 1]!);
    if (!part || hasOutletWord(part) || ACRONYM_LED.test(part) || isJobTitle(part, whereRoleStands)) continue;
    const name = cleanName(part);
    if (name !== null) names.push(name);
  }
  return names;
}

// A short run of letters with two capitals or more: `MS`, `BSc`, `PhD`, `RDN`.
const DEGREE = /^(?=[\p{L}.]{2,6}(?![\p{L}.]))(?:[\p{L}.]*\p{Lu}){2}/u;

// `EXT Staff`, `AP Auto Writer`: an outlet's initials, then the author's beat and role there.
const OUTLET_ROLE = /^(\p{L}{2,5})\s+(?:\p{L}[\p{L}-]*\s+){0,2}(\p{L}+)$/u;

/** The outlet in a role credited beside a name, when it is initials or a wire: `EXT Staff` → `EXT`. */
function outletOfRole(part: string): string | null {
  const m = OUTLET_ROLE.exec(part.trim());
  if (!m) return null;
  const role = m[2]!.toLowerCase();
  if (role !== 'staff' && !CREDIT_ROLES.has(role)) return null;
  const lead = m[1]!;
  if (isJobTitle(lead, true) || lead.toLowerCase() === 'staff' || m[0] === m[0].toUpperCase()) return null;
  // Initials only: a word (`Science Writer`) is the author's beat, not an outlet.
  return /^\p{Lu}+$/u.test(lead) || isAgency(lead) ? lead.toUpperCase() : null;
}

/** The outlet a byline names beside its authors: `By Jane Doe, Reuters`, `By Jane Doe | The Daily Example`. */
function outletOf(list: string): string | null {
  const parts = list.split(/\s*[,|/·]\s*/u).slice(1);
  // `Jane Doe, MS, RDN`, `Jane Doe, BSc, APD`: letters after a name, one after another, are her degrees.
  const degrees = parts.filter((p) => DEGREE.test(p.trim())).length;
  for (const part of parts) {
    if (degrees > 1 && DEGREE.test(part.trim())) continue;
    const p = part.trim();
    if (isAgency(p) || (OUTLET_WORD.test(p) && p.split(/\s+/u).length <= 5 && !/\d/u.test(p)) || /^\p{Lu}{2,5}$/u.test(p)) return p;
    const staffOf = outletOfRole(p);
    if (staffOf) return staffOf;
  }
  return null;
}

// `5:45 AM PST 11/19/2019 by Jane Doe`, `Posted on March 3, 2024 by Jane Doe`: a timestamp, then its author.
const TIMESTAMP_THEN_BY =
  /^(?=.{0,80}(?:\d|posted|published))(?:.{0,80}?)\s(?:by|von|par)\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,2})$/u;

const DATE_THEN_BY = /^.{0,40}\d{4}\s*[|·•]\s*(.+)$/u;

// `Jane Doe @janedoe / 2 days`: a name, then the author's handle.
const NAME_THEN_HANDLE =
  /^((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’.-]+)\s+@[\p{L}\p{N}_.]{2,30}(?:\s*[-–—|/·•]\s*.{0,40})?$/u;

// `2026-04-18 09:30 来源：东海日报 作者：李晓燕`: an author's label among a header line's others.
// The colon may be left out: `来源：江南日报 记者 沈若溪`.
const LABELLED_CJK_AUTHOR = /(?:^|\s)(?:作者|记者|撰文)\s*[:：]?\s*(\p{Script=Han}{2,4})(?=\s|$)/u;

// A Chinese story closes on its reporter's credit in brackets: `（记者 王某）`.
const BRACKETED_CJK_CREDIT = /^[（(]\s*((?:记者|通讯员)\s*[^（）()]{2,40}?)\s*[）)]$/u;

/** The credit a line holds, without the brackets a Chinese closing credit stands in. */
const unbracketed = (text: string) => BRACKETED_CJK_CREDIT.exec(text.trim())?.[1] ?? text;

/** Whether a line credits its names by a word that says so: `By …`, `Interview by …`, `Беседовала …`. */
export function isLabelledByline(text: string): boolean {
  return BY_LINE.test(unbracketed(text));
}

/** `March 3, 2024 | By: Jane Doe`, `12 мая 2026 · Текст: …`: the credit after a timestamp and a bar, or null. */
export function creditAfterTimestamp(text: string): string | null {
  const dated = DATE_THEN_BY.exec(text);
  return dated && BY_LINE.test(dated[1]!) ? dated[1]! : null;
}

/** A `By …`, `Автор: …`, `Par …`, `Name @handle`, `Name · Outlet ·` or `作者：…` line. */
export function readBylineLine(text: string): BylineLine | null {
  if (text.length > 200) return null;
  const dated = creditAfterTimestamp(text);
  if (dated) return readBylineLine(dated);
  const by = BY_LINE.exec(unbracketed(text));
  if (by) {
    // `By Jane Doe - Staff Writer 2019-11-19`, `By Jane Doe | 11/19/19 06:56 AM`: the names end at a dash, bar or date.
    const list = by[1]!.split(BYLINE_END)[0]!;
    // `By Associated Press`: a wire credited alone is the story's source, not its author.
    const agency = list
      .trim()
      .replace(/^the\s+/iu, '')
      .replace(/[\s.]+$/u, '');
    if (isAgency(agency)) return { names: [], outlet: agency };
    // `Par la rédaction`, `By the newsroom`: the outlet's staff, unnamed; its timestamp may follow.
    if (NEWSROOM.test(agency)) return { names: [], outlet: null };
    // `By Example Post Staff`: the outlet's staff, no named author.
    const staff = STAFF_CREDIT.exec(agency);
    if (staff) return { names: [], outlet: staff[1]!.trim().split(/\s+/u).map(titleCaseWord).join(' ') };
    if (/(?<!(?:^|\s)\p{Lu})[.!?]\s+\p{Lu}\p{Ll}/u.test(list) && !/\b(?:Dr|Prof|St|Jr|Sr)\.\s/u.test(list)) return null;
    const names = /^\p{Script=Han}/u.test(list) ? cjkCreditedNames(list) : splitNames(list);
    return names.length ? { names, outlet: outletOf(by[1]!) } : null;
  }
  const stamped = TIMESTAMP_THEN_BY.exec(text);
  if (stamped) {
    const name = cleanName(stamped[1]!);
    if (name) return { names: [name], outlet: null };
  }
  const handle = NAME_THEN_HANDLE.exec(text);
  if (handle) {
    const name = cleanName(handle[1]!);
    if (name) return { names: [name], outlet: null };
  }
  const withRole = NAME_WITH_ROLE.exec(text);
  if (withRole) {
    const name = cleanName(withRole[1]!);
    if (name) return { names: [name], outlet: outletOfRole(text.slice(withRole[1]!.length + 1)) };
  }
  const dot = DOT_LINE.exec(text);
  if (dot) {
    const name = cleanName(dot[1]!);
    if (name && name.split(' ').length <= 4 && !/\d/u.test(dot[2]!)) return { names: [name], outlet: dot[2]!.trim() };
  }
  const labelled = labelledAuthor(text);
  return labelled ? { names: [labelled], outlet: null } : null;
}

/** The author a header line names by a label among its others: `… 来源：东海日报 作者：李晓燕`. */
export function labelledAuthor(text: string): string | null {
  return LABELLED_CJK_AUTHOR.exec(text)?.[1] ?? null;
}

/** Reporting credits (`Reporting by …; Additional reporting by …`) and `X contributed to this report`. */
export function readCreditLine(text: string): string[] | null {
  if (text.length > 400) return null;
  if (EDITOR_CREDIT.test(text)) return null;
  const names: string[] = [];
  let credited = false;
  for (const m of text.matchAll(CREDIT)) {
    credited = true;
    names.push(...splitNames(m[1]!));
  }
  if (credited && /^(?:\(?\s*)?(?:additional\s+)?(?:reporting|writing|research|compiled|text)/iu.test(text)) return names;
  const contributed = CONTRIBUTED.exec(text);
  if (contributed) {
    const found = splitNames(contributed[1]!.replace(/^.*?\b(?:writers?|correspondents?|reporters?|staff)\b\s*/iu, ''));
    if (found.length) return found;
  }
  return null;
}

/** The reporter credited in a Chinese wire dateline: `新华社青州5月6日电（记者 王小明）`. */
export function readCjkReporters(paragraph: string): string[] {
  const m = CJK_REPORTER.exec(paragraph.slice(0, 120));
  return m ? cjkCreditedNames(m[1]!) : [];
}

/**
 * The writers a Chinese credit lists: `罗雨晴 通讯员 韩志远` → both. A second credit's word between
 * the names is no name, and a photographer's (`摄影 王华`) credits no writer.
 */
function cjkCreditedNames(list: string): string[] {
  const names: string[] = [];
  let writing = true;
  for (const word of list.split(/[\s、，,]+/u)) {
    if (CJK_CREDIT_WORD.test(word)) writing = !CJK_PHOTO_WORD.test(word);
    else if (writing && /^\p{Script=Han}{2,4}$/u.test(word)) names.push(word);
  }
  return names;
}

const TRAILING_CREDITS = /\((?:additional\s+)?(?:reporting|writing)\s+by\s[^()]{2,300}\)\s*$/iu;

/** Credits closing the last paragraph of a wire story: `… said. (Reporting by Jane Doe; Editing by Sam Roe)`. */
export function readTrailingCredits(paragraph: string): string[] {
  const m = TRAILING_CREDITS.exec(paragraph.slice(-400));
  return m ? (readCreditLine(m[0]) ?? []) : [];
}

// A credit's word alone on its line, the name on the next: `By` / `Jane Doe`.
const CREDIT_WORD = /^(?:by|par|von|por|door|written by|автор|автори|作者|记者)\s*[:：]?$/iu;

/** Whether the line is a credit's word alone, whose name stands on the next line. */
export function isCreditWord(text: string): boolean {
  return CREDIT_WORD.test(text.trim());
}

// A person's name alone: two to four capitalised words, with the particles names carry.
const BARE_NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.-]+)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]+|de|da|van|von|di|del|bin|al)){1,3}$/u;

// `By Jane` credits a name and is not one; the other languages' credit words (`Von`, `Par`) also open names.
const CREDIT_OPENING = /^(?:by|автор|автори)\s/iu;

/** `EN DIRECT`, `THE LATEST`: a label in capitals opens on a function word, where a name does not. */
function isCapitalsLabel(text: string): boolean {
  return !/\p{Ll}/u.test(text) && ANY_STOPWORD.has(text.split(/\s+/u)[0]!.toLowerCase());
}

/** The name a line holds alone (`Jane Doe`), or null. */
export function bareName(text: string): string | null {
  const t = text.trim();
  return BARE_NAME.test(t) && !CREDIT_OPENING.test(t) && !isCapitalsLabel(t) ? cleanName(t) : null;
}

// `Jane Doe, Example Insider`: a name, then one short label (the outlet, the author's place).
const NAME_THEN_LABEL = /^((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’.-]+),\s+\p{Lu}[\p{L}\p{M}&'’.\s-]{1,40}$/u;

const MASTHEAD_WORD = new RegExp(`^${OUTLET_WORD.source}$`, 'u');

/**
 * `Jane Doe Springfield Herald`: a page's text copy runs the author's name into the outlet credited
 * beside it, which opens on its town and closes on a masthead's word.
 */
export function nameBeforeOutlet(text: string): BylineLine | null {
  const words = text.trim().split(/\s+/u);
  if (words.length < 4 || !MASTHEAD_WORD.test(words[words.length - 1]!)) return null;
  for (let k = 2; k <= Math.min(3, words.length - 2); k++) {
    const name = isKnownLatinPlace(words[k]!) ? bareName(words.slice(0, k).join(' ')) : null;
    if (name) return { names: [name], outlet: words.slice(k).join(' ') };
  }
  return null;
}

// `Jane Doe and John Roe`, `Jane Doe, John Roe und Max Muster`: a conjunction joins the last two.
const NAME_CONJUNCTION = new RegExp(`\\s+(?:${AND}|&)\\s+`, 'u');
const MAX_JOINED_NAMES = 4;

/** The names a header line lists with a conjunction before the last, each a bare name, or null. */
function joinedNames(text: string): string[] | null {
  const parts = text.trim().split(NAME_CONJUNCTION);
  if (parts.length !== 2) return null;
  const all = [...parts[0]!.split(/\s*,\s*/u), parts[1]!];
  if (all.length > MAX_JOINED_NAMES) return null;
  const names = all.map(bareName);
  return names.every((n): n is string => n !== null) ? names : null;
}

/**
 * The author a header line names alone, before a label or before the outlet (`Jane Doe`, `Jane
 * Doe, Example Insider`, `Jane Doe Springfield Herald`), read only where a byline stands: between a
 * headline and its story.
 */
export function headerName(text: string): BylineLine | null {
  const withOutlet = nameBeforeOutlet(text);
  if (withOutlet) return withOutlet;
  const joined = joinedNames(text);
  if (joined) return { names: joined, outlet: null };
  const labelled = NAME_THEN_LABEL.exec(text.trim());
  // `Example Evening Herald`, `Ostmarker Abendpost` on a line of their own name the paper, not its writer.
  if (!labelled && isOutletName(text.trim())) return null;
  const name = bareName(labelled ? labelled[1]! : text);
  return name ? { names: [name], outlet: null } : null;
}

// `Jane Doe - Nov 19, 2024, 10:31 pm`, `Ірина Коваль, 12 травня 2026`: a name, a separator, then
// the timestamp; a date that opens on its day's number needs no separator (`Jane Doe 12 May 2023, 08:05`).
const NAME_BEFORE_STAMP = /^((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,2}\p{Lu}[\p{L}\p{M}'’.-]+)(?:\s*(?:[-–—|·•]|,(?=\s*\d))\s*\S|\s+(?=\d))/u;
const isKnownPlace = (name: string) => isKnownLatinPlace(name) || cyrillicPlace(name, false) !== null || cyrillicPlace(name, true) !== null;

// `Published 12/05/2023 · Jane Doe`: the timestamp, a separator, then the name that closes the line.
const NAME_AFTER_STAMP = /\d\S*\s*[·•|]\s*((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,2}\p{Lu}[\p{L}\p{M}'’.-]+)$/u;

/** The author a timestamp line names after its date and time (`Publié le 12 mai 2023 · Jane Doe`), or null. */
export function nameAfterTimestamp(text: string): string | null {
  const m = NAME_AFTER_STAMP.exec(text);
  return m ? bareName(m[1]!) : null;
}

/** The author a timestamp line names before its date (`Jane Doe - Nov 19, 2024`), or null. */
export function nameBeforeTimestamp(text: string): string | null {
  const m = NAME_BEFORE_STAMP.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/\s+/u).map((w) => w.toLowerCase().replace(/\.$/u, ''));
  if (words.some((w) => STAMP_WORD.test(w) || MONTHS.has(w) || WEEKDAYS.has(w)) || isKnownPlace(m[1]!)) return null;
  return bareName(m[1]!);
}
