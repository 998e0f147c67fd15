import { AGENCY_IN_TEXT, isAgency } from './lexicon/agencies.js';
import { hasOutletWord, OUTLET_WORD } from './lexicon/outlet-words.js';
import { isCompanyName, isOutletName } from './source.js';
import { HONORIFICS } from './lexicon/honorifics.js';
import { CREDIT_ROLES, JOB_TITLES } from './lexicon/job-titles.js';
import { cyrillicPlace, isKnownLatinPlace } from './gazetteer.js';
import { isMonthOnly, MONTH_PATTERN, WEEKDAYS } from './lexicon/months.js';
import { STAMP_WORD } from './lexicon/stamp-labels.js';
import { isIssueWord } from './print-footer.js';
import { countWords, titleCaseWord } from './script.js';
import { ANY_STOPWORD } from './lexicon/stopwords.js';
import { READING_TIME_LABEL, READING_TIME_TEXT, RIGHTS_RESERVED } from './lexicon/cruft-phrases.js';
import { isGivenName } from './lexicon/given-names.js';
import { opensOnGivenName } from './person-name.js';
import { isGenericMenuWord } from './page-brand.js';

/** Names and, when the line names one, the outlet credited beside them. */
export interface BylineLine {
  names: string[];
  outlet: string | null;
}

// A Chinese paper's name glued to its reporter's credit: `锦城晚报记者 …`, `東岸日報 記者 …`.
const CJK_PAPER = String.raw`\p{Script=Han}{2,10}?(?:报|報|网|網|台|社|刊)`;
const CJK_PAPER_CREDIT = new RegExp(String.raw`^(${CJK_PAPER})\s*(?:特约|特約)?(?:记者|記者)`, 'u');
// The team credited as a whole takes a colon: `Над матеріалом працювали: …`, `Ont collaboré à cet article : …`.
// So does the writer's role as a label: `Reporter: Jane Doe`, `Корреспондент: …`, `Autorin: …`.
// A German credit names the kind of piece, often in a compound: `Ein Gastbeitrag von …`, `Eine Filmkritik von …`.
const BY_LINE = new RegExp(
  String.raw`^(?:by|par|von|por|di|door|written by|words by|story by|article by|reported by|words(?=\s*:)|(?:reporters?|correspondents?|journalists?|writers?|journaliste|reporter(?:in)?|корреспондент|кореспондент|autor(?:in|en|innen)?|auteur(?:e|s|es)?|autrice)(?=\s*:)|(?:над (?:матеріалом|материалом|статтею|статьёй|статьей|текстом) (?:працювали|работали)|ont collaboré à cet article|contributors|mitarbeit|采写)(?=\s*[:：])|(?:ein|eine)\s+\p{L}*(?:beitrag|bericht|reportage|kommentar|kritik|rezension|analyse|glosse|kolumne|artikel|text|essay|porträt|interview)\s+von|an article by|un article (?:de|signé)|text by|posted by|published by|submitted by|updates by|écrit par|rédigé par|publié par|eingestellt von|veröffentlicht von|publicado por|(?:опубликовано|опубліковано|опубликовал[аи]?|опублікував|опублікувала)(?!\s+(?:в|у|на|о)\s|\s+\d)|geschrieben von|verfasst von|написал[аи]?|написав|(?:(?:материал|матеріал|текст|статью|статтю)\s+)?(?:подготовил[аи]?|підготувал[аи]|підготував)|interview(?:ed)? by|interview|propos recueillis par|entretien réalisé par|interview réalisée par|das gespräch führten?|das interview führten?|беседовал[аи]?|беседу вел[аи]?|интервью (?:взял[аи]?|записал[аи]?)|розмовляв|розмовляла|розмову вел[аи]|розмову вів|інтерв['’]ю (?:взял[аи]|взяв|записал[аи]|записав)|(?:стрічку|ленту|трансляцію|трансляцию) вед(?:уть|е|ут|ёт)|live blog by|live reporting by|(?:this |our |the )?live (?:blog|coverage|updates)(?: (?:is|was|are|were))?(?: (?:written|edited|hosted|run|led|curated|compiled))? by|(?:ce |le )?(?:direct|live) (?:est |a été )?(?:animé|tenu|mené|rédigé|suivi) par|(?:den |der )?(?:liveblog|live-blog|liveticker|ticker|newsblog) (?:schreib(?:t|en)|betreu(?:t|en)|führ(?:t|en)|moderier(?:t|en))|(?:本报|本台|本刊|${CJK_PAPER}\s*)?(?:特约|特約)?(?:记者|記者)|本报通讯员|作者|撰文|автор(?:ы|и)?(?: текста)?|текст|author(?:s)?|text|texte|texto|tekst)\s*[:：]?\s+(.{2,160})$`,
  'iu',
);
// `Автор законопроекта, депутат …`: the author of something else, named in a sentence; a credit's
// label takes a colon or a name straight after it.
const AUTHOR_OF_SOMETHING = /^[Аа]втор(?:ы|и|ка)?\s+(?!текста)\p{Ll}/u;
// `By using this site you agree to …`, `By clicking Subscribe …`: a notice's sentence, not a credit.
const BY_DOING = /^[Bb][Yy]\s+\p{Ll}+ing\s/u;
// `Jane Doe, Political Correspondent`, `Jane Doe, Correspondent in Lisbon`: a name with the author's
// role after it, and perhaps where she reports from.
const NAME_WITH_ROLE =
  /^((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’.-]+),\s+(?:[\p{L}-]+\s+){0,3}(?:correspondent|reporter|writer|editor|journalist|columnist|staff|contributor|корреспондент|кореспондент|редактор|редакторка|журналист|журналістка|обозреватель|оглядач|korrespondent|korrespondentin|redakteur|redakteurin|journaliste|rédacteur|rédactrice|chroniqueur|chroniqueuse|correspondant|correspondante|reporterin|journalistin)(?:\s+(?:in|à|en|aus|в|у)\s+\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,2})?\s*$/iu;
// `Jane Doe and John Roe, Sports Editors`: two writers who share their role.
const NAMES_WITH_ROLE =
  /^(.+?\s(?:and|&|und|et|и|і)\s.+?),\s+(?:[\p{L}-]+\s+){0,3}(?:correspondents|reporters|writers|editors|journalists|columnists|contributors)\s*$/iu;
// Where the names of a byline end: a dash, bar or date, or the word that introduces its timestamp
// (`le` only before a day: `Par Yann Le Goff` is one name), or a month's name before a day's number.
// A picture's credit may follow the writer's in the next sentence or clause, or run on after her
// name: `Words by Jane Doe. Photographs by …`, `By Jane Doe Photographs by …`, `Текст: …, фото: …`. The writer's handle (`@janedoe`), an outlet in brackets
// or one she writes for (`for Example.com`) follows her name too, as does the story's reading time (`Lesezeit: 4 Minuten`).
const BYLINE_END = new RegExp(
  String.raw`\s+[-–—|•·/]\s+|\s+(?=@[\p{L}\p{N}_]{2})|\s*(?=\()|\s+(?:for|für|pour|para)\s+(?=(?:the\s+)?\p{Lu})|(?:[.,;]\s+|\s+)(?=(?:photos?|photographs?|pictures|images|illustrations?|fotos?|bilder|zdjęci[ae]|фото|ілюстрації|иллюстрации)(?:\s+(?:by|von|par)|\s*:))|\s+(?=\d)|\s+(?:on|at|am)\s+(?=[\p{Lu}\d])|\s+le\s+(?=\d)|\s+(?=\S+@\S+\.\p{L})|\s+(?=(?:published|posted|updated|publiziert|veröffentlicht|aktualisiert|publié|publiée|mis à jour|mise à jour|modifié|опубликовано|опубліковано|обновлено|оновлено)(?!\p{L})|stand\s*:)|\s+(?=(?:${MONTH_PATTERN})\.?\s+\d)|\s+(?=${READING_TIME_LABEL}\d)`,
  'iu',
);
const STAFF_CREDIT =
  /^((?:\p{Lu}[\p{L}&.'’-]*\s+){1,4})(?:[Ss]taff|STAFF|[Tt]eam|TEAM|[Dd]esk|DESK|[Nn]ewsroom|NEWSROOM|[Ee]ditors|EDITORS)$/u;
const NEWSROOM_WORDS = String.raw`(?:(?:la|the|die)\s+)?(?:rédaction|newsroom|editors|redaktion|редакция|редакція|editorial team|news desk)`;
const NEWSROOM = new RegExp(`^${NEWSROOM_WORDS}$`, 'iu');
// `Par la rédaction de Example Matin`, `By the editors of Example`: the outlet's staff, named by the outlet.
const NEWSROOM_OF = new RegExp(
  String.raw`^${NEWSROOM_WORDS}\s+(?:de\s+l['’]|d['’]|de\s|du\s|des\s|of\s|der\s|von\s)\s*(?:the\s+)?(.{2,60})$`,
  'iu',
);
const READING_TIME = new RegExp(`^${READING_TIME_TEXT}$`, 'iu');
// A credit under its label, as a page lists its writer, editor and photographer: `Editor: Jane Doe`.
const LABELLED_CREDIT = /^\p{L}+(?:\s\p{L}+)?\s*:\s*\p{Lu}/u;
const DOT_LINE = /^([^·•|]{3,60}?)\s*[·•|]\s*([^·•|]{2,60}?)\s*[·•|]?\s*$/u;
// A credit's names end at `;`, a bracket or a sentence's full stop (`… by Example Wire. Editing by …`),
// not at an initial's (`Jane M. Doe`).
const CREDIT =
  /(?:^|[;(]\s*|\.\s+)(?:additional\s+)?(?:reporting|writing|reporting and writing|research|compiled|text|additional reporting)\s+by\s+([^;()]+?)(?=\s*[;()]|(?<=\p{Ll}{2})\.\s|\s*$)/giu;
const EDITOR_CREDIT = /^(?:editing|edited|editor|photos?|photographs?|pictures?|graphics?|video)\s+by\b/iu;
const CONTRIBUTED = /^(.{3,160}?)\s+contributed(?:\s+reporting)?(?:\s+(?:to|for)\s+this\s+(?:report|story|article))?\s*\.?$/iu;
const CJK_REPORTER = /[（(]\s*(?:记者|通讯员)\s*([^）)]{1,40})[）)]/u;
const CJK_CREDIT_WORD = /^(?:记者|通讯员|实习生|见习记者|特约记者|摄影|摄影记者)$/u;
const CJK_PHOTO_WORD = /^摄影/u;
// A Chinese credit's part by its role and a slash or bar: `文/` or `文｜` (text), `图/`, `摄/`, `摄影/` (pictures).
const CJK_SLASHED_ROLE = /^(撰文|文|图|摄影|摄|编辑)\s*[/／|｜:：]\s*/u;
// A credit line that opens on the text's slash or bar: `文/李明`, `文｜李明`, `文/记者 李明 图/记者 王芳`.
const CJK_SLASH_CREDIT = /^(?:撰)?文\s*[/／|｜]\s*\S/u;

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Script=Han}{2,4})$/u;
const PARTICLE = /^(?:de|da|di|del|della|van|von|der|den|du|le|la|bin|ibn|al|el|dos|das|y|ter|zu)$/u;

// A staff credit, a press office's sign-off (`Пресслужба Мінприкладу`), a button or a widget's
// label that looks like a name (`Report Error`, `Users Online`, `Example Newsletter`), or a
// reprint's `Via Example`: not a person.
const NOT_A_PERSON =
  /(?:^|\s)(?:staff|team|desk|editors|editorial|newsroom|reporters|writers|contributors|email|e-mail|contact|follow|subscribe|share|more|me|us|newsletters?|error|online|via|pressestelle|пресслужба|пресс-служба|прес-служба|пресс-центр|прес-центр|пресцентр)(?:\s|$)/iu;

// `The Weekend Review`, `Der Morgen`: an article opens a title (a masthead, a column's name), never a person's name.
const OPENS_ON_ARTICLE = /^(?:the|der|die|das)\s/iu;

// A role glued to the name before it, as a page's text copy joins two elements: `Jane DoeStaff Writer`.
const GLUED_ROLE = /(?<=\p{Ll})\p{Lu}\p{Ll}+(?:\s+\p{L}+){0,2}$/u;
// `Mc`, `Mac`, `De` glue a surname's own capital on: `Jane McDonald` is no `Jane Mc` with a role.
const SURNAME_PREFIX = /(?:^|\s)(?:Mc|Mac|De|Di|Da|Du|La|Le)$/u;

/** `Jane DoeOUTLET`, `Jane DoeSenior Writer`: a name with a label or role glued on: the name alone. */
function unglued(fragment: string): string {
  const role = GLUED_ROLE.exec(fragment);
  const glued = role && !SURNAME_PREFIX.test(fragment.slice(0, role.index));
  if (glued && JOB_TITLES.has(role[0].split(/\s+/u).pop()!.toLowerCase())) return fragment.slice(0, role.index);
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
    // `Jane Doe*`: a mark sends the reader to a note on the writer at the foot.
    .replace(/[\s,.;:*†‡¹²³]+$/u, '')
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
  // `NewsSportsHigh`: a menu's items run together, where a name glues at most one prefix (`McLeod`).
  if (name.some((w) => (w.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= 2)) return null;
  // `Example Energy Inc.`: a company, credited as a press release's distributor, is no person; nor
  // is a role alone (`Senior Reporter`), which an author card prints over or under the name.
  const joined = name.join(' ');
  if (isAgency(joined) || NOT_A_PERSON.test(joined) || OPENS_ON_ARTICLE.test(joined) || isCompanyName(cut) || isJobTitle(joined, false))
    return null;
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

/**
 * A writer's name, and the writer's role on the line under it, as an author's card stacks them
 * (`Jane Doe` / `special correspondent`): two lines, though the role opens in lower case.
 */
export function isNameOverRole(name: string, role: string): boolean {
  return bareName(name) !== null && isJobTitle(role.trim(), true);
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
    // `Jo RoeLive reporters`: a page's text copy glues the last name to the writers' role.
    const name = cleanName(part) ?? nameGluedToRole(part);
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

const SPECIAL_TO = /^special (?:to|for)\s+(?:the\s+)?/iu;

const POST_AT_OUTLET =
  /\s+(?:(?:senior|chief|staff|special|political|business|sports?|science|health)\s+)?(?:writer|reporter|correspondent|contributor|columnist|editor)s?$/iu;

/** The outlet a byline names beside its authors: `By Jane Doe, Reuters`, `By Jane Doe | The Daily Example`. */
function outletOf(list: string): string | null {
  const parts = list.split(/\s*[,|/·]\s*/u).slice(1);
  // `Jane Doe, MS, RDN`, `Jane Doe, BSc, APD`: letters after a name, one after another, are her degrees.
  const degrees = parts.filter((p) => DEGREE.test(p.trim())).length;
  for (const part of parts) {
    if (degrees > 1 && DEGREE.test(part.trim())) continue;
    // `Jane Doe, Special to the Example`: a freelance's credit names the outlet after its words.
    // `Jane Doe, Example Gazette staff writer`: the writer's post at the outlet follows its name.
    const trimmed = part
      .trim()
      .replace(SPECIAL_TO, '')
      .replace(/^[«"“]([^«»"“”]+)[»"”]$/u, '$1');
    const atOutlet = trimmed.replace(POST_AT_OUTLET, '');
    const p = atOutlet !== trimmed && hasOutletWord(atOutlet) ? atOutlet : trimmed;
    // `News`, `Local`: the story's sections listed after its date, not an outlet.
    if (isGenericMenuWord(p)) continue;
    // `Von Anna Berg, Nordheider Rundschau`, `Автор: Анна Лис, «Вечерний курьер»`: a paper's word in any of the languages.
    const paperName = (OUTLET_WORD.test(p) || (/^\p{Lu}/u.test(p) && hasOutletWord(p))) && p.split(/\s+/u).length <= 5 && !/\d/u.test(p);
    if (isAgency(p) || paperName || /^\p{Lu}{2,5}$/u.test(p)) return p;
    const staffOf = outletOfRole(p);
    if (staffOf) return staffOf;
  }
  return null;
}

// `By JANE DOE and JOHN ROE Example Press`: the names in capitals, then the outlet in its own case.
const SHOUTED_NAMES_THEN_OUTLET = new RegExp(
  `^((?:\\p{Lu}[\\p{Lu}'’.-]+,?\\s+(?:(?:${AND}|&)\\s+)?)+)(\\p{Lu}\\p{Ll}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,4})$`,
  'u',
);

// The first wire a byline names, read from the start each time (AGENCY_IN_TEXT is global, for replacing).
const WIRE_IN_LIST = new RegExp(AGENCY_IN_TEXT.source, 'u');

// `Part of Example Media`: the group that owns the outlet named before it.
const PARENT_NOTICE = /^(?:part of|a member of|a division of|ein angebot (?:der|von)|membre du groupe)\s/iu;

// `5:45 AM PST 11/19/2019 by Jane Doe`, `Posted on March 3, 2024 by Jane Doe`: a timestamp, then its
// author, perhaps then the sections a blog files the post in (`… by Jane Doe in Politics, Schools`).
const TIMESTAMP_THEN_BY =
  /^(?=.{0,80}(?:\d|posted|published))(?:.{0,80}?)\s(?:by|von|par)\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,2})(?:\s+in\s+\p{Lu}[\p{L}\s,&-]{1,60})?$/u;

const NAME_SLASH_ROLE = /^((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’.-]+)\s+\/\s+(\p{L}[\p{L}\s-]{1,40})$/u;

// Two to five capitalised words, then the role: `Meg Harlow Staff Writer`, as an author box's name and title read as one line.
const NAME_THEN_ROLE = /^(?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){3,7}\p{Lu}[\p{L}\p{M}'’-]+$/u;

/**
 * The writer of a line that is a name and the writer's role with nothing between them (`Meg Harlow
 * Staff Writer`, `Jo Roe Chief Football Writer`). The role begins at a job's word (`Staff`,
 * `Senior`, `Chief`), the name before it; else the name is its first two words (`Priya Holm
 * Business Reporter`), when the first is a known given name.
 */
function nameBeforeRole(text: string): string | null {
  const glued = nameGluedToRole(text);
  if (glued) return glued;
  if (!NAME_THEN_ROLE.test(text)) return null;
  const words = text.split(/\s+/u);
  const roleAt = (at: number) => isJobTitle(words.slice(at).join(' '), true);
  const startsOnJob = [2, 3].find((at) => words.length - at >= 2 && JOB_TITLES.has(words[at]!.toLowerCase()) && roleAt(at));
  const at = startsOnJob ?? (isGivenName(words[0]!) && roleAt(2) ? 2 : undefined);
  return at === undefined ? null : bareName(words.slice(0, at).join(' '));
}

// The name's last letters run into the role's first capital: `Jo RoeFootball Correspondent`, as a
// page's text copy joins two elements.
const GLUE = /(?<=\p{Ll})(?=\p{Lu})/gu;

/** The writer of a line that glues the name to the role: `Jo RoeFootball Correspondent` → `Jo Roe`. */
function nameGluedToRole(text: string): string | null {
  for (const glue of text.matchAll(GLUE)) {
    const name = text.slice(0, glue.index);
    const role = text.slice(glue.index);
    if (SURNAME_PREFIX.test(name) || !/\s/u.test(name) || /\p{Ll}\p{Lu}/u.test(role)) continue;
    const found = bareName(name);
    if (found && isJobTitle(role, true)) return found;
  }
  return null;
}

/**
 * The writers of a line that runs their cards together, each name glued to its role: `Jo RoeSenior
 * ReporterAl VikCity Editor` → `Jo Roe`, `Al Vik`. Every name must have two words or more and every
 * role be one; a surname's own capital (`McLeod`) is no glue.
 */
function namesGluedToRoles(text: string): string[] | null {
  const parts: string[] = [];
  let from = 0;
  for (const glue of text.matchAll(GLUE)) {
    if (SURNAME_PREFIX.test(text.slice(from, glue.index))) continue;
    parts.push(text.slice(from, glue.index).trim());
    from = glue.index;
  }
  parts.push(text.slice(from).trim());
  if (parts.length < 4 || parts.length % 2 !== 0) return null;
  const names: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const name = /\s/u.test(parts[i]!) ? bareName(parts[i]!) : null;
    if (!name || !isJobTitle(parts[i + 1]!, true)) return null;
    names.push(name);
  }
  return names;
}

const DATE_THEN_BY = /^.{0,40}\d{4}\s*[|·•]\s*(.+)$/u;

// `Jane Doe @janedoe / 2 days`: a name, then the author's handle.
const NAME_THEN_HANDLE =
  /^((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’.-]+)\s+@[\p{L}\p{N}_.]{2,30}(?:\s*[-–—|/·•]\s*.{0,40})?$/u;

// `2026-04-18 09:30 来源：东海日报 作者：李晓燕`: an author's label among a header line's others.
// The colon may be left out, and a page's text copy glues the label to the source's name before
// it and the next label to the last name after it: `来源：江南日报记者 沈若溪 何嘉字号：大`. A caption's
// `本报记者 王华 摄` credits its photographer.
const CJK_NEXT_LABEL = String.raw`(?:字号|字体|阅读|浏览|点击|编辑|责任编辑|来源|发布时间|时间|作者|摄影|审核|校对|评论|分享)(?:量|数|次)?\s*[:：]`;
// A name ends where the next label begins, glued or not: `李晓燕发布时间：` is 李晓燕.
const CJK_LISTED_NAME = String.raw`(?:(?!${CJK_NEXT_LABEL})\p{Script=Han}){2,4}(?=\s|$|${CJK_NEXT_LABEL})`;
const LABELLED_CJK_AUTHOR = new RegExp(
  String.raw`(?:^|\s|(?<=来源\s*[:：]\s*\p{Script=Han}{2,12}))(?:本报|本台|本刊)?(?:特约)?(?:作者|记者|撰文|撰稿)\s*[:：]?\s*(${CJK_LISTED_NAME}(?:\s+(?!${CJK_NEXT_LABEL})${CJK_LISTED_NAME})*)(?!\s*摄(?![影像]))`,
  'u',
);

// Where a Chinese reporter files from, after the name and a slash: `記者 林某／花蓮報導`.
const CJK_REPORTED_FROM = /\s*[／/]\s*\p{Script=Han}{2,8}?(?:報導|報道|报道|电|電|讯|訊)\s*$/u;

// A WeChat post's header: its mark of own work, the author, the account, the date: `原创 王某 某某观察 2024年09月16日`.
const WECHAT_AUTHOR = /^原创\s+(\p{Script=Han}{2,4})\s+\S{2,20}\s+\d{4}\s*年/u;

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

// `Photo by Jane Doe | Example Herald`: a picture's credit, whose name is the photographer's.
const PICTURE_BY = /^(?:photos?|photographs?|pictures?|images?|illustrations?|graphics?|fotos?|bilder?|фото)\s+(?:by|von|par)\s/iu;

// `Par Jane Doe (Oslo, envoyée spéciale) et John Roe`: where and as what a writer files, between two names.
// A wire's name alone in the brackets (`Jane Doe (AP) and …`) is the credit's outlet, and stays.
const ASIDE_BETWEEN_NAMES = /\s*\([^(),]{1,40},[^()]{1,60}\)\s+(?=(?:and|et|und|y|e|и|і|&)\s+\p{Lu})/gu;
// `Jane DoePublié le …`: a page's text copy glues the timestamp's label to the last name.
const GLUED_STAMP_LABEL =
  /(?<=\p{Ll})(?=(?:Published|Posted|Updated|Publié|Publiée|Mis à jour|Veröffentlicht|Aktualisiert|Опубликовано|Опубліковано)(?!\p{L}))/u;

/** A credit's names without the asides between them, and apart from a timestamp's label glued on. */
const withoutAsides = (credit: string) => credit.replace(ASIDE_BETWEEN_NAMES, ' ').replace(GLUED_STAMP_LABEL, ' ');

/** The wire a credit names alone in brackets after its last name: `Jane Doe (AP)`. */
function agencyInBrackets(credit: string): string | null {
  const inner = /\(([^()]{2,30})\)\s*$/u.exec(credit.trim())?.[1];
  return inner && isAgency(inner) ? inner.trim() : null;
}

/** A `By …`, `Автор: …`, `Par …`, `Name @handle`, `Name · Outlet ·` or `作者：…` line. */
export function readBylineLine(text: string): BylineLine | null {
  // `Example Herald | All rights reserved`: a footer's rights line credits no writer.
  if (text.length > 200 || RIGHTS_RESERVED.test(text) || PICTURE_BY.test(text)) return null;
  const dated = creditAfterTimestamp(text);
  if (dated) return readBylineLine(dated);
  const slashed = CJK_SLASH_CREDIT.exec(text);
  if (slashed) {
    const names = cjkCreditedNames(text);
    return names.length ? { names, outlet: null } : null;
  }
  const by = AUTHOR_OF_SOMETHING.test(text) || BY_DOING.test(text) ? null : BY_LINE.exec(unbracketed(text));
  if (by) {
    // `By Jane Doe - Staff Writer 2019-11-19`, `By Jane Doe | 11/19/19 06:56 AM`: the names end at a dash, bar or date.
    const list = withoutAsides(by[1]!).split(BYLINE_END)[0]!;
    // `By Associated Press`: a wire credited alone is the story's source, not its author.
    const agency = list
      .trim()
      .replace(/^the\s+/iu, '')
      .replace(/[\s.]+$/u, '');
    if (isAgency(agency)) return { names: [], outlet: agency };
    // `Par la rédaction`, `By the newsroom`: the outlet's staff, unnamed; its timestamp may follow.
    if (NEWSROOM.test(agency)) return { names: [], outlet: null };
    const newsroomOf = NEWSROOM_OF.exec(agency)?.[1];
    if (newsroomOf && /^\p{Lu}/u.test(newsroomOf)) return { names: [], outlet: newsroomOf };
    // `By Example Post Staff`: the outlet's staff, no named author.
    const staff = STAFF_CREDIT.exec(agency);
    if (staff) return { names: [], outlet: staff[1]!.trim().split(/\s+/u).map(titleCaseWord).join(' ') };
    if (/(?<!(?:^|\s)\p{Lu})[.!?]\s+\p{Lu}\p{Ll}/u.test(list) && !/\b(?:Dr|Prof|St|Jr|Sr)\.\s/u.test(list)) return null;
    const shouted = SHOUTED_NAMES_THEN_OUTLET.exec(list.trim());
    if (shouted && hasOutletWord(shouted[2]!)) return { names: splitNames(shouted[1]!), outlet: shouted[2]! };
    const names = /^\p{Script=Han}/u.test(list) ? cjkCreditedNames(list.replace(CJK_REPORTED_FROM, '')) : splitNames(list);
    // `By JANE DOE Associated Press`: the wire named after the writer, with nothing between them.
    // `Par Léa Morin (AFP)`: the wire in brackets after the names.
    const wire = WIRE_IN_LIST.exec(list)?.[0] ?? agencyInBrackets(by[1]!);
    const paper = CJK_PAPER_CREDIT.exec(text)?.[1] ?? null;
    return names.length ? { names, outlet: outletOf(by[1]!) ?? wire ?? paper } : null;
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
  // `Jane Doe / Staff Writer`: a slash parts crumbs of a breadcrumb as often, so only a role may follow the name.
  const roleAfterSlash = NAME_SLASH_ROLE.exec(text);
  if (roleAfterSlash && isJobTitle(roleAfterSlash[2]!, true)) {
    const name = cleanName(roleAfterSlash[1]!);
    if (name) return { names: [name], outlet: null };
  }
  const withRole = NAME_WITH_ROLE.exec(text);
  if (withRole) {
    const name = cleanName(withRole[1]!);
    if (name) return { names: [name], outlet: outletOfRole(text.slice(withRole[1]!.length + 1)) };
  }
  const sharedRole = NAMES_WITH_ROLE.exec(text);
  const shared = sharedRole ? joinedNames(sharedRole[1]!) : null;
  if (shared) return { names: shared, outlet: null };
  const gluedCards = namesGluedToRoles(text);
  if (gluedCards) return { names: gluedCards, outlet: null };
  const gluedRole = nameBeforeRole(text);
  if (gluedRole) return { names: [gluedRole], outlet: null };
  const dot = DOT_LINE.exec(text);
  // `Example Herald · Part of Example Media`: the outlet's own name before the bar is no writer's.
  // Two Chinese words either side of a bar are a section's labels (`人物 | 专访`) unless the second is an outlet.
  const hanLabels = dot !== null && /^\p{Script=Han}+$/u.test(dot[1]!.trim()) && !hasOutletWord(dot[2]!.trim());
  // `Football Writer · @janedoe`: a writer's role and handle under her name, which credit no one themselves.
  const roleAlone = dot !== null && isJobTitle(dot[1]!.trim(), true);
  if (dot && !hanLabels && !roleAlone && !isOutletName(dot[1]!.trim()) && !PARENT_NOTICE.test(dot[2]!)) {
    const single = cleanName(dot[1]!);
    const names = joinedNames(dot[1]!) ?? (single && single.split(' ').length <= 4 ? [single] : null);
    // `Press release 3 May 2026 09:30 CET Ports · Energy`: capitalised words after a timestamp
    // are a header's labels, which credit no one; a writer's name stands alone before the bar.
    if (names && /\p{N}/u.test(dot[1]!)) return { names: [], outlet: null };
    const beside = dot[2]!.trim();
    // `Jane Doe · Staff Writer`, `Jane Doe · 5 min read`: the writer's role or the time the story
    // takes to read; `Writer: Jane Doe | Editor: John Roe`: another credit under its label.
    const aside = isJobTitle(beside, true) || READING_TIME.test(beside) || LABELLED_CREDIT.test(beside);
    // `Jane Doe · Follow`: a button beside the name names no outlet.
    const button = NOT_A_PERSON.test(beside) || isGenericMenuWord(beside) || beside.startsWith('@');
    if (names && (aside || button || !/\d/u.test(beside))) return { names, outlet: aside || button ? null : beside };
  }
  const labelled = labelledAuthors(text);
  return labelled.length ? { names: labelled, outlet: null } : null;
}

// `14.05.2025 10:47 Автор: Анна Лис Просмотров: 1 208`: the same among other labels, with a colon;
// the name ends before the next label's word.
const LABELLED_AUTHOR =
  /(?:^|[\s|·•])(?:[Aa]uthor|[Aa]utor|[Aa]uteur|[Аа]втор(?:ка)?|[Тт]екст|[Tt]exte?)\s*:\s*(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+(?!\s*:)){1,2})(?=\s|$)/u;

/** The authors a header line names by a label among its others: `… 来源：东海日报 记者 李晓燕 王明`. */
export function labelledAuthors(text: string): string[] {
  const wechat = WECHAT_AUTHOR.exec(text)?.[1];
  if (wechat) return [wechat];
  const cjk = LABELLED_CJK_AUTHOR.exec(text)?.[1];
  if (cjk) return cjkCreditedNames(cjk);
  const named = LABELLED_AUTHOR.exec(text)?.[1];
  const name = named ? cleanName(named) : null;
  return name ? [name] : [];
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
  const contributed = CONTRIBUTED.test(text) ? contributorsOf(text) : [];
  return contributed.length ? contributed : null;
}

// `Additional reporting by Jane Doe.`, a line of its own under the story.
const ADDITIONAL_REPORTING = /^\(?\s*additional\s+reporting\s+by\s+([^()]{2,300}?)\s*\)?\.?$/iu;

/**
 * The names a line credits for help with the story (`Example Wire writer Jane Doe in Oslo
 * contributed to this report`, `Additional reporting by Jane Doe`), or none.
 */
export function contributorsOf(text: string): string[] {
  if (text.length > 400) return [];
  const contributed = CONTRIBUTED.exec(text);
  if (contributed) return splitNames(contributed[1]!.replace(/^.*?\b(?:writers?|correspondents?|reporters?|staff)\b\s*/iu, ''));
  // A wire's credits list the helpers among the writers and editors: `Reporting by …; Additional reporting by …`.
  return text.split(/\s*;\s*/u).flatMap((part) => {
    const additional = ADDITIONAL_REPORTING.exec(part.trim());
    return additional ? splitNames(additional[1]!) : [];
  });
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
  for (const part of list.split(/[\s、，,]+/u)) {
    // `文/记者 李明 图/记者 王芳`: text by the one, pictures by the other.
    const role = CJK_SLASHED_ROLE.exec(part);
    if (role) writing = role[1] === '文' || role[1] === '撰文';
    const word = role ? part.slice(role[0].length) : part;
    if (CJK_CREDIT_WORD.test(word)) writing = !CJK_PHOTO_WORD.test(word) && (writing || !role);
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

// A page's text copy may put each part of `By Jane Doe and John Roe` on a line of its own.
const JOINER_ALONE = new RegExp(`^(?:&|${AND})$`, 'u');
const MAX_STACKED_NAMES = 4;

/**
 * The names on the lines under a credit's word alone (`By` / `Jane Doe,` / `John Roe`, or `By` /
 * `Jane Doe` / `and` / `John Roe`), with the index of the last line they take; null when the next
 * line is no name.
 */
export function namesUnderCreditWord(lines: readonly string[], at: number): { names: string[]; last: number } | null {
  const nameAt = (k: number) => (k < lines.length ? bareName(lines[k]!.replace(/\s*,\s*$/u, '')) : null);
  const first = nameAt(at + 1);
  if (!first) return null;
  const names = [first];
  let last = at + 1;
  while (names.length < MAX_STACKED_NAMES) {
    const comma = /,\s*$/u.test(lines[last]!);
    const joiner = !comma && last + 1 < lines.length && JOINER_ALONE.test(lines[last + 1]!.trim());
    const next = comma ? nameAt(last + 1) : joiner ? nameAt(last + 2) : null;
    if (!next) break;
    names.push(next);
    last += comma ? 1 : 2;
  }
  return { names, last };
}

// A person's name alone: two to four capitalised words, with the particles names carry.
const BARE_NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.-]+)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]+|de|da|van|von|di|del|bin|al)){1,3}$/u;

// `By Jane` credits a name and is not one; the other languages' credit words (`Von`, `Par`) also open names.
const CREDIT_OPENING = /^(?:by|автор|автори)\s/iu;
// `Liebe Frau Roe`, `Dear Ms Roe`: a letter's greeting names whom it is written to.
const SALUTATION = /^(?:dear|liebe|lieber|liebes|cher|chère|chers|chères|дорог\p{L}*|уважаем\p{L}*|шановн\p{L}*|любий|люба)\s/iu;

/** `EN DIRECT`, `THE LATEST`: a label in capitals opens on a function word, where a name does not. */
function isCapitalsLabel(text: string): boolean {
  return !/\p{Ll}/u.test(text) && ANY_STOPWORD.has(text.split(/\s+/u)[0]!.toLowerCase());
}

// `ByJane Doe`: a page's text copy glues the credit word to the name after it.
const GLUED_BY = /^(?:By|BY)(?=\p{Lu}\p{Ll})/u;

// `About Jane Doe`, `Sobre Jane Doe`: the heading of the box about a writer, under the story.
const AUTHOR_BOX_HEADING = /^(?:about|über|sobre|à propos de|a propos de)\s+(?=\p{Lu})/iu;

/** The name a line holds alone (`Jane Doe`), or null. */
export function bareName(text: string): string | null {
  const t = text.trim().replace(GLUED_BY, '');
  return BARE_NAME.test(t) && !CREDIT_OPENING.test(t) && !SALUTATION.test(t) && !AUTHOR_BOX_HEADING.test(t) && !isCapitalsLabel(t)
    ? cleanName(t)
    : null;
}

/** The writer a box's heading names (`About Jane Doe` → `Jane Doe`), or null. */
export function authorBoxName(text: string): string | null {
  const t = text.trim();
  return AUTHOR_BOX_HEADING.test(t) ? bareName(t.replace(AUTHOR_BOX_HEADING, '')) : null;
}

const NAME_WORDS = String.raw`((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’.-]+)`;
const PLACE_PREPOSITION = String.raw`(?:in|at|from|à|au|en|depuis|aus|в|у|із|из)\s+`;
const LABEL = String.raw`\p{Lu}[\p{L}\p{M}&'’.\s-]{1,40}$`;
// `Jane Doe, Example Insider`, `Jane Doe, in Oslo`: a name, then one short label (the outlet, the
// place the author reports from, perhaps after its preposition).
const NAME_THEN_LABEL = new RegExp(String.raw`^${NAME_WORDS},\s+(?:${PLACE_PREPOSITION})?${LABEL}`, 'u');
// `Jane Doe, economist`, `Ирина Петрова, социолог`: a column's writer by the trade she is known by,
// a few words in lower case that open on no function word (`Jane Doe, who …`).
const NAME_THEN_TRADE =
  /^((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’.-]+),\s+(\p{Ll}[\p{L}\p{M}-]+)(?:\s+\p{Ll}[\p{L}\p{M}'’-]+){0,2}$/u;

/** The writer of a header line that is a name and a trade in lower case, or null. */
function nameBeforeTrade(text: string): string | null {
  const m = NAME_THEN_TRADE.exec(text.trim());
  return m && !ANY_STOPWORD.has(m[2]!) ? bareName(m[1]!) : null;
}
// `Jane Doe, à Exempleville`: the place a writer reports from, as a byline alone gives it.
const NAME_THEN_PLACE = new RegExp(String.raw`^${NAME_WORDS},\s+${PLACE_PREPOSITION}${LABEL}`, 'u');

/** The writer of a line that is a name and the place the writer reports from (`Jane Doe, in Oslo`), or null. */
export function nameBeforePlace(text: string): string | null {
  const m = NAME_THEN_PLACE.exec(text.trim());
  return m ? bareName(m[1]!) : null;
}

const MASTHEAD_WORD = new RegExp(`^${OUTLET_WORD.source}$`, 'u');
const BUTTON_LABEL =
  /^(?:follow|following|subscribe|subscribed|share|contact|email|e-mail|message|more|folgen|abonnieren|suivre|s['’]abonner|подписаться|читать|стежити|підписатися)$/iu;

/**
 * `Jane Doe Springfield Herald`: a page's text copy runs the author's name into the outlet credited
 * beside it, which closes on a masthead's word after its town (or, past a given name and its
 * surname, after any capitalised words), or which the page prints on a line of its own elsewhere,
 * as its logo (`printedAlone`).
 */
export function nameBeforeOutlet(text: string, printedAlone: (text: string) => boolean = () => false): BylineLine | null {
  const words = text.trim().split(/\s+/u);
  const splits = [2, 3].filter((k) => k < words.length);
  const at = (k: number) => ({ name: bareName(words.slice(0, k).join(' ')), outlet: words.slice(k).join(' ') });
  const masthead = (k: number) => words.length - k >= 2 && MASTHEAD_WORD.test(words.at(-1)!);
  // `Jane Doe Courts Reporter`: the author's role, which an author's box under the story prints alone too.
  // `Jane Doe Follow`: a button beside the name, which the page may print alone again under the story.
  const buttoned = words.length > 2 && BUTTON_LABEL.test(words.at(-1)!) ? bareName(words.slice(0, -1).join(' ')) : null;
  if (buttoned) return { names: [buttoned], outlet: null };
  const logo = (k: number) => printedAlone(at(k).outlet) && !isRoleWord(words.at(-1)!);
  const capitalised = (k: number) => CAPITALISED_WORDS.test(at(k).outlet) && isGivenName(words[0]!);
  // The town or the logo tells where the name ends; a given name and capitals alone guess it.
  for (const ends of [(k: number) => masthead(k) && isKnownLatinPlace(words[k]!), logo, (k: number) => masthead(k) && capitalised(k)]) {
    const k = splits.find((s) => ends(s) && at(s).name);
    if (k !== undefined) return { names: [at(k).name!], outlet: at(k).outlet };
  }
  return null;
}

const CAPITALISED_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u;

// `Jane Doe and John Roe`, `Jane Doe, John Roe und Max Muster`: a conjunction joins the last two.
const NAME_CONJUNCTION = new RegExp(`\\s+(?:${AND}|&)\\s+`, 'u');
const MAX_JOINED_NAMES = 4;

/**
 * The names a header line lists with a conjunction before the last, each a bare name, or with
 * commas alone between names that each open on a given name (`Иван Петров, Анна Лис`), or null.
 */
function joinedNames(text: string): string[] | null {
  const parts = text.trim().split(NAME_CONJUNCTION);
  const commas = text.trim().split(/\s*,\s*/u);
  if (parts.length === 1 && commas.length > 1 && commas.every((p) => opensOnGivenName(p))) return listedBareNames(commas);
  if (parts.length !== 2) return null;
  return listedBareNames([...parts[0]!.split(/\s*,\s*/u), parts[1]!]);
}

function listedBareNames(all: readonly string[]): string[] | null {
  if (all.length > MAX_JOINED_NAMES) return null;
  const names = all.map(bareName);
  return names.every((n): n is string => n !== null) ? names : null;
}

// `Jane RoeLocal Journalism Initiative`: a page's text copy glues the author's name to the label
// beside it (a role, a programme), lower case running into a capital with no space.
const GLUED_LABEL = /(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll}+\s+\p{L})/u;
const MAX_GLUED_LABEL_WORDS = 6;

/** The name before a label glued to it, when the label runs to more than one word, or null. */
function nameGluedToLabel(text: string): string | null {
  const [name, label, ...rest] = text.trim().split(GLUED_LABEL);
  if (!name || !label || rest.length || countWords(label) > MAX_GLUED_LABEL_WORDS) return null;
  return name.includes(' ') ? bareName(name) : null;
}

// `Jane Doe et John Roe (correspondant local)`: the writers' role in brackets after their names.
const BRACKETED_ROLE = /\s*\(([^()]{2,40})\)$/u;

/**
 * The writers a line signs a story with, under its last paragraph: a name alone or names joined by
 * a conjunction, perhaps with their role in brackets after them; or null.
 */
export function signedNames(text: string): string[] | null {
  const role = BRACKETED_ROLE.exec(text);
  const named = role && role[1]!.split(/\s+/u).some(isRoleWord) ? text.slice(0, role.index) : text;
  const single = bareName(named);
  return joinedNames(named) ?? (single ? [single] : null);
}

/** The names a line lists (`Jane Doe and John Roe`) or the one it glues a label to, or null. */
function listedNames(text: string): string[] | null {
  const glued = nameGluedToLabel(text);
  return joinedNames(text) ?? (glued ? [glued] : null);
}

/**
 * A line that holds only the names of people (`Jane Doe and John Roe`, `Jane RoeStaff Writer`, a
 * given name and a surname): never a headline, whatever credits stand under it.
 */
export function namesOnly(text: string): string[] | null {
  const listed = listedNames(text);
  if (listed) return listed;
  const name = bareName(text);
  if (name && opensOnGivenName(text.trim())) return [name];
  const beforeRole = nameBeforeRole(text.trim());
  return beforeRole ? [beforeRole] : null;
}

// The writers, a comma, slash or dash, then the outlet they write for: `Jane Doe, The Example Courier`,
// `Анна Лис / «Вечерние вести»`; or `for` it, which names an outlet whatever its words: `Jane Doe for Example`.
const NAMES_COMMA_OUTLET = /^(.+?)(?:,|\s+[/–—-])\s+(\p{Lu}[^,]{1,40}|«[^«»]{2,40}»)$/u;
const NAMES_FOR_OUTLET = /^(.+?)\s+(?:for|für|pour|для)\s+((?:\p{Lu}[\p{L}\p{N}&'’.-]*\s*){1,5}|«[^«»]{2,40}»)$/u;

// A writer's name before `for`, and the few words after it that name the outlet.
const FOR_NAME_WORDS = 3;
const FOR_OUTLET_WORDS = 2;

/**
 * Whether `Jane Doe for Example` credits a writer, not a headline in title case (`Local Farmers
 * Brace for Deepest River Cuts Yet`): a given name opens it, or an outlet's name or quotes close it,
 * or both sides are as short as a name and a brand.
 */
function creditsFor(names: string, outlet: string): boolean {
  if (opensOnGivenName(names) || isOutletName(outlet.trim()) || outlet.startsWith('«')) return true;
  return countWords(names) <= FOR_NAME_WORDS && countWords(outlet) <= FOR_OUTLET_WORDS;
}

/** `Jane Doe, The Example Courier`, `Jane Doe and John Roe, Example News`: the writers and their outlet, or null. */
export function namesThenOutlet(text: string): BylineLine | null {
  const comma = NAMES_COMMA_OUTLET.exec(text.trim());
  const named = comma && (isOutletName(comma[2]!) || comma[2]!.startsWith('«'));
  const m = named ? comma : NAMES_FOR_OUTLET.exec(text.trim());
  if (!m || (!named && !creditsFor(m[1]!, m[2]!))) return null;
  const single = bareName(m[1]!);
  const names = joinedNames(m[1]!) ?? (single ? [single] : null);
  return names ? { names, outlet: m[2]!.trim().replace(/^«|»$/gu, '') } : null;
}

const SPACED_SLASH = /\s+\/\s+/u;

/**
 * `Jane Doe / Example Post News Service`: a writer, a spaced slash, then the outlet, which a
 * breadcrumb's shape (`Home / Local News`) hides; a crumb is no person's name, and a section's no outlet's.
 */
export function nameSlashOutlet(text: string): BylineLine | null {
  const parts = text.trim().split(SPACED_SLASH);
  if (parts.length !== 2 || isOutletName(parts[0]!) || !isOutletName(parts[1]!)) return null;
  const name = bareName(parts[0]!);
  return name ? { names: [name], outlet: parts[1]! } : null;
}

/**
 * The author a header line names alone, before a label or before the outlet (`Jane Doe`, `Jane
 * Doe, Example Insider`, `Jane Doe Springfield Herald`), read only where a byline stands: between a
 * headline and its story.
 */
export function headerName(text: string, printedAlone?: (text: string) => boolean): BylineLine | null {
  const withOutlet = nameBeforeOutlet(text, printedAlone) ?? namesThenOutlet(text);
  if (withOutlet) return withOutlet;
  const listed = listedNames(text);
  if (listed) return { names: listed, outlet: null };
  const labelled = NAME_THEN_LABEL.exec(text.trim());
  // `Example Evening Herald`, `Ostmarker Abendpost` on a line of their own name the paper, not its writer.
  if (!labelled && isOutletName(text.trim())) return null;
  const name = bareName(labelled ? labelled[1]! : text) ?? nameBeforeTrade(text);
  return name ? { names: [name], outlet: null } : null;
}

// `Jane Doe - Nov 19, 2024, 10:31 pm`, `Ірина Коваль, 12 травня 2026`: a name, a separator, then
// the timestamp; a date that opens on its day's number needs no separator (`Jane Doe 12 May 2023, 08:05`),
// nor a space where a page's text copy glues the two (`Jane Doe2 hours ago`).
const NAME_BEFORE_STAMP =
  /^((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,2}\p{Lu}[\p{L}\p{M}'’.-]+)(?:\s*(?:[-–—|·•]|,(?=\s*\d))\s*\S|\s+(?=\d)|(?<=\p{Ll})(?=\d))/u;
const isKnownPlace = (name: string) => isKnownLatinPlace(name) || cyrillicPlace(name, false) !== null || cyrillicPlace(name, true) !== null;

// `Published 12/05/2023 · Jane Doe`, `Nov 3, 2024 / Jane Doe`, `3 May 2026, 10:40 👁 4 812 Jane Doe`: the timestamp,
// a separator or a count of views, then the name that closes the line.
const NAME_AFTER_STAMP =
  /\d\S*\s*(?:[·•|]|\s\/|\s*\p{Extended_Pictographic}\uFE0F?[\d\s]*\d\s)\s*((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,2}\p{Lu}[\p{L}\p{M}'’.-]+)$/u;

/** The author a timestamp line names after its date and time (`Publié le 12 mai 2023 · Jane Doe`), or null. */
export function nameAfterTimestamp(text: string): string | null {
  const m = NAME_AFTER_STAMP.exec(text);
  return m ? bareName(m[1]!) : null;
}

const isStampWord = (word: string) => STAMP_WORD.test(word) || isMonthOnly(word) || WEEKDAYS.has(word);

/** `Jane DoeFriday 11:40AM`, `Jane DoeYesterday 2:45PM`: the name a page's text copy glues the day's word to, or null. */
function nameGluedToDay(text: string): string | null {
  const m = /^(.+?\p{Ll})(\p{Lu}\p{Ll}+)\s/u.exec(text);
  return m && isStampWord(m[2]!.toLowerCase()) ? bareName(m[1]!) : null;
}

// The credit's word before the name (`Von Jane Doe12.11.2026`), which is no part of it.
const LEADING_CREDIT_WORD = /^(?:by|von|par|por|door|автор|автори)\s+(?=\p{Lu})/iu;

/** The author a timestamp line names before its date (`Jane Doe - Nov 19, 2024`, `Von Jane Doe12.11.2026`), or null. */
export function nameBeforeTimestamp(line: string): string | null {
  const text = line.replace(LEADING_CREDIT_WORD, '');
  const glued = nameGluedToDay(text);
  if (glued) return glued;
  const m = NAME_BEFORE_STAMP.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/\s+/u).map((w) => w.toLowerCase().replace(/\.$/u, ''));
  if (words.some((w) => isStampWord(w) || isIssueWord(w)) || isKnownPlace(m[1]!)) return null;
  return bareName(m[1]!);
}
