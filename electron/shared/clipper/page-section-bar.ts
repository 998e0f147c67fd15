import type { Line } from './lines.js';
import { isGenericMenuWord } from './page-brand.js';
import { opensOnGivenName } from './person-name.js';
import { isKnownLatinPlace } from './gazetteer.js';
import { isCountryOrRegion } from './lexicon/countries.js';
import { isBoilerplate } from './headline-signals.js';
import { hasOutletWord } from './lexicon/outlet-words.js';
import { titleCaseWord } from './script.js';

/**
 * The site's name where a paste opens on the site's own bar: first of its sections
 * (`Example Courier | News | Sport | Opinion`), alone on the line over a breadcrumb that starts
 * at the site's home (`Example Agency`, then `Home / Press centre / News`), or a paper's name over
 * the label of its section (`La Gazette de l'Exemple`, then `Débats`) or at the head of the
 * breadcrumb through them (`Example Courier › Region › Brief`).
 */

const MAX_NAME_WORDS = 4;
const MAX_SECTION_WORDS = 3;
const MIN_SECTIONS = 2;
const BAR_SEPARATOR = /\s+[|·•]\s+/u;
// Each word of a name opens on a capital or a digit (`Example Courier`, `Київщина.Онлайн`); a Chinese name has no words.
const NAME =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.+-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.+-]*|of|de|du|des|la|le|der|die|das|für|и|і)){0,3}|\p{Script=Han}{2,16})$/u;
// Over a breadcrumb from the home page a body's name may be in sentence case: `Агентство водних ресурсів`.
const SENTENCE_CASE_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.+-]*(?:\s+[\p{L}\p{N}&'’.+-]+){0,3}$/u;
// A paper's name keeps the small words of its language between its capitalised ones: `La Gazette de l'Exemple`.
const PAPER_NAME =
  /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.+-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.+-]*|of|the|de|du|des|la|le|[ld]['’]\p{Lu}[\p{L}-]*|der|die|das|für|und|et)){0,4}$/u;
// A section's label: a word or a few, no figures or sentence (`Débats`, `Meinung`, `OPINION`).
const SECTION_LABEL = /^[\p{L}-]+(?:\s+[\p{L}-]+){0,2}$/u;
// A breadcrumb's steps: `Example Courier › Region › Brief`.
const CRUMB_SEPARATOR = /\s+[|·•›»>]\s+/u;
const LEADING_ARTICLE = /^(?:the|la|le|les|der|die|das)\s+/iu;
const HOME_CRUMB = /^(?:home|homepage|startseite|accueil|главная|головна|首页)\s*[>/›»|]+\s*\S/iu;

/** A name a site goes by: not a menu's word, a person's name (`Jane Doe | 3 min read`) or a place's (a tag row's `Ukraine | War`). */
function isSiteName(text: string, shape: RegExp = NAME): boolean {
  const name = text.trim();
  // `La Gazette`, `The Courier`: the article before a name is no menu's word.
  const first = name.replace(LEADING_ARTICLE, '').split(/\s+/u)[0]!;
  return (
    shape.test(name) &&
    name.split(/\s+/u).length <= MAX_NAME_WORDS &&
    !isGenericMenuWord(first) &&
    !/[.!?:]$/u.test(name) &&
    !isBoilerplate(name) &&
    !opensOnGivenName(name) &&
    !isKnownLatinPlace(name) &&
    !isCountryOrRegion(name, '')
  );
}

/** `Example Courier | News | Sport`: the bar's first item, when it reads as a name and the rest as sections (words, no figures or dates). */
function firstOfSectionBar(text: string): string | null {
  const [head, ...sections] = text.trim().split(BAR_SEPARATOR);
  const isSection = (s: string) => s.split(/\s+/u).length <= MAX_SECTION_WORDS && !/\d/u.test(s);
  return sections.length >= MIN_SECTIONS && sections.every(isSection) && isSiteName(head!) ? head!.trim() : null;
}

/**
 * A paper's name, as it goes by: it holds a paper's word (`Gazette`, `Zeitung`, `кур'єр`), in
 * capitals or in the case of its language. A logo set in capitals is given as the paper writes it
 * in a sentence (`EXAMPLE-ECHO` → `Example-Echo`).
 */
function paperName(text: string): string | null {
  const name = text.trim().split(/\s+/u).map(titleCaseWord).join(' ');
  // A name in sentence case is an adjective and a noun (`Галицький кур'єр`); a preposition makes it a call (`Подпишитесь на вестник`).
  const sentenceCase = isSiteName(name, SENTENCE_CASE_NAME) && !/\s\p{Ll}{1,2}\s/u.test(name);
  return hasOutletWord(name) && (isSiteName(name, PAPER_NAME) || sentenceCase) ? name : null;
}

const isSectionLabel = (label: string) => SECTION_LABEL.test(label.trim());

/** `Débats`, `Region | Example | Court`: the label of the story's section, or the bar of its sections. */
const isSectionLine = (text: string) => text.split(CRUMB_SEPARATOR).every(isSectionLabel);

/** A paper's name alone on the first line over its section's label, or first of a bar or breadcrumb of its sections. */
function paperOverSection(first: string, second: string | undefined): string | null {
  const [head, ...crumbs] = first.split(CRUMB_SEPARATOR);
  if (crumbs.length > 0) return crumbs.every(isSectionLabel) ? paperName(head!) : null;
  return second !== undefined && isSectionLine(second) ? paperName(first) : null;
}

/** The site's name on the paste's opening bar, over its breadcrumb or over its section's label, or null. */
export function siteNameOverSections(lines: readonly Line[]): string | null {
  const [first, second] = lines;
  if (!first) return null;
  const barred = firstOfSectionBar(first.text);
  if (barred) return barred;
  const name = first.text.trim();
  const below = second?.text.trim();
  if (below !== undefined && HOME_CRUMB.test(below) && isSiteName(name, SENTENCE_CASE_NAME)) return name;
  return paperOverSection(name, below);
}
