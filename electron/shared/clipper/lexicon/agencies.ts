import { escapeRegExp } from '../../text/escape-regexp.js';

/** Wire agencies and press-release services, as their names appear in datelines and credits. */
export const AGENCIES = [
  'Reuters',
  'AP',
  'Associated Press',
  'AFP',
  'Agence France-Presse',
  'TASS',
  'ТАСС',
  'Xinhua',
  'Kyodo',
  'dpa',
  'RIA Novosti',
  'РИА Новости',
  'Interfax',
  'Интерфакс',
  'Ukrinform',
  'Укрінформ',
  'UNIAN',
  'УНІАН',
  'ANSA',
  'EFE',
  'Yonhap',
  'Bloomberg',
  'PTI',
  'IANS',
  'ANI',
  'Anadolu',
  'Bernama',
  'Antara',
  'Jiji',
  'Jiji Press',
  'PRNewswire',
  'PR Newswire',
  'Business Wire',
  'GlobeNewswire',
  'KNA',
  'epd',
  'APA',
  'Belga',
  'ANP',
  'Lusa',
  'Europa Press',
  'CNA',
  'UPI',
  'AAP',
  'PA',
  'CP',
  'Canadian Press',
  'Sputnik',
  'RIA',
  'Prensa Latina',
];

const LOWER = new Set(AGENCIES.map((a) => a.toLowerCase()));

export function isAgency(name: string): boolean {
  return LOWER.has(name.trim().toLowerCase());
}

const WRITTEN = new Map(AGENCIES.map((a) => [a.toLowerCase(), a]));
// Russian and Ukrainian decline an agency's name: `сообщили «Интерфаксу»`, `кореспондент Укрінформу`.
const CYRILLIC_CASE_ENDING = /(?<=\p{Script=Cyrillic}{3})(?:ові|ом|ою|у|а|е|і)$/u;

/** The agency a name is, as the list writes it, in any case (`Укрінформу` → `Укрінформ`); null for any other name. */
export function agencyOf(name: string): string | null {
  const key = name.trim().toLowerCase();
  return WRITTEN.get(key) ?? WRITTEN.get(key.replace(CYRILLIC_CASE_ENDING, '')) ?? null;
}

/** Agency names as words inside a longer credit: `By JANE DOE Associated Press`. */
export const AGENCY_IN_TEXT = new RegExp(
  `(?<![\\p{L}])(?:${[...AGENCIES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}])`,
  'gu',
);
