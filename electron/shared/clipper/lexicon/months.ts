import generated from './month-names.json';

/**
 * Month names and abbreviations in the clipper's languages (en, fr, de, ru, uk, plus es/it/pt/nl/id which
 * share the Latin-script date forms), lower-cased, each mapped to its month number. Russian and
 * Ukrainian appear in the genitive that dates use ("18 мая") and in the nominative.
 */
const NAMES: ReadonlyArray<readonly [number, string]> = [
  [1, 'january jan janvier janv januar jänner jän enero gennaio janeiro января январь янв січня січень січ januari'],
  [2, 'february feb febr février févr fév fevrier februar febrero febbraio fevereiro февраля февраль фев февр лютого лютий лют februari'],
  [3, 'march mar mars märz marzo março марта март мар березня березень maret maart'],
  [4, 'april apr avril avr abril aprile апреля апрель апр квітня квітень квіт'],
  [5, 'may mai mayo maggio maio мая май травня травень трав mei'],
  [6, 'june jun juin juni junio giugno junho июня июнь червня червень черв'],
  [7, 'july jul juillet juil juli julio luglio julho июля июль липня липень'],
  [8, 'august aug août aout agosto августа август авг серпня серпень серп agustus augustus'],
  [9, 'september sep sept septembre septiembre settembre setembro сентября сентябрь сен сент вересня вересень'],
  [10, 'october oct octobre oktober okt octubre ottobre outubro октября октябрь окт жовтня жовтень жовт'],
  [11, 'november nov novembre noviembre novembro ноября ноябрь ноя нояб листопада листопад'],
  [12, 'december dec décembre déc decembre dezember dez diciembre dic dicembre dezembro декабря декабрь дек грудня грудень груд desember'],
];

/** Those of the other European languages and Turkish (`října`, `listopada`, `Kasım`), from CLDR by scripts/build-month-names.mjs. */
const GENERATED: ReadonlyArray<readonly [number, string]> = generated.months.map((words, i) => [i + 1, words.join(' ')] as const);

export const MONTHS: ReadonlyMap<string, number> = new Map(
  [...NAMES, ...GENERATED].flatMap(([n, words]) => words.split(' ').map((w) => [w, n] as const)),
);

// Month words of other languages that are names or places too (`Maja`, `Augusta`, `Kasım`).
const NAMES_TOO: ReadonlySet<string> = new Set(generated.namesToo);

/** A month's name, lower-cased, that names no one and no place: a word a name or a place does not hold. */
export const isMonthOnly = (word: string): boolean => MONTHS.has(word) && !NAMES_TOO.has(word);

/**
 * Month words two languages give two months, told apart by the dot the one language writes after the
 * day: Croatian `3. listopada` is October, Polish `3 listopada` November.
 */
export const MONTHS_BY_DAY_DOT: ReadonlyMap<string, { dotted: number; bare: number }> = new Map(Object.entries(generated.byDayDot));

/** Longest first, so that an alternation prefers `june` to `jun`. */
export const MONTH_PATTERN = [...MONTHS.keys(), ...MONTHS_BY_DAY_DOT.keys()].sort((a, b) => b.length - a.length).join('|');

// `Domingo` and `Sabato` are left out: they are surnames too.
export const WEEKDAYS = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche',
    'lunes martes miércoles jueves viernes sábado lunedì martedì mercoledì giovedì venerdì domenica',
    'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
    'senin selasa rabu kamis jumat sabtu minggu',
    "понедельник вторник среда четверг пятница суббота воскресенье понеділок вівторок середа четвер пʼятниця п’ятниця п'ятниця субота неділя",
    // The other European languages and Turkish, from CLDR (`tisdag`, `wtorek`, `Salı`).
    ...generated.weekdays,
  ]
    .join(' ')
    .split(' '),
);
