import type { Line } from './lines.js';
import { isGenericMenuWord } from './page-brand.js';
import { opensOnGivenName } from './person-name.js';
import { isKnownLatinPlace } from './gazetteer.js';
import { isCountryOrRegion } from './lexicon/countries.js';
import { isBoilerplate } from './headline-signals.js';

/**
 * The site's name where a paste opens on the site's own bar: first of its sections
 * (`Example Courier | News | Sport | Opinion`), or alone on the line over a breadcrumb that starts
 * at the site's home (`Example Agency`, then `Home / Press centre / News`).
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
const HOME_CRUMB = /^(?:home|homepage|startseite|accueil|главная|головна|首页)\s*[>/›»|]+\s*\S/iu;

/** A name a site goes by: not a menu's word, a person's name (`Jane Doe | 3 min read`) or a place's (a tag row's `Ukraine | War`). */
function isSiteName(text: string, shape: RegExp = NAME): boolean {
  const name = text.trim();
  const first = name.split(/\s+/u)[0]!;
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

/** The site's name on the paste's opening bar or over its breadcrumb, or null. */
export function siteNameOverSections(lines: readonly Line[]): string | null {
  const [first, second] = lines;
  if (!first) return null;
  const barred = firstOfSectionBar(first.text);
  if (barred) return barred;
  return second && HOME_CRUMB.test(second.text.trim()) && isSiteName(first.text, SENTENCE_CASE_NAME) ? first.text.trim() : null;
}
