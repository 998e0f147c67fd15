import {
  cyrillicOrganisationNominative,
  cyrillicPersonNominative,
  isCyrillicBodyHead,
  isCyrillicBodyKind,
  isPlantInitials,
  regionNominative,
} from './cyrillic-names.js';
import { firmEvidence, isFirmAfterPreposition } from './company-cues.js';
import { isDemonym } from './demonyms.js';
import { cyrillicPlace, cyrillicPlaceNominative, isKnownLatinPlace, isNamingLand, isRiver, isSmallTown } from './gazetteer.js';
import {
  afterDeterminer,
  endsInGermanLegalForm,
  germanArticle,
  germanNominative,
  isGermanBodyKind,
  isGermanNameAdjective,
  isGermanOrganisation,
  isGermanPlaceKind,
  isGermanSite,
  isGermanStreet,
} from './german-names.js';
import { agencyOf } from './lexicon/agencies.js';
import { isCountryOrRegion } from './lexicon/countries.js';
import {
  COMMON_INITIALISMS,
  FRENCH_PLACE_OF,
  FUNCTION_WORDS,
  GEO_NOUNS,
  GERMAN_PLACE_ENDING,
  GERMAN_PARTS_OF_TOWN,
  GERMAN_PLACE_NOUNS,
  GERMAN_KIND_OF_PLACE,
  MAX_STEM_WORD,
  MONTH_AND_DAY_NAMES,
  ORG_NOUNS,
  ORG_STEMS,
  ORG_WORDS,
  PEOPLE_NOUNS,
  TRADE_WORDS,
  CLUB_PREFIXES,
  CLUB_WORDS,
  PLACE_WORDS,
  ROLE_NOUNS,
  ROLE_STEMS,
  STREET_HEADS,
  VESSEL_PREFIXES,
} from './lexicon/entity-words.js';
import { isRoleNoun, JOB_TITLES } from './lexicon/job-titles.js';
import { isGivenName } from './lexicon/given-names.js';
import { SPEECH_VERBS } from './lexicon/speech.js';
import { inQuoteMarks, type Mention } from './mentions.js';
import { isInnerCapitalBrand, titleCaseWord } from './script.js';
import { nameKey } from '../text/name-key.js';

export type Kind = 'person' | 'place' | 'org';

interface Evidence {
  /** The German article first seen before the name, which tells its case: `des`, `dem`, `der`. */
  article: string;
  adjective: number;
  org: number;
  place: number;
  person: number;
  weakPerson: number;
  first: number;
  /** Seen where Russian and Ukrainian put a name in the genitive (`по словам X`). */
  genitive: boolean;
  /** Seen beside a verb in a woman's past form (`сказала Гнатюк`): the name is hers, as written. */
  feminine: boolean;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const MUNICIPALITY = /^(?:City|Town|Borough|Municipality)$/u;
const ROMAN_ORDINAL = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/u;
const FACILITY_CENTRE = /^(?:Community|Leisure|Shopping|Sports|Civic|Visitor|Garden)$/u;
// `along the Sorle`, `on the Wendel`, `up the Tarrow`: a river or a coast is named after where along it something lies;
// `on`, `up`, `down` and `over` only before `the`, which a place named so takes.
const LOCATION_BEFORE =
  /(?:^|[\s(])(?:(?:in|near|at|from|(?<!according\s)to|out of|towards|toward|across|outside|around|through|via|between|into|throughout|inside|off|along|alongside|beside|en|à|au|aux|dans|près de|autour de|au (?:nord|sud) de|à l['’](?:est|ouest) de|entre|nach|bei|aus)\s+(?:the\s+|la\s+|le\s+|l['’])?|(?:on|up|down|over)\s+the\s+)$/iu;
// `30km north-east of X`, `au sud-ouest de X`, `nordöstlich von X`: a bearing from somewhere is taken from a place.
const BEARING_BEFORE =
  /(?:(?:^|\s)(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?|(?:au|à l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de\s+(?:la\s+|l['’])?|du\s+|d['’])|(?:nord|süd)?(?:nördlich|südlich|östlich|westlich)\s+von\s+)$/iu;
// An article or a possessive, up to two adjectives, then the kind noun: `the Finnish manufacturer `, `its supplier `.
const KIND_INTRODUCED = /(?:^|\s)(?:the|a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}+\s+$/u;
// `residents of X`, `the outskirts of X`, `les habitants de X`, `die Einwohner von X`: who lives in a place, or a part of it.
const DWELLERS_OF_BEFORE =
  /(?:^|\s)(?:residents|inhabitants|villagers|townspeople|outskirts|suburbs|habitants|riverains|Einwohner|Bewohner|Anwohner)\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’]|von\s+|aus\s+)$/iu;
// `der Hauptbahnhof von Lindau`, `am Stadtrand von Lindau`: a town's station, port or quarter is named after the town.
const partOfTownBefore = (before: string) => GERMAN_PARTS_OF_TOWN.has(/(\p{L}+)\s+von\s+$/u.exec(before)?.[1] ?? '');
const PLACE_OF_BEFORE =
  /(?:city|cities|town|towns|village|villages|province|provinces|region|regions|island|islands|republic|state|county|district|capital|port|suburb)\s+of\s+(?:the\s+)?$/iu;
// The preposition may come again after the conjunction: `from Halden and from Orla`, `de Lorient et de Pornelec`.
const LIST_BEFORE = /^(?:,?\s+(?:and|or|und|oder|et|ou|и|или|і|та)\s+(?:(?:in|from|to|at|de|à|en|in|aus|nach|von)\s+|d['’])?)$/u;
const LIST_COMMA = /^,\s+$/u;
const PLACES_LISTED_BEFORE =
  /(?:^|\s)(?:towns|villages|hamlets|communities|settlements|Orte|Orten|Dörfer|Dörfern|Gemeinden|Ortschaften|villes|villages|communes|localités)(?:\s+(?:such as|like|including|wie|etwa|comme|dont)|[^.;:]{0,40}\s:)\s+$/iu;
// The list goes on with another name or a conjunction: `Leeds, Hull, and York`, not `Köln, Anna Schulz, hat`.
const LIST_GOES_ON = /^(?:,\s+(?:\p{Lu}|(?:and|or|und|oder|et|ou|и|і|та)\s)|\s+(?:and|or|und|oder|et|ou|и|і)\s)/u;
const APPOSITION = /^,\s*(?:\d{1,3},\s*)?(?:(who|whose)\b|(?:a|an|the|its|his|her|their|[\p{L}-]+['’]s)\s+([^,.;:]{1,60}))/u;
// `Елена Иванова, директор центра, сказала`, `Anne Roe, directrice du centre, a dit`: no article before the role.
// A former or new holder names the role after the word: `Anne Roe, ancienne directrice du centre,`.
const BARE_APPOSITION =
  /^,\s*(?:(?:ancien|ancienne|nouveau|nouvelle|ex|former|ehemalige|ehemaliger|бывший|бывшая|колишній|колишня)\s+)?(\p{Ll}[\p{L}-]*)[^,.;:]{0,60},/u;
const BASED = /^-based\b/u;
const FRENCH_HAS_AFTER = /^,\s*a\s/u;
// Not `-ой` alone: a woman's given name ends so in the instrumental (`Варварой`, `Ириной`).
const OBLIQUE_ADJECTIVE_FIRST = /^\p{Lu}\p{Ll}+(?:[сц]кой|(?<![ин])ной|[нжшчщ]ей|ого|его|ому|ему|ых|их|ыми|ими|ої|ьої)$/u;
const EVENT_WORDS = new Set([
  'Fair',
  'Festival',
  'Show',
  'Marathon',
  'Expo',
  'Carnival',
  'Regatta',
  'Parade',
  'Gala',
  'Fest',
  'Festspiele',
]);
// A German possessive: `ihren`, `unserem`, `Unsere`.
const GERMAN_POSSESSIVE = String.raw`(?:[Mm]ein|[Dd]ein|[Ss]ein|[Ii]hr|[Uu]nser|[Ee]uer|[Ee]ur)(?:e|en|em|er|es)?`;
// `ihren Arbeitsplatz`, `unserem Spielplatz`: what someone has is a thing of its kind too.
const INDEFINITE_BEFORE = new RegExp(
  String.raw`(?:^|[\s„"(])(?:ein|eine|einen|einem|einer|eines|kein\p{Ll}*|${GERMAN_POSSESSIVE})\s+(?:\p{Ll}+\s+)?$`,
  'iu',
);
const PICTURE_CREDIT_BEFORE = /©\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:\/\s*)?$/u;
const FRENCH_PLACE_KIND_BEFORE = /(?:^|\s)(?:[Ll]a |[Ll]e )(?:région|département|commune|province|collectivité)\s+$/u;
const GERMAN_REGION = /^\p{Lu}\p{Ll}{2,}(?:mark|land|gau|heide|börde)$/u;
const REGION_ARTICLE = /(?:^|\s)(?:in der|im|aus der|aus dem|in die|ins|durch die|durch das|und dem|und der|oder dem|oder der)\s+$/iu;
const RIVER_ARTICLE: Readonly<Record<string, RegExp>> = {
  de: /(?:^|[\s„“"(])(?:die|der|den|dem|am|vom|zum)\s+$/iu,
  fr: /(?:^|\s)(?:la|le|du|au)\s+$|(?:^|\s)l['’]$/iu,
  en: /(?:^|\s)the\s+$/iu,
};
// `Unison, which represents the staff`: what a body does for its members, employees or region, said of a name.
const BODY_CLAUSE_AFTER =
  /^,\s+which\s+(?:represents|employs|runs|operates|manages|owns|funds|regulates|oversees|campaigns|lobbies|organises|organizes)\s/u;
const LAND_WORDS = /^(?:Hill|Point|Head|Green|Common|Sands|Rock|Reach|Knoll|Ness|Marsh|Fen|Downs|Wood|Woods)$/u;
const RIVER_BY_TOWN_BEFORE = /(?:^|\s)(?:(?:an|von|entlang|unterhalb|oberhalb) der|über die)\s+$/u;
const GERMAN_TOWN_SHAPE =
  /^\p{Lu}\p{Ll}{2,}(?:ingen|bach|burg|berg|dorf|hausen|heim|brück|stedt|hofen|kirchen|rode|leben|weiler|feld|au|hagen|furt|walde)$/u;
const GERMAN_TOWN_PREPOSITION = /(?:^|\s)(?:[Ii]n|[Nn]ach|[Bb]ei|[Aa]us|[Zz]wischen)\s+$/u;
const GERMAN_RIVER_PART_BEFORE =
  /(?:^|\s)(?:Hochwassers?|Pegel|Pegelstand|Pegels|Ufer|Ufern|Ufers|Mündung|Quelle|entlang|längs)\s+(?:der|des)\s+$/u;
const TOWN_PART_BEFORE = /(?:^|\s)(?:Stadt|Orts)teil(?:e|en|s)?\s+$/u;
const FRENCH_PLURAL_LAND = /^\p{Lu}\p{Ll}{2,}(?<!ienn|ais|ois|ain|in|ant|ard)es$/u;
const FRENCH_PLURAL_ARTICLE = /(?:^|\s)(?:les|des|aux)\s+$/u;
const BRIDGE_OVER =
  /(?:brücke|Brücke|bridge|Bridge|footbridge|viaduct|pont|passerelle|viaduc)\p{Ll}*\s+(?:über|across|over|sur)\s+(?:die|den|the|la|le|l['’])\s*$/u;
// `Oberbayern`, `Südtirol`, `Nordhessen`: a part of a known region, named by where it lies in it.
const REGION_PART = /^(?:Ober|Nieder|Unter|Mittel|Nord|Süd|Ost|West)(\p{Ll}+)$/u;
const isRegionPart = (name: string, language: string) => {
  const rest = REGION_PART.exec(name)?.[1];
  if (!rest) return false;
  const region = rest[0]!.toUpperCase() + rest.slice(1);
  return isCountryOrRegion(region, language) || isKnownLatinPlace(region) || isNamingLand(region);
};
// `l’entomologiste Laure Roux`, `the hydrologist Ann Lee`: a scientist by the ending of the science.
const SCIENTIST = /\p{Ll}{3}(?:ologist|ologiste|ologue|ologe|ologin)$/u;
const LIFE_YEARS = /^\s*\((?:\d{4}\s*[–—-]\s*(?:\d{4})?\)|(?:born|né|née|geb\.|geboren|род\.|нар\.)\s)/u;
const OWNED_BY = /\p{Lu}[\p{L}-]*(?:['’]s|s['’])\s+$/u;
const SPEAKER_LABEL = /^:[ \t]+\S/u;
// Nationality adjectives (`East African port`, `Uzbek border`) describe; they do not name a place.
const DEMONYM = /(?:ian|ean|ese|ish|ic|an|i|z|ch)$/u;
// The same, as a whole adjective before a country: `French Canada`, `Irish America`.
const DEMONYM_WORD = /(?:ian|ean|ese|ish|ic|an|ch)$/u;
const LINKING_WORDS = new Set(
  'and or but nor is was were are has have had will would can could did does do to in on at of for from with by as than that which who where when after before since while into near'.split(
    ' ',
  ),
);
const GENERIC = new Set([
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Upper',
  'Lower',
  'Greater',
  'New',
  'Old',
  // `l'État`: the state as a power, no place.
  'État',
  'Etat',
]);

// Town names joined by hyphens: `Saint-Jean-de-Braye`, `Fos-sur-Mer`, `Bouches-du-Rhône`, `Riom-ès-Bois`, and the English
// `Stoke-on-Trent`, `Walton-upon-Thames`, `Barrow-in-Furness`.
const COMPOUND_PLACE = /^(?:Saint|Sainte)-\p{Lu}|\p{L}-(?:sur|sous|lès|lez|ès|les|en|de|du|des|la|le|aux|on|upon|under|in|by)-\p{Lu}/u;

/**
 * A body named after its country: `Météo-France`, `Aéro-Belgique`, `Transport Canada`, `Parks Norway`.
 * The last word is a country while the words before name no place themselves (`South Africa`,
 * `Northern Ireland`, `Atlantic Canada` and `Chile-Peru` are places).
 */
function isCountryNamedBody(m: Mention, language: string): boolean {
  if (isCountryOrRegion(m.name, language) || m.titled) return false;
  const hyphenated = m.tokens.length === 1 && m.name.includes('-');
  const words = hyphenated ? m.name.split('-') : m.tokens;
  // The country may be two words: `SafeWork New Zealand`.
  const countryWords = [1, 2, 3].find((n) => n < words.length && isCountryOrRegion(words.slice(-n).join(' '), language));
  if (!countryWords) return false;
  return words
    .slice(0, -countryWords)
    .every(
      (w) =>
        (/^\p{Lu}\p{Ll}{2,}$/u.test(w) || isInnerCapitalBrand(w)) &&
        !GENERIC.has(w) &&
        !isCountryOrRegion(w, language) &&
        !isKnownLatinPlace(w) &&
        !DEMONYM_WORD.test(w),
    );
}

const wordBefore = (before: string) => /([\p{L}-]+)\s+$/u.exec(before.slice(-30))?.[1] ?? '';
/** The word before a name set off by a comma: `the owner, Paul Brandt`. */
const wordBeforeComma = (before: string) =>
  before.trimEnd().endsWith(',') ? (/([\p{Ll}-]+),\s+$/u.exec(before.slice(-30))?.[1] ?? '') : '';
// `the governor of Example County, Jane Roe`, `la préfète de la Loire, Anne Roe`: a role of somewhere, then the name.
// `le président de la société, Jean Roux`: the somewhere may be a body's lower-case noun.
const ROLE_OF_BEFORE_COMMA =
  /(\p{Ll}[\p{Ll}-]+)\s+(?:of the|of|de la|de l['’]|du|des|de|der|von)\s+(?:(?:\p{Lu}[\p{L}'’-]*\s?){1,4}|\p{Ll}[\p{L}-]+),\s+$/u;
// `… of the company, `, `… de la société, `: the body is named as someone's, and the name after it is theirs.
/**
 * Whom someone speaks to, is interviewed by or writes in is an outlet: `told Example Daily`, `interrogé par Radio
 * Example`, `gegenüber dem Example Kurier`, `sagte er dem Example Boten`. A person is spoken to too, so a given name
 * outweighs the cue.
 */
const MEDIA_CUE: Readonly<Record<string, RegExp>> = {
  en: /(?:^|\s)(?:told|interviewed by|(?:in )?an interview with|speaking to|writing in|wrote in|first reported by)\s+(?:the\s+)?$/u,
  fr: /(?:^|\s)(?:[Ii]nterrog[ée]e?s?|[Ii]nterview[ée]e?s?|[Ss]ollicit[ée]e?s?|[Cc]ontact[ée]e?s?) par\s+(?:la\s+|le\s+|l['’])?$|(?:^|\s)(?:au micro|à l['’]antenne|dans les colonnes|sur le plateau|dans les pages)\s+(?:de\s+(?:la\s+|l['’])?|du\s+|d['’])$|(?:^|\s)a (?:déclaré|confié|indiqué|expliqué|assuré|précisé|raconté) à\s+(?:la\s+|l['’])?$/u,
  de: /(?:^|\s)(?:[Gg]egenüber (?:dem|der)|[Ii]m (?:Gespräch|Interview) mit (?:dem|der)|(?:sagte|erklärte|bestätigte|berichtete|schrieb)(?:\s+\p{L}+){0,3}\s+dem)\s+$/u,
};
const mediaCue = (m: Mention, language: string) =>
  (MEDIA_CUE[language]?.test(m.before.slice(-60)) ?? false) && !m.tokens.some(isGivenName) && !m.titled;

const BODY_OF_BEFORE_COMMA =
  /(?:\b(?:of|for)\s+(?:the|its|their|his|her)\s+|(?<!\p{L})(?:de la|du|des|de sa|de son|de leur)\s+|(?<!\p{L})de l['’])(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+$/u;
// `the chief executive of the group, Jane Roe`, `le PDG de la société, Jean Roux`, `sa secrétaire, Anne Roe`:
// an owned or definite role, then what it is of in any words, set off before the name.
const ROLE_CLAUSE_BEFORE_COMMA =
  /(?:^|[\s(])(?:the|its|his|her|their|le|la|l['’]|son|sa|leur|der|die|den|dem|ihr|ihre|sein|seine)\s*([\p{L}-]+)[^,;:.!?«»"“”„]{0,70},\s+$/iu;
const roleOfBeforeComma = (before: string) =>
  isRoleNoun(ROLE_OF_BEFORE_COMMA.exec(before.slice(-80))?.[1] ?? '') ||
  isRoleNoun((ROLE_CLAUSE_BEFORE_COMMA.exec(before.slice(-90))?.[1] ?? '').toLowerCase());
// `за словами директорки центру Ірини Мельник`: in someone's words, a role of somewhere between.
// Russian and Ukrainian only: elsewhere `according to` names bodies and reports as often as people.
// A region's adjective may stand among the role's words: `за словами голови Овруцької міської ради`.
const IN_WORDS_OF =
  /(?:^|[\s,(])(?:[Пп]о словам|[Сс]о слов|[Пп]о мнению|[Зз]а словами|[Зз]і слів|[Нн]а думку)\s+(?:(?:\p{Ll}[\p{L}'’-]*|\p{Lu}\p{Ll}+(?:ої|ого|ой|ей|ої|ких|ских|ських))\s+){0,4}$/u;
// A Russian or Ukrainian verb's past tense said of a woman: `сказала`, `пояснила`, `призналась`.
const FEMININE_PAST = /^\p{Script=Cyrillic}{3,}(?:ла|лась|лася)$/u;
const besideFeminineVerb = (m: Mention) =>
  FEMININE_PAST.test(/([\p{L}-]+)[\s,—–-]*$/u.exec(m.before.slice(-30))?.[1] ?? '') ||
  FEMININE_PAST.test(/^[\s,]*([\p{L}-]+)/u.exec(m.after)?.[1] ?? '');
const inWordsOf = (m: Mention) =>
  m.tokens.length >= 2 && m.tokens.every((t) => /^\p{Script=Cyrillic}/u.test(t)) && IN_WORDS_OF.test(m.before);
// `Губернатор региона Андрей Белозёров`, `директор компании Иван Орлов`: a role, what it is of, then the name.
// `нападник Остап Бурдейний` too: the role right before the name. (`Главного управления` is an adjective, no role.)
const CYRILLIC_ADJECTIVE_END = /(?:ого|его|ому|ему|ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ная|ний|ній|на|не)$/u;
// A participle that names a role, adjective endings and all: `нападающий`, `заведующая`.
const PARTICIPLE_ROLE = /^(?:нападающ|заведующ|управляющ)\p{L}*$/u;
const isCyrillicRole = (word: string) =>
  /^\p{Script=Cyrillic}/u.test(word) &&
  word.length <= MAX_STEM_WORD &&
  ROLE_STEMS.test(word) &&
  (!CYRILLIC_ADJECTIVE_END.test(word) || PARTICIPLE_ROLE.test(word));
// A Russian or Ukrainian surname, in any case: `Соколов`, `Рябова`, `Коваленко`, `Мельничук`.
const CYRILLIC_SURNAME = /^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын|ск|цк|енко|ук|юк|чук|вич|ян|дзе|швили)(?:а|у|ым|ом|ой|ою|ий|ая|ого|ої|ій)?$/u;
const CYRILLIC_NOT_GIVEN = /(?:ый|ий|ой|ая|ое|ые|ие|ого|ых|их|ском|ская)$/u;
// Given names in `-ий` (`Дмитрий`, `Валерий`, `Евгений`), unlike adjectives (`Верхний`, `Русский`).
const GIVEN_IN_II = /^\p{Lu}\p{Ll}*(?:[аеиоуя][лрдгтсз]ий|ений)$/u;
/** `Олег Соколов`: a given name (no adjective) and a surname by its ending make a person, though nothing else says so. */
const cyrillicFullName = (m: Mention) =>
  m.tokens.length === 2 &&
  // `Решеты Тверской железной дороги`: an adjective before its noun, though it ends as a surname does.
  !(/(?:ск|цк)(?:ой|ого|ому|ом|ую|ая|ий|ый)$/u.test(m.tokens[1]!) && /^\s+\p{Ll}/u.test(m.after)) &&
  /^\p{Lu}\p{Ll}+$/u.test(m.tokens[0]!) &&
  /^\p{Script=Cyrillic}/u.test(m.tokens[0]!) &&
  (!CYRILLIC_NOT_GIVEN.test(m.tokens[0]!) || GIVEN_IN_II.test(m.tokens[0]!)) &&
  CYRILLIC_SURNAME.test(m.tokens[1]!);
function roleOfSomewhereBefore(m: Mention): boolean {
  if (m.tokens.length < 2 || !m.tokens.every((t) => /^\p{Lu}[ʼ'’]?\p{Ll}/u.test(t))) return false;
  const words = m.before.trimEnd().split(/\s+/u).slice(-6).reverse();
  for (const word of words) {
    if (isCyrillicRole(word)) return true;
    // A region's adjective may stand in the role's words: `Глава Балаковского района`.
    if (!/^\p{Ll}+$/u.test(word) && !/^\p{Lu}\p{Ll}+(?:ого|ой|ої|ых|их|ской|ського)$/u.test(word)) return false;
  }
  return false;
}
const ROLE_AT_BEFORE = /(?<!\p{L})(\p{L}+)\s+(?:at|chez|bei)\s+(?:the\s+|der\s+|dem\s+)?$/u;
const wordAfter = (after: string) => /^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '';

/** Keys for comparing names: accents and case do not make two people. */
export const foldName = nameKey;

/**
 * A town the gazetteer knows is likely the place, but a surname may be spelt the same
 * (`Jackson`), so this weighs less than a country and gives way to a person's full name.
 */
const GAZETTEER_EVIDENCE = 2;

// `Уральском заводе`: an adjective before its noun, though its stem is a town's.
// `Северного управления` too: an adjective in `-н-` in a case no town's name in `-ный` is written in after its preposition.
const CYRILLIC_ADJECTIVE = /(?:(?:ск|цк)(?:ий|ый|ой|ого|ому|им|ом|ая|ую|ие|их|ими|ій|ім|а|у|ої|ою|і|е)|н(?:ого|ому|ую|ых|ыми|ої|ою))$/u;

// A Russian or Ukrainian adjective in the nominative: `Северный`, `Міський`, `Новая`, `Синее`.
const CYRILLIC_FULL_ADJECTIVE = /^\p{Script=Cyrillic}+(?:ый|ий|ой|ій|ая|яя|ое|ее)$/u;

const SERVICE_BEFORE_DISTRICT =
  /^(?:Conservation|Water|Irrigation|School|Sanitation|Utility|Utilities|Transit|Fire|Park|Parks|Hospital|Health|Library|Drainage|Flood|Housing|Power|Sewer|Municipal)$/u;

const LOCAL_COUNCIL = /^\s+(?:(?:city|town|county|district|borough|parish|municipal|regional)\s+)?council(?!\p{L})/u;

function knownPlace(m: Mention, language: string): boolean {
  // German capitalises its nouns: one word after an article (`am Ende`, `im Hof`) is a noun, though a town be spelt so.
  if (language === 'de' && m.tokens.length === 1 && afterDeterminer(m.before)) return false;
  if (language !== 'ru' && language !== 'uk') return isKnownLatinPlace(m.name);
  const place = cyrillicPlace(m.name, language === 'uk');
  if (!place) return false;
  // A sentence's first word is capitalised anyway: only the nominative itself counts there.
  if (m.sentenceStart && place !== m.name) return false;
  return !(CYRILLIC_ADJECTIVE.test(m.name) && /^\s+\p{Ll}/u.test(m.after));
}

const APPOSITION_PREPOSITION = new Set('at of for with in from to on by and who'.split(' '));

/**
 * What an apposition says the name is, from its head noun: the last word of its first noun
 * phrase (`a Turkish foreign ministry spokesman` describes a person, `a Lisbon start-up` a firm),
 * else its first telling noun (`an economist at consultancy X` describes a person).
 */
function appositionKind(apposition: string): 'person' | 'org' | null {
  const words = apposition.split(/\s+/u).slice(0, 6);
  const end = words.findIndex((w) => APPOSITION_PREPOSITION.has(w));
  const head = words[(end < 0 ? words.length : end) - 1] ?? '';
  if (ROLE_NOUNS.has(head) || PEOPLE_NOUNS.has(head)) return 'person';
  if (ORG_NOUNS.has(head)) return 'org';
  const orgAt = words.findIndex((w) => ORG_NOUNS.has(w));
  const roleAt = words.findIndex((w) => ROLE_NOUNS.has(w));
  if (orgAt >= 0 && (roleAt < 0 || orgAt < roleAt)) return 'org';
  return roleAt >= 0 ? 'person' : null;
}

// German writes every noun with a capital: `Straßenbahnen`, `Stadtzentrum` and `Autobahn` are
// things, where `Deutsche Bahn` and `Zentrum für Klimaforschung` are bodies.
const GERMAN_PLURAL_STEM = /(?:bahnen|zentren)$/iu;
const GERMAN_COMPOUND_STEM = /^(?:Zentrum|\p{Lu}\p{L}+(?:bahn|zentrum))$/u;
// `Bahnhof`, `Bahnsteig`, `Bahnstrecke`: places and things of the railway, not the railway company.
const RAILWAY_THING = /bahn(?:hof|höfe|steig|strecke|linie|übergang)/iu;
const isCommonCompound = (token: string, m: Mention) =>
  GERMAN_PLURAL_STEM.test(token) || RAILWAY_THING.test(token) || (m.tokens.length === 1 && GERMAN_COMPOUND_STEM.test(token));
// A German body's one-word name ends in its kind, declined at most by a genitive `-s`, `-es` (`Bundeskartellamt`,
// `Umweltbundesamtes`), and the kind has a word before it: the kind alone (`ein Ministerium`), its plural or
// dative (`kleine Vereine`, `den Stadtwerken`) and a word the kind's letters only sit inside (`Beamten`,
// `Veranstaltung`) name no one body.
const GERMAN_BODY_WORD =
  /^\p{Lu}\p{L}*\p{Ll}(?:ministerium|zentrum|agentur|verband|verein|universität|hochschule|gesellschaft|institut|behörde|anstalt|amt|werke|bahn)(?:e?s)?$/u;
const notGermanBodyWord = (token: string, m: Mention, language: string) =>
  language === 'de' && m.tokens.length === 1 && !GERMAN_BODY_WORD.test(token);

// `aus der Wetterau und dem Taunus`, `zwischen dem Plärrer und der Hallstraße`: German names a land or a square with its
// article, and a list of them says it again; the first name must take one too, so that `Lorn und die Feuerwehr` lists nothing.
const GERMAN_ARTICLE_LIST = /^\s+(?:und|oder)\s+(?:der|die|das|dem|den)\s+$/u;
const GERMAN_ARTICLE_BEFORE = /(?:^|\s)(?:der|die|das|dem|den)\s+$/u;

/**
 * Whether `m` follows `previous` as the next item of one list: `Arles, Nîmes and Uzès`. Lists of German
 * nouns with their articles count only `withArticles`, where a place the whole text has classed is the
 * cue (`die Polizei und die Feuerwehr` is no list of one kind's names).
 */
function listedAfter(previous: Mention | null, m: Mention, withArticles = false): boolean {
  if (!previous || previous.para !== m.para || m.start - previous.end > 10) return false;
  const gap = m.before.slice(m.before.length - (m.start - previous.end));
  if (GERMAN_ARTICLE_LIST.test(gap)) return withArticles && GERMAN_ARTICLE_BEFORE.test(previous.before);
  if (gap.length > 8) return false;
  return LIST_BEFORE.test(gap) || (LIST_COMMA.test(gap) && LIST_GOES_ON.test(m.after));
}

// `in Lorn, St. Aldric und Vorsdorf`: a saint's name of one word is a town's or a quarter's in a list of them.
const SAINT_PLACE = /^(?:St\.?|Ste\.?|Saint|Sainte|Sankt|San|Santa)\s\p{Lu}\p{Ll}+$/u;

/**
 * Names nothing else has classed, listed beside a place the whole text has classed (`in Lorn` …
 * `for Lorn, Avely and Stour`): a list of towns holds towns. Not bodies' lists, whose words are as
 * often one name (`Environment and Climate Change Canada`), nor people's; and not in Russian or
 * Ukrainian, whose list names are in a case the gazetteer must undo.
 */
function placesListedWithPlaces(
  listed: readonly (readonly [string, string])[],
  kinds: ReadonlyMap<string, Kind>,
  evidence: ReadonlyMap<string, Pick<Evidence, 'person'>>,
  language: string,
): string[] {
  if (language === 'ru' || language === 'uk') return [];
  const found = new Set<string>();
  const isPlace = (name: string) => kinds.get(name) === 'place' || found.has(name);
  const open = (name: string) =>
    !kinds.has(name) && !found.has(name) && !evidence.get(name)?.person && (!name.includes(' ') || SAINT_PLACE.test(name));
  // Twice over, so that a place reaches the far end of a list from either side.
  for (let pass = 0; pass < 2; pass++) {
    for (const [a, b] of listed) {
      if (isPlace(a) && open(b)) found.add(b);
      else if (isPlace(b) && open(a)) found.add(a);
    }
  }
  return [...found];
}

/** A Russian or Ukrainian patronymic in the nominative: `Петрович`, `Ильинична`, `Петрівна`. */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ович|евич|ьич|овна|евна|ична|йович|івна|ївна)$/u;

function evidenceOf(m: Mention, previous: Mention | null, previousKind: Kind | null, language: string) {
  const byPlacePrep = !['de', 'ru', 'uk'].includes(language);
  const e = { org: 0, place: 0, person: 0, weakPerson: 0, adjective: 0, genitive: inWordsOf(m), feminine: besideFeminineVerb(m) };
  const last = m.tokens[m.tokens.length - 1]!;
  // `Bahnsprecher`, `Ministeriumssprecherin`: a body's stem before a role's is the person speaking for it.
  const orgStem = (t: string) =>
    t.length <= MAX_STEM_WORD && ORG_STEMS.test(t) && !isCommonCompound(t, m) && !notGermanBodyWord(t, m, language) && !ROLE_STEMS.test(t);
  // A name joined across `and` (`Health and Safety Executive`) was joined as a body's; one closed by `& Söhne`, as a firm's.
  // `Union Road`, `College Avenue`: a street named after a body is the street; a community or leisure centre is a building.
  const street =
    m.tokens.length >= 2 &&
    (STREET_HEADS.has(last) || (/^Cent(?:re|er)$/u.test(last) && FACILITY_CENTRE.test(m.tokens[m.tokens.length - 2]!)));
  if (street) e.place += 3;
  else if (m.tokens.some((t) => ORG_WORDS.has(t) || orgStem(t)) || m.tokens.includes('and') || m.tokens.includes('&')) e.org += 3;
  else if (m.tokens.length >= 2 && (TRADE_WORDS.has(last) || CLUB_WORDS.has(last)) && !m.titled) e.org += 3;
  // `the Port of Halbridge says`: a port named with `of` is the authority that runs it, more than the quays.
  if (m.tokens.length >= 3 && m.tokens[0] === 'Port' && m.tokens[1] === 'of') e.org += GAZETTEER_EVIDENCE + 3;
  // `run by the City of Marrow`: a town's corporation by its formal name; `in the City of Marrow` is where.
  if (m.tokens.length >= 3 && MUNICIPALITY.test(m.tokens[0]!) && m.tokens[1] === 'of' && !LOCATION_BEFORE.test(m.before))
    e.org += GAZETTEER_EVIDENCE + 3;
  // Outweighs the town the club is named after: `VfL Wolfsburg` is the club.
  if (m.tokens.length >= 2 && CLUB_PREFIXES.has(m.tokens[0]!)) e.org += GAZETTEER_EVIDENCE + 3;
  // Headline labels (`UPDATE 2-…`, `LIVE: …`) are capitals too, but name nothing.
  const headlineLabel = m.para < 0 && m.sentenceStart;
  if (m.tokens.length === 1 && ACRONYM.test(last) && !isCountryOrRegion(last, language) && !headlineLabel && !/^:/u.test(m.after))
    e.org += 2;
  // `Заречной ГЭС`: a power station's initials name a place.
  if (m.tokens.length > 1 && isPlantInitials(last)) e.place += 3;
  else if (m.tokens.length > 1 && m.tokens.some((t) => ACRONYM.test(t))) e.org += 1;
  if (m.tokens.length === 1 && isInnerCapitalBrand(last) && !headlineLabel) e.org += 2;
  if (isCountryNamedBody(m, language) || isHyphenedBody(m, language)) e.org += 3;
  // `told Reuters`, `seen by Kyodo`: a news agency the story names is a body, though it speaks or stands alone.
  if (agencyOf(m.name)) e.org += 3;
  // `Гордума Новосибирска`, `Уряд України`: a Cyrillic body's head noun, then what it belongs to.
  if (m.tokens.length >= 2 && isCyrillicBodyHead(m.tokens[0]!)) e.org += 3;
  if (language === 'de' && (isGermanOrganisation(m.tokens) || endsInGermanLegalForm(m.tokens))) e.org += 3;
  if (isCountryOrRegion(m.name, language)) e.place += 5;
  else if (knownPlace(m, language) || smallTownAfterPreposition(m, language)) e.place += GAZETTEER_EVIDENCE;
  if (PLACE_WORDS.has(last) || PLACE_WORDS.has(m.tokens[0]!)) e.place += 2;
  // `Gorse Hill`, `Saltfleet Point`: land named by its kind, which is a surname too (`Anna Hill`).
  else if (language === 'en' && m.tokens.length >= 2 && LAND_WORDS.test(last) && !m.tokens.some(isGivenName)) e.place += 2;
  if (m.tokens.length === 1 && (COMPOUND_PLACE.test(m.name) || townAfterPreposition(m, language))) e.place += 3;
  // `ein Parkplatz`, `keinen Spielplatz`: after an indefinite article the word is a thing of its kind, no named place.
  if (
    language === 'de' &&
    GERMAN_PLACE_ENDING.test(last) &&
    !GERMAN_PLACE_NOUNS.has(last) &&
    last.length <= MAX_STEM_WORD &&
    !GERMAN_KIND_OF_PLACE.test(last) &&
    !(m.tokens.length === 1 && INDEFINITE_BEFORE.test(m.before))
  )
    e.place += 2;
  if (language === 'de' && (isGermanStreet(m.tokens) || isGermanSite(m.tokens))) e.place += 3;
  // `Pine Hollow Water District`, `Elm County School District`: a district that runs a service is a body.
  if (m.tokens.length >= 3 && last === 'District' && SERVICE_BEFORE_DISTRICT.test(m.tokens[m.tokens.length - 2]!)) e.org += 4;
  // `in der Prignitzmark`, `im Wendland`, `aus dem Chiemgau`: a German region is named by its land's word.
  if (
    language === 'de' &&
    m.tokens.length === 1 &&
    GERMAN_REGION.test(last) &&
    !GERMAN_PLACE_NOUNS.has(last) &&
    REGION_ARTICLE.test(m.before)
  )
    e.place += 3;
  if (language === 'de' && m.tokens.length === 1 && isRegionPart(m.name, language)) e.place += 3;
  // `les Morvelles`, `des Sorlignes`, `aux Brandes du Nord`: French names a range, a chain of islands or a land in
  // the plural; a people's plural (`les Lyonnaises`, `des Parisiennes`) ends otherwise.
  if (language === 'fr' && FRENCH_PLURAL_LAND.test(m.tokens[0]!) && FRENCH_PLURAL_ARTICLE.test(m.before) && !m.sentenceStart) e.place += 3;
  // `die Brücke über die Sorle`, `a footbridge across the Tarrow`, `le pont sur la Morvaz`: what a bridge crosses is water.
  if (m.tokens.length === 1 && BRIDGE_OVER.test(m.before.slice(-60))) e.place += 3;
  // `la Saône`, `am Neckar`, `über die Oder`: a river towns are named by, after its article.
  if (m.tokens.length === 1 && isRiver(m.name) && RIVER_ARTICLE[language]?.test(m.before)) e.place += 3;
  // `an der Sorl`, `über die Kelbe`: German gives a town no article, so a small town's name after a feminine
  // one is the river it is named by.
  if (language === 'de' && m.tokens.length === 1 && m.name.length >= 5 && isSmallTown(m.name) && RIVER_BY_TOWN_BEFORE.test(m.before))
    e.place += 3;
  // `im Stadtteil Morlingen`, `die Ortsteile Vorsdorf und …`: a part of a town named after its kind.
  if (language === 'de' && TOWN_PART_BEFORE.test(m.before)) e.place += 3;
  // `im Morvenstuhl`, `in der Sorlau`: a land German-speaking towns are named by, after its article.
  if (
    language === 'de' &&
    m.tokens.length === 1 &&
    isNamingLand(m.name) &&
    (RIVER_ARTICLE.de!.test(m.before) || REGION_ARTICLE.test(m.before))
  )
    e.place += 3;
  // `Kellbach am Sorl`: a known town told apart by its known river is that town.
  if (m.tokens.length >= 3 && isKnownLatinPlace(m.tokens[0]!) && isRiver(last) && /^(?:am|an|im|ob)$/u.test(m.tokens[1]!)) e.place += 3;
  // `aus Bad Ellring`: a spa town is named so.
  if (language === 'de' && m.tokens.length === 2 && m.tokens[0] === 'Bad') e.place += 3;
  // `nach Kellbach`, `zwischen Lorningen und …`: German nouns are capitalised, so only a name shaped as a town's is one after a bare preposition.
  if (language === 'de' && m.tokens.length === 1 && GERMAN_TOWN_SHAPE.test(m.name) && GERMAN_TOWN_PREPOSITION.test(m.before)) e.place += 2;
  // `das Hochwasser der Sarnitz`, `am Ufer des Lorn`, `entlang der Weißach`: what floods, has a level, banks or a mouth, or is followed, is a river.
  if (language === 'de' && m.tokens.length === 1 && GERMAN_RIVER_PART_BEFORE.test(m.before)) e.place += 3;
  const before = wordBefore(m.before);
  const after = wordAfter(m.after);
  // `consultancy Delta Analytics`, `British lenders Halden and Corvell`: the kind of body, in the plural too.
  if (/^\p{Ll}/u.test(before) && (ORG_NOUNS.has(before) || (/s$/u.test(before) && ORG_NOUNS.has(before.slice(0, -1))))) e.org += 2;
  // `the Swedish manufacturer Uppsala`: a body introduced by its kind is that body, though a town be spelt so.
  if (/^\p{Ll}/u.test(before) && ORG_NOUNS.has(before) && KIND_INTRODUCED.test(m.before)) e.org += 2 * GAZETTEER_EVIDENCE;
  e.org += firmEvidence(m);
  // `an analyst at Halden Roux`, `analyste chez Portal`, `Analystin bei Nordbank`: where someone works.
  const roleAt = ROLE_AT_BEFORE.exec(m.before.slice(-40))?.[1]?.toLowerCase() ?? '';
  if (isRoleNoun(roleAt) || (/s$/u.test(roleAt) && isRoleNoun(roleAt.slice(0, -1)))) e.org += 2;
  if (language === 'de' && isGermanBodyKind(before)) e.org += 3;
  if (language === 'de' && isGermanPlaceKind(before)) e.place += 3;
  // `die A4`, `auf der B96`: a German motorway or federal road by its letter and number.
  if (language === 'de' && m.tokens.length === 1 && /^[AB]\d{1,3}$/u.test(m.name)) e.place += 3;
  // `a Lisbon start-up` names where the firm is, not the firm.
  const modifier = /(?:^|\s)(?:a|an)\s+$/iu.test(m.before);
  // `the Tver Region department`: a place's own office, not an organisation's name.
  const placeNamed = isCountryOrRegion(m.name, language) || PLACE_WORDS.has(last);
  // `Halbridge council`, `Leeds city council`: a lower-case council is the place's own, and names the place.
  if (LOCAL_COUNCIL.test(m.after) && !m.possessive && m.tokens.length === 1) e.place += 2;
  // `Ferry operator cuts sailings`: a sentence's or headline's first word is capitalised by its place alone.
  else if (ORG_NOUNS.has(after) && !m.possessive && !modifier && !placeNamed && !(m.sentenceStart && m.tokens.length === 1)) e.org += 2;
  if (GEO_NOUNS.has(after) && !m.possessive && !DEMONYM.test(last)) e.place += 2;
  if (BASED.test(m.after)) e.place += 2;
  if (BODY_CLAUSE_AFTER.test(m.after)) e.org += 2;
  // `Ann Lee, 58, of Harwick`: where someone of that age is from.
  if (language === 'en' && /\d{1,3},\s+of\s+$/u.test(m.before)) e.place += 3;
  // `Derbyshire`, `Lincolnshire`: an English county is named so.
  if (language === 'en' && /\p{Ll}shire$/u.test(last)) e.place += 3;
  if (language === 'fr' && FRENCH_PLACE_OF.test(m.before.slice(-30))) e.place += 3;
  if (language === 'de' && partOfTownBefore(m.before)) e.place += 3;
  // `près du Muy`: the town's own article, held by the preposition, was given back from the gazetteer.
  if (language === 'fr' && /^Les? /u.test(m.name) && /(?:^|\s)(?:du|au|des|aux)\s+$/u.test(m.before)) e.place += 3;
  // `la région Marches de l'Ouest`, `le département Val-d'Oise`: the kind of place, then its name in apposition.
  if (language === 'fr' && FRENCH_PLACE_KIND_BEFORE.test(m.before.slice(-20))) e.place += 3;
  if (byPlacePrep && (LOCATION_BEFORE.test(m.before) || PLACE_OF_BEFORE.test(m.before)) && !isFirmAfterPreposition(m)) e.place += 1;
  // `in the north of the South American country`: an adjective before its noun is no place taken a bearing from.
  if (DWELLERS_OF_BEFORE.test(m.before.slice(-30)) && !m.possessive) e.place += 3;
  if (BEARING_BEFORE.test(m.before.slice(-30)) && !(DEMONYM_WORD.test(last) && /^\s+\p{Ll}/u.test(m.after))) e.place += 3;
  // `villages such as A, B and C`, `Orte wie A, B und C`, `trois communes : A, B et C`: a list of places opens on their kind.
  if (PLACES_LISTED_BEFORE.test(m.before.slice(-50))) e.place += 3;
  if (previousKind && listedAfter(previous, m)) {
    e[previousKind === 'person' ? 'weakPerson' : previousKind] += 1;
  }
  if (m.titled) e.person += 2;
  // `Owen Reid: My grandmother …`: an interview names who answers at the head of the line.
  if (m.tokens.length >= 2 && SPEAKER_LABEL.test(m.after) && /(?:^|\n)[ \t]*$/u.test(m.before) && !placeNamed && !knownPlace(m, language)) {
    e.person += 2;
  }
  // `the mayor Jean Roux`, `le maire Jean Roux`: a role or job written in lower case right before a full name.
  if (/^\p{Ll}/u.test(before) && (ROLE_NOUNS.has(before) || ((JOB_TITLES.has(before) || SCIENTIST.test(before)) && m.tokens.length >= 2)))
    e.person += 2;
  // `the mayor, Jean Roux`, `le maire, Jean Roux`: a role or a job set off before a full name.
  if ((isRoleNoun(wordBeforeComma(m.before)) || roleOfBeforeComma(m.before)) && m.tokens.length >= 2) e.person += 2;
  // `a campaign group, Keep Halbridge Moving`: a body's noun, then its name set off by a comma; but
  // in `the head of the company, Anna Berg` the name is the head's.
  if (ORG_NOUNS.has(wordBeforeComma(m.before)) && !BODY_OF_BEFORE_COMMA.test(m.before.slice(-60))) e.org += 2;
  if (mediaCue(m, language)) e.org += 3;
  // `Jean Roux, a dit …`: French `a` after the comma is the verb `avoir`, no article of an apposition.
  const app = language === 'fr' && FRENCH_HAS_AFTER.test(m.after) ? null : APPOSITION.exec(m.after);
  if (app) {
    const kind = app[1] ? 'person' : appositionKind(app[2] ?? '');
    if (kind) e[kind] += 2;
  } else if (m.tokens.length >= 2 && isRoleNoun(BARE_APPOSITION.exec(m.after)?.[1] ?? '')) e.person += 2;
  // `Anna Roe (1889–1961)`, `Jean Roux (né en 1950)`: a full name followed by the years of a life is a person's.
  if (m.tokens.length >= 2 && LIFE_YEARS.test(m.after)) e.person += 2;
  // `Morgan Treddle, 58, of Harwick`: a full name followed by an age is a person's.
  if (/^,?\s*\d{1,3},/u.test(m.after)) e.person += m.tokens.length >= 2 ? 2 : 1;
  if (m.possessive) {
    const next = /^\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)/u.exec(m.after)?.[1] ?? '';
    if (ROLE_NOUNS.has(next) && !isCountryOrRegion(m.name, language)) e.org += 1;
  }
  if (SPEECH_VERBS.has(after) || SPEECH_VERBS.has(before)) e.weakPerson += 1;
  // `Henrike Feld spielt die Großmutter`: a full name opening on a given name is a person's, when nothing says otherwise.
  if (opensOnGivenName(m.tokens) && !placeNamed && !knownPlace(m, language)) e.weakPerson += 1;
  // `Rovers’ Ben Atherley levelled`: a full name owned by a team or a firm, doing something, is its member.
  if (m.tokens.length >= 2 && m.tokens.length <= 3 && OWNED_BY.test(m.before) && /^\s+\p{Ll}/u.test(m.after)) e.weakPerson += 1;
  if (e.genitive) e.person += 2;
  // `Власти Липецка`: a common noun opening a sentence, then a town's genitive, is no given name and surname.
  const townAfterNoun = !isGivenName(m.tokens[0]!) && cyrillicPlace(m.tokens[1] ?? '', language === 'uk') !== null;
  if (cyrillicFullName(m) && e.org === 0 && !townAfterNoun) e.weakPerson += 1;
  if (roleOfSomewhereBefore(m)) e.person += 2;
  if (
    m.tokens.length === 1 &&
    !isCountryOrRegion(m.name, language) &&
    /^\s\p{Ll}/u.test(m.after) &&
    !GEO_NOUNS.has(after) &&
    !ORG_NOUNS.has(after) &&
    !SPEECH_VERBS.has(after) &&
    !LINKING_WORDS.has(after)
  ) {
    e.adjective += 1;
  }
  // `Мэр Верхней Пышмы`, `депутаты Верховной Рады`: a name opening on an adjective in an oblique case is a place's or a body's.
  if (inQuoteMarks(m) || (m.tokens.length >= 2 && OBLIQUE_ADJECTIVE_FIRST.test(m.tokens[0]!))) {
    e.person = 0;
    e.weakPerson = 0;
  }
  // `den Hafen Velmar`, `im Kreis Lorn`: German names no person after an article, unless a role stands between.
  if (language === 'de' && m.tokens.length >= 2 && afterDeterminer(m.before) && !isRoleWord(m.tokens[0]!)) {
    e.person = 0;
    e.weakPerson = 0;
  }
  return e;
}

export interface EntityIndex {
  people: string[];
  places: string[];
  organizations: string[];
  kindOf(name: string): Kind | null;
  /** The full name a person is known by, from a full name or a surname (or a Chinese family name). */
  person(name: string): string | null;
}

function displayName(name: string): string {
  return name
    .split(' ')
    .map((w) => ((w.length > 3 || !/^\p{Lu}+$/u.test(w)) && !/^(?:\p{Lu}\.)+\p{Lu}?$/u.test(w) ? titleCaseWord(w) : w))
    .join(' ');
}

// `in Kassel-Bettenhausen`, `de Thorigné-Fouillard`: a double-barrelled name where a town stands.
// (`à` and `bei` take people as often: `a parlé à Marie-Claire`; so do names opening with a given name.)
// A town told apart by its river (`am`, `an der`) is that town in full; one in a land (`im Sorlgau`) is its own town by the short name too.
const TOWN_BY_START = /^(\S+) (?:am|an der|ob der) \p{Lu}/u;
const HYPHENED_TOWN = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;
const GIVEN_NAME_HEAD = /^(?:Jean|Marie|Anne|Pierre|Paul|Louis|Jacques|Marc|Luc|Claude|François|Michel|Hans|Karl|Klaus|Eva|Lisa)-/u;
const TOWN_PREPOSITION: Readonly<Record<string, RegExp>> = {
  de: /(?:^|\s)(?:in|nach|aus)\s+$/u,
  fr: /(?:^|\s)(?:de|en)\s+$|(?:^|\s)d['’]$/u,
};
// `from Penticton`, `von Lindau nach Bregenz`, `jusqu'à Mâcon`: the prepositions that put a town right after them, no
// article between; the names listed after one are towns too (`nach Görlitz, Zittau oder Bautzen`).
const TOWN_PREPOSITIONS: Readonly<Record<string, string>> = {
  en: String.raw`(?:^|[\s(])(?:[Ii]n|[Ff]rom|to|near|via|between|outside)\s+`,
  de: String.raw`(?:^|[\s(])(?:[Ii]n|[Nn]ach|[Aa]us|[Vv]on|bei|zwischen|[Aa]b|bis|über|nahe)\s+`,
  fr: String.raw`(?:(?:^|[\s(])(?:de|vers|entre|près de|par)\s+|(?:^|[\s(’'])[Àà]\s+|(?:^|[\s(])d['’])`,
};
const TOWN_CUE: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(TOWN_PREPOSITIONS).map(([language, preposition]) => [
    language,
    new RegExp(String.raw`${preposition}(?:\p{Lu}[\p{L}\p{M}'’-]*(?:,\s+|,?\s+(?:and|or|und|oder|et|ou)\s+)){0,4}$`, 'u'),
  ]),
);
/**
 * A small town the gazetteer knows, where a preposition puts a town: its name may be a word or a
 * surname elsewhere, and a given name (`Florence`) is a person's as often.
 */
const smallTownAfterPreposition = (m: Mention, language: string) =>
  m.name.length >= 4 && !isGivenName(m.tokens[0]!) && isSmallTown(m.name) && (TOWN_CUE[language]?.test(m.before) ?? false);
const townAfterPreposition = (m: Mention, language: string) =>
  HYPHENED_TOWN.test(m.name) && !GIVEN_NAME_HEAD.test(m.name) && (TOWN_PREPOSITION[language]?.test(m.before) ?? false);

/**
 * Names that name nothing: a date word, a bare direction, a lone `Centre`, half of `H5N1-19` or
 * `Chile-Peru`, the `MV` before a ship's name.
 */
const GERMAN_INDEFINITE_BEFORE = /(?:^|\s)(?:ein|eine|einen|einem|einer|eines)\s+(?:\p{Ll}+\s+){0,2}$/u;
// `Unsere Handwerksbetriebe verlieren`: one noun someone has is a thing of its kind, no name.
const GERMAN_POSSESSIVE_BEFORE = new RegExp(String.raw`(?:^|[\s„"“(])${GERMAN_POSSESSIVE}\s+$`, 'u');

// `les TER`, `des TGV`, `trois TER sur cinq`: initials French counts or makes plural are a service's trains, no body.
const FRENCH_COUNTED_BEFORE =
  /(?:^|\s)(?:[Ll]es|[Dd]es|[Aa]ux|[Cc]es|[Uu]n|[Uu]ne|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques|\d+)\s+$/u;
// `SUD-Rail`, `CGT-Cheminots`, `Union-Rail`: a union's initials or a body's word, hyphened to the trade it organises.
const HYPHENED_BODY = /^(?:\p{Lu}{2,6}|Union|Force|Fédération|Syndicat)-\p{Lu}\p{Ll}{2,}$/u;
const isHyphenedBody = (m: Mention, language: string) =>
  (language === 'fr' || language === 'en') && m.tokens.length === 1 && HYPHENED_BODY.test(m.name);

function isNoise(m: Mention, language: string): boolean {
  if (language === 'fr' && m.tokens.length === 1 && ACRONYM.test(m.name) && FRENCH_COUNTED_BEFORE.test(m.before)) return true;
  if (m.tokens.length > 8 || MONTH_AND_DAY_NAMES.has(m.name) || FUNCTION_WORDS.has(m.name) || COMMON_INITIALISMS.has(m.name)) return true;
  // `bis Ende 2027`, `ab Mitte 2025`: a German noun before a year is a time of it, no name.
  if (language === 'de' && m.tokens.length === 1 && /^\s\d{4}(?!\d)/u.test(m.after)) return true;
  // `… sur le glacier. © Anne Roux / Agence`: a picture's credit names its photographer and agency, no one in the story.
  if (PICTURE_CREDIT_BEFORE.test(m.before)) return true;
  if (m.tokens.length === 1 && VESSEL_PREFIXES.has(m.name) && /^\s+\p{Lu}/u.test(m.after)) return true;
  // `VI століття`, `XIXe siècle`, `the XX century`: a Roman number before a lower-case word counts something.
  if (m.tokens.length === 1 && ROMAN_ORDINAL.test(m.name) && /^\s+\p{Ll}/u.test(m.after)) return true;
  // `Міський голова заявив`, `Северный ветер усилился`: an adjective opening a sentence before its noun names nothing.
  if (m.tokens.length === 1 && m.sentenceStart && CYRILLIC_FULL_ADJECTIVE.test(m.name) && /^\s+\p{Ll}/u.test(m.after)) return true;
  if (m.tokens.length === 1 && (GENERIC.has(m.name) || ORG_WORDS.has(m.name) || PLACE_WORDS.has(m.name) || isCyrillicBodyKind(m.name)))
    return true;
  // `ІТ-фірма`, `в ИТ-компаниях города`: a kind of firm named by its trade's initials is no firm.
  if (m.tokens.length === 1 && /^\p{Lu}{2,5}-\p{Ll}/u.test(m.name) && isCyrillicBodyKind(m.name.slice(m.name.indexOf('-') + 1)))
    return true;
  // `ein neues Wartungszentrum für Windparks`: what an indefinite article counts is one of a kind, no name
  // (`eine Sprecherin Anna Roth` names her after the kind).
  if (language === 'de' && GERMAN_INDEFINITE_BEFORE.test(m.before.slice(-40)) && !m.tokens.some(isGivenName)) return true;
  if (language === 'de' && m.tokens.length === 1 && GERMAN_POSSESSIVE_BEFORE.test(m.before.slice(-12))) return true;
  // `der Behörde`, `die Hafenbehörde`, `die Gemeinde`: a kind of body or place, not its name.
  if (language === 'de' && m.tokens.length === 1 && afterDeterminer(m.before) && (isGermanBodyKind(m.name) || isGermanPlaceKind(m.name)))
    return true;
  const hyphenated =
    m.tokens.length === 1 &&
    /\p{L}-\p{Lu}/u.test(m.name) &&
    !COMPOUND_PLACE.test(m.name) &&
    !isCountryNamedBody(m, language) &&
    !isCountryOrRegion(m.name, language) &&
    !townAfterPreposition(m, language) &&
    !isHyphenedBody(m, language) &&
    // `Lorn-Verkehrsbetriebe`: a German body's compound, hyphened to its place; `Anna-Roth-Straße`, a street named after someone.
    !(language === 'de' && (isGermanOrganisation(m.tokens) || isGermanStreet(m.tokens))) &&
    // `Haute-Garonne`, `Saint-Priest-en-Jarez`: the gazetteer knows the double name whole.
    !isKnownLatinPlace(m.name) &&
    !smallTownAfterPreposition(m, language) &&
    // `Орехово-Зуева`, `Білгорода-Дністровського`: a Russian or Ukrainian town of two parts the gazetteer knows.
    !((language === 'ru' || language === 'uk') && cyrillicPlace(m.name, language === 'uk') !== null) &&
    // `Landkreis Oberau-Lindental`, `Gemeinde Ober-Olm`: a place's kind says the double name is the place.
    !(language === 'de' && isGermanPlaceKind(wordBefore(m.before)));
  return (/^-[\p{N}\p{L}]/u.test(m.after) && !BASED.test(m.after)) || hyphenated;
}

const GERMAN_STREET_END = /(?:straße|strasse|allee|platz|weg|gasse|ring|damm|chaussee|ufer|brücke|markt|steig)$/iu;

/** A Russian or Ukrainian place back in the nominative when the gazetteer knows it: `Одесі` → `Одеса`; a German street's too. */
function placeNominative(name: string, language: string, article: string): string {
  // `der Großen Elbstraße`, `am Breiten Ring`: a German street's adjective is declined with it.
  if (language === 'de') return name.includes(' ') && GERMAN_STREET_END.test(name) ? germanNominative(name, article) : name;
  if (language !== 'ru' && language !== 'uk') return name;
  return cyrillicPlaceNominative(name, language === 'uk') ?? regionNominative(name);
}

/**
 * `Josh` and `Joshua`, `J.` and `Joshua`, `Tom` and `Thomas`: the short and the full form of one
 * first name. A short form of three letters or more is the full one's start, or that start with
 * one letter more left out of it (`Thom`, `Kathe`); a looser match would join `Ann` and `Anton`.
 */
function sameFirstName(a: string, b: string): boolean {
  const x = a.replace(/\.$/u, '');
  const y = b.replace(/\.$/u, '');
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length === 1) return long.startsWith(short);
  return short.length >= 3 && (long.startsWith(short) || startWithOneLetterLess(long, short));
}

function startWithOneLetterLess(long: string, short: string): boolean {
  const start = long.slice(0, short.length + 1);
  for (let i = 1; i < start.length; i++) if (start.slice(0, i) + start.slice(i + 1) === short) return true;
  return false;
}

/**
 * Each full name mapped to the fullest form of the same person the text uses: `Tom Hadley` and
 * `Thomas Hadley` are one person, as are `Ines Arroyo` and `Inés Arroyo` (accents aside). Only
 * names with the same surname are compared, so a text naming thousands of people stays quick.
 */
function fullerForms(fullPeople: readonly string[]): Map<string, string> {
  const bySurname = new Map<string, { name: string; first: string }[]>();
  for (const name of fullPeople) {
    const [first, ...rest] = foldName(name).split(' ');
    const surname = rest.join(' ');
    const namesakes = bySurname.get(surname) ?? [];
    namesakes.push({ name, first: first! });
    bySurname.set(surname, namesakes);
  }
  const forms = new Map<string, string>();
  for (const namesakes of bySurname.values()) {
    for (const { name, first } of namesakes) {
      let best = name;
      for (const other of namesakes) {
        if (!sameFirstName(first, other.first)) continue;
        const o = other.name;
        if (o.length > best.length || (o.length === best.length && /[^\p{ASCII}]/u.test(o))) best = o;
      }
      forms.set(name, best);
    }
  }
  return forms;
}

/**
 * The first full name (in the text's order) that ends, or starts, with each shorter run of its
 * words, as written and folded: `Maria Lund` is found by `Lund` and by `maria`.
 */
class FullNameIndex {
  private readonly ending = new Map<string, string>();
  private readonly starting = new Map<string, string>();
  private readonly endingFolded = new Map<string, string>();
  private readonly startingFolded = new Map<string, string>();

  constructor(fullPeople: readonly string[]) {
    for (const name of fullPeople) {
      FullNameIndex.add(this.ending, this.starting, name.split(' '), name);
      FullNameIndex.add(this.endingFolded, this.startingFolded, foldName(name).split(' '), name);
    }
  }

  private static add(ending: Map<string, string>, starting: Map<string, string>, words: string[], name: string) {
    for (let k = 1; k < words.length; k++) {
      const tail = words.slice(k).join(' ');
      const head = words.slice(0, k).join(' ');
      if (!ending.has(tail)) ending.set(tail, name);
      if (!starting.has(head)) starting.set(head, name);
    }
  }

  /** The full name written ending or starting with `part`, as `p.endsWith(' ' + part) || p.startsWith(part + ' ')` finds it. */
  written(part: string): string | undefined {
    return this.ending.get(part) ?? this.starting.get(part);
  }

  /** The full name whose folded form ends with `folded`, or else starts with it. */
  folded(folded: string): string | undefined {
    return this.endingFolded.get(folded) ?? this.startingFolded.get(folded);
  }
}

/**
 * A given name and a surname, or a given name, a second one or an initial, and a surname:
 * `Mary Ann Roe`, `John F. Roe`, but not `Marlene Oswalds Roman` (her novel).
 */
function opensOnGivenName(tokens: readonly string[]): boolean {
  if (tokens.length < 2 || !isGivenName(tokens[0]!)) return false;
  if (tokens.length > 3) return hasParticleSurname(tokens);
  return tokens.length === 2 || isGivenName(tokens[1]!) || /^\p{Lu}\.$/u.test(tokens[1]!) || hasParticleSurname(tokens);
}

// `de`, `du`, `von`, `van`, `da`: the particle of a noble or a family name, with the article some keep (`de La Roncière`).
const NAME_PARTICLE = /^(?:de|du|des|da|di|do|dos|del|della|van|von|ter|ten)$/u;
const PARTICLE_ARTICLE = /^(?:La|Le|Du|Des|Der|Den|Di|Da|Van)$/u;

/** `Pierre de Villiers`, `Anna von Klenze`, `Pierre de La Roncière`: a given name, a particle and a surname. */
function hasParticleSurname(tokens: readonly string[]): boolean {
  if (!NAME_PARTICLE.test(tokens[1] ?? '')) return false;
  const rest = PARTICLE_ARTICLE.test(tokens[2] ?? '') && tokens.length === 4 ? tokens.slice(3) : tokens.slice(2);
  return rest.length === 1 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(rest[0]!);
}

// German writes the job as one capitalised compound before the name: `Kreisbrandmeister`,
// `Hydrologe`, `Stadtsprecherin`; the long ones end in these heads.
const GERMAN_JOB_NOUN =
  /^\p{Lu}\p{Ll}{3,}(?:meister|meisterin|sprecher|sprecherin|leiter|leiterin|loge|login|direktor|direktorin|präsident|präsidentin|minister|ministerin|chef|chefin|rat|rätin|beauftragte|beauftragter|experte|expertin|forscher|forscherin|führer|führerin|ingenieur|ingenieurin|referent|referentin|anwalt|anwältin|richter|richterin|trainer|trainerin|verteidiger|verteidigerin|politiker|politikerin|abgeordneter|abgeordnete)$|^(?:Richter|Richterin|Anwalt|Anwältin|Trainer|Trainerin|Verteidiger|Verteidigerin|Politiker|Politikerin|Abgeordneter|Abgeordnete|Regisseur|Regisseurin|Intendant|Intendantin|Dirigent|Dirigentin|Kurator|Kuratorin|Autor|Autorin|Schauspieler|Schauspielerin|Sänger|Sängerin|Künstler|Künstlerin|Kapitän|Kapitänin|Spieler|Spielerin|Torwart|Torhüter|Torhüterin|Kommissar|Kommissarin|Lehrer|Lehrerin|Arzt|Ärztin|Pfarrer|Pfarrerin|Vorsitzende|Vorsitzender|Geschäftsführer|Geschäftsführerin|Ermittler|Ermittlerin|Staatsanwalt|Staatsanwältin)$/u;

/** A capitalised word naming what someone does: `Executive`, `Meteorologist`, `Kreisbrandmeister`. */
const isJobNoun = (word: string) => {
  const lower = word.toLowerCase();
  return isRoleNoun(lower) || GERMAN_JOB_NOUN.test(word);
};
// `CDU-Politiker`, `SPD-Chef`, `ex-President`: a compound whose last part is a job is one.
const isJobWord = (word: string) => isJobNoun(word) || (word.includes('-') && isJobNoun(word.slice(word.lastIndexOf('-') + 1)));

/** A job, or a German role (`Bürgermeister`, `Sprecherin`), that may stand between an article and a name. */
const isRoleWord = (word: string) => isJobWord(word) || ROLE_STEMS.test(word);

/** `Executive Bob Iger`, `Meteorologist Dan Roe` → the name: job titles and roles before a name are not part of it. */
export function withoutJobTitle(name: string): string {
  const words = name.split(' ');
  let start = 0;
  // `PDG de Lumen`: a job whose complement follows names no one after it.
  while (start < words.length - 2 && isJobWord(words[start]!) && !/^\p{Ll}/u.test(words[start + 1]!)) start++;
  return words.slice(start).join(' ');
}

/** The runs of a name's last words, shorter than the name: `Lake Orla Bay` → `Orla Bay`, `Bay`. */
const wordTails = (name: string): string[] => {
  const words = name.split(' ');
  return words.slice(1).map((_, k) => words.slice(k + 1).join(' '));
};

// `Deutsche Bahn` … `die Bahn`, `Europäische Kommission` … `die Kommission`: a name's noun alone, its adjectives left off.
const shortForm = (noun: string, full: string, language: string) =>
  language === 'de' && full.endsWith(' ' + noun) && full.split(' ').slice(0, -1).every(isGermanNameAdjective);

/** A body's name as listed: German and Cyrillic ones back in the nominative. */
function organisationNominative(name: string, article: string, language: string): string {
  if (language === 'de') return germanNominative(name, article);
  return language === 'ru' || language === 'uk' ? (agencyOf(name) ?? cyrillicOrganisationNominative(name)) : name;
}

const GEO_PREFIX = /^(?:Isle|Island|River|Lake|Mount|Cape|Gulf|Bay|Port|Sea)\s/u;

// Latin script only: Cyrillic adjectives share their endings (`Студенти Одеського`, `Викладачі Одеського`).
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const LATIN = /^\p{Script=Latin}/u;

/**
 * Two-word names nothing else has classed that share their last word with another person's or
 * undecided two-word name, the first words differing: relatives named by given name and surname.
 * A body's or a place's word on either side (`Port Orla`, `Orla Bank`) rules the pair out.
 */
function relatives(evidence: ReadonlyMap<string, Evidence>, kinds: ReadonlyMap<string, Kind>, language: string): string[] {
  // German capitalises its nouns: `Bäckerei Kranich` beside `Ute Kranich` is the firm.
  if (language === 'de') return [];
  const bySurname = new Map<string, string[]>();
  for (const [name, e] of evidence) {
    const tokens = name.split(' ');
    const kind = kinds.get(name);
    if (tokens.length !== 2 || !tokens.every((t) => NAME_WORD.test(t) && LATIN.test(t)) || e.org > 0 || e.place > 0) continue;
    if (kind !== undefined && kind !== 'person') continue;
    if (tokens.some((t) => ORG_WORDS.has(t) || PLACE_WORDS.has(t) || GENERIC.has(t) || isJobWord(t) || isKnownLatinPlace(t))) continue;
    bySurname.set(tokens[1]!, [...(bySurname.get(tokens[1]!) ?? []), name]);
  }
  return [...bySurname.values()].filter((names) => names.length >= 2).flatMap((names) => names.filter((n) => !kinds.has(n)));
}

/**
 * Sorts the capitalised names into people, places and organisations from the words around each
 * mention, merges surname-only mentions into the full name, and keeps the fullest form of a place.
 */
/** The towns German bodies are named by: `Kielsund` in `Amtsgericht Kielsund`, `Stadtwerke Kielsund`. */
function seatsOfBodies(mentions: readonly Mention[]): Set<string> {
  return new Set(mentions.filter((m) => m.tokens.length === 2 && isGermanOrganisation(m.tokens)).map((m) => m.tokens[1]!));
}

export function indexEntities(
  mentions: readonly Mention[],
  extraPlaces: readonly string[],
  language: string,
  outsideContent: (m: Mention) => boolean,
): EntityIndex {
  const evidence = new Map<string, Evidence>();
  // Names written one after another in a list (`Arles, Nîmes and Uzès`), as pairs of neighbours.
  const listed: [string, string][] = [];
  let previous: Mention | null = null;
  let previousKind: Kind | null = null;
  const seats = language === 'de' ? seatsOfBodies(mentions) : new Set<string>();
  mentions.forEach((m, order) => {
    if (isNoise(m, language) || outsideContent(m)) return;
    const e = evidenceOf(m, previous, previousKind, language);
    // `in Kielsund` beside `Amtsgericht Kielsund`: where a court or an office sits is a town.
    if (m.tokens.length === 1 && seats.has(m.name) && GERMAN_TOWN_PREPOSITION.test(m.before)) e.place += 3;
    if (previous && listedAfter(previous, m, true)) listed.push([previous.name, m.name]);
    const total = evidence.get(m.name) ?? {
      article: '',
      org: 0,
      place: 0,
      person: 0,
      weakPerson: 0,
      adjective: 0,
      first: order,
      genitive: false,
      feminine: false,
    };
    if (language === 'de' && !total.article) total.article = germanArticle(m.before);
    total.genitive ||= e.genitive;
    total.feminine ||= e.feminine;
    total.adjective += e.adjective;
    total.org += e.org;
    total.place += e.place;
    total.person += e.person;
    total.weakPerson += e.weakPerson;
    evidence.set(m.name, total);
    previous = m;
    previousKind = decide(m.name, e);
  });

  function decide(name: string, e: Omit<Evidence, 'first' | 'article' | 'genitive' | 'feminine'>): Kind | null {
    const words = name.split(' ').length;
    if (isDemonym(name, language)) return null;
    // `Harbury Rose Fair`, `Lorn Folk Festival`: an event is named after its place, and is neither place nor body.
    if (words >= 2 && EVENT_WORDS.has(name.slice(name.lastIndexOf(' ') + 1))) return null;
    // English capitalises its nationality adjectives (`Kenyan farmers`); French and German do not, so `Lunan` there is a town.
    if (language === 'en' && words === 1 && e.adjective > 0 && e.place < 3 && e.org < 2 && DEMONYM.test(name)) return null;
    if (e.org >= 2 && e.org >= e.place && e.org >= e.person) return 'org';
    if (e.place >= 3) return 'place';
    if (e.person >= 2 && words >= 2 && words <= 4) return 'person';
    if (e.org >= 1 && e.org > e.person) return 'org';
    if (e.place >= 1 && (e.person === 0 || words === 1) && e.org === 0) return 'place';
    if (e.weakPerson >= 1 && words >= 2 && words <= 4 && e.org === 0) return 'person';
    return null;
  }

  const kinds = new Map<string, Kind>();
  for (const [name, e] of evidence) {
    const kind = decide(name, e);
    if (kind) kinds.set(name, kind);
  }
  for (const name of placesListedWithPlaces(listed, kinds, evidence, language)) kinds.set(name, 'place');
  // A full name whose last word later speaks alone (`Maria Lund` … `Lund said`) is a person's;
  // not a German noun and name after an article (`den Hafen Velmar` … `Velmar teilte mit`).
  for (const [name, e] of evidence) {
    const tokens = name.split(' ');
    if (tokens.length < 2 || tokens.length > 3 || e.org >= 2 || e.place >= 3) continue;
    if (e.article && !isRoleWord(tokens[0]!)) continue;
    const alone = evidence.get(tokens[tokens.length - 1]!);
    if (alone && (alone.weakPerson > 0 || alone.person > 0) && alone.org < 2) kinds.set(name, 'person');
  }
  // `Lise Marot` … `Hugo Marot`: two given names before one surname are a family's members.
  for (const name of relatives(evidence, kinds, language)) kinds.set(name, 'person');
  // A name seen once in full and later alone by its last (or, for Chinese names, first) word.
  const fullPeople = [...kinds].filter(([n, k]) => k === 'person' && n.includes(' ')).map(([n]) => n);
  const fullNames = new FullNameIndex(fullPeople);
  for (const [name, e] of evidence) {
    if (name.includes(' ') || kinds.get(name) === 'org' || (kinds.get(name) === 'place' && e.place >= 3)) continue;
    if (fullNames.written(name) && e.org === 0) kinds.set(name, 'person');
  }
  // `Вадим Петрович` after `Вадим Сидоров`: a given name and patronymic address the person named in full.
  const addressedByPatronymic = (full: string): string | null => {
    const [given, second, ...rest] = full.split(' ');
    if (rest.length || !second || !PATRONYMIC.test(second)) return null;
    const named = fullPeople.map(canonicalPerson).filter((p) => p.split(' ')[0] === given && !PATRONYMIC.test(p.split(' ')[1] ?? ''));
    return named.length === 1 ? named[0]! : null;
  };
  const personOf = (name: string): string | null => {
    if (kinds.get(name) === 'person' && name.includes(' ')) {
      const full = canonicalPerson(name);
      return language === 'ru' || language === 'uk' ? (addressedByPatronymic(full) ?? full) : full;
    }
    const full = fullNames.folded(foldName(name));
    return full ? canonicalPerson(full) : null;
  };
  const fullerForm = fullerForms(fullPeople);
  const firstSeen = new Map<string, string>();
  function canonicalPerson(name: string): string {
    const fuller = withoutJobTitle(fullerForm.get(name) ?? name);
    const genitive = evidence.get(name)?.genitive === true || evidence.get(fuller)?.genitive === true;
    const feminine = [name, fuller, fuller.slice(fuller.lastIndexOf(' ') + 1)].some((n) => evidence.get(n)?.feminine === true);
    const full = language === 'ru' || language === 'uk' ? cyrillicPersonNominative(fuller, genitive, feminine) : fuller;
    const key = foldName(full);
    if (!firstSeen.has(key)) firstSeen.set(key, full);
    return firstSeen.get(key)!;
  }

  const ordered = [...kinds].sort((a, b) => evidence.get(a[0])!.first - evidence.get(b[0])!.first);
  const people: string[] = [];
  const places: string[] = [];
  const organizations: string[] = [];
  const peopleSeen = new Set<string>();
  for (const [name, kind] of ordered) {
    if (kind === 'person') {
      const full = personOf(name);
      if (full && !peopleSeen.has(foldName(full))) {
        peopleSeen.add(foldName(full));
        people.push(full);
      }
    } else if (kind === 'place') places.push(placeNominative(displayName(name), language, evidence.get(name)!.article));
    else organizations.push(organisationNominative(name, evidence.get(name)!.article, language));
  }
  const placesSeen = new Set(places.map(foldName));
  for (const p of extraPlaces) {
    if (placesSeen.has(foldName(p))) continue;
    placesSeen.add(foldName(p));
    places.unshift(p);
  }
  // `Lake Orla` and `Orla`, `University of Tarn` and `Tarn`: the shorter is the same place.
  const longerPlaceEnds = new Set(places.filter((o) => GEO_PREFIX.test(o) || / of /u.test(o)).flatMap((o) => wordTails(o)));
  // `Kellbach` beside `Kellbach am Sorl`: the town's short form.
  for (const p of places) {
    const town = TOWN_BY_START.exec(p)?.[1];
    if (town) longerPlaceEnds.add(town);
  }
  // `Halden` beside `Halden Water Board`, `Bahn` beside `Deutsche Bahn`: the lone word is the body's short form.
  const longerOrgStarts = new Set(organizations.filter((o) => o.includes(' ')).map((o) => o.slice(0, o.indexOf(' '))));
  const orgs = [...new Set(organizations)].filter(
    (n) => n.includes(' ') || (!longerOrgStarts.has(n) && !organizations.some((o) => shortForm(n, o, language))),
  );
  const kindCache = new Map<string, Kind | null>();
  const personCache = new Map<string, string | null>();
  return {
    people,
    places: [...new Set(places)].filter((n) => !longerPlaceEnds.has(n)),
    organizations: orgs,
    kindOf: (name) => {
      if (!kindCache.has(name)) kindCache.set(name, kinds.get(name) ?? (personOf(name) ? 'person' : null));
      return kindCache.get(name)!;
    },
    person: (name) => {
      if (!personCache.has(name)) personCache.set(name, personOf(name));
      return personCache.get(name)!;
    },
  };
}
