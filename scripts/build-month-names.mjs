#!/usr/bin/env node
// Derives the month and weekday names the clipper reads dates by in the European languages beyond
// its own, and Turkish, from the Unicode CLDR's Gregorian calendars (cldr-dates-full): each month's
// wide name in both contexts CLDR gives (the format one a date uses, a genitive in many languages:
// `října`, `listopada`, `marraskuuta`; the stand-alone one a heading uses: `říjen`), and the
// abbreviation a date uses when it is long enough (four letters or more) not to be taken for a short
// word; each weekday's wide name. A month word is left out when the clipper's hand-written list
// (lexicon/months.ts) has it, when it names two months in two languages that write the day alike
// (Croatian `listopad` is October, Czech and Polish `listopad` November), or when it is a common word
// of another language, which would read dates out of ordinary sentences (`3 rugs`). Writes
// electron/shared/clipper/lexicon/month-names.json; run it again after updating cldr-dates-full:
//   node scripts/build-month-names.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as prettier from 'prettier';

const require = createRequire(import.meta.url);
const OUT = join(import.meta.dirname, '../electron/shared/clipper/lexicon/month-names.json');
const HAND_WRITTEN = join(import.meta.dirname, '../electron/shared/clipper/lexicon/months.ts');
const GIVEN_NAMES = join(import.meta.dirname, '../electron/shared/clipper/lexicon/given-names.json');
const PLACE_NAMES = join(import.meta.dirname, '../electron/shared/clipper/lexicon/place-names.json');

// CLDR locales: the languages of Europe's press (Latin, Greek and Cyrillic script) and Turkish, then
// those of the wider world's that name the Gregorian months (Arabic, Persian, Hebrew, Hindi, Malay…).
const LOCALES = [
  'bg',
  'bs',
  'ca',
  'cs',
  'da',
  'el',
  'et',
  'eu',
  'fi',
  'gl',
  'hr',
  'hu',
  'is',
  'lt',
  'lv',
  'mk',
  'nb',
  'nn',
  'pl',
  'ro',
  'sk',
  'sl',
  'sq',
  'sr',
  'sr-Latn',
  'sv',
  'tr',
  'be',
  'ar',
  'fa',
  'he',
  'hi',
  'bn',
  'ur',
  'ta',
  'ms',
  'fil',
  'sw',
  'ka',
  'hy',
  'az',
];
const MIN_ABBREVIATION_LETTERS = 4;
// Abbreviations and stand-alone names that are common words of another language (English `mac`,
// `rugs`, `gush`; Swedish `noll`, zero) or of their own (Finnish `tammi`, oak, and `joulu`, Christmas; Polish
// `luty`, fierce), and so stand beside a number in ordinary text.
const COMMON_WORDS = new Set([
  'mac',
  'rugs',
  'gush',
  'noll',
  'luty',
  'liepa',
  'tammi',
  'helmi',
  'huhti',
  'touko',
  'heinä',
  'syys',
  'loka',
  'marras',
  'joulu',
]);
// Given names and places (the clipper's own lists), and surnames, that are spelt as a month or a
// weekday too: a weekday is left out, as the hand-written list leaves out `Domingo`; a month is kept
// for dates (`3 maja 2026` is Polish May) but listed, so that `Maja Nowak` and `Augusta` stay a name
// and a place.
const given = JSON.parse(readFileSync(GIVEN_NAMES, 'utf8'));
const places = JSON.parse(readFileSync(PLACE_NAMES, 'utf8'));
const NAMES = new Set(
  [...given.female, ...given.male, ...given.either, ...places.latin, ...places.smallTowns, 'Sali', 'Cuma'].map((n) =>
    n.toLocaleLowerCase(),
  ),
);

const handWritten = new Map();
for (const [, month, words] of readFileSync(HAND_WRITTEN, 'utf8').matchAll(/^\s*\[(\d+), '([^']+)'\],?$/gmu)) {
  for (const w of words.split(' ')) handWritten.set(w, Number(month));
}

const bare = (word) => word.toLocaleLowerCase().replace(/\.$/u, '');
// Upper case drops Greek accents (`ΝΟΕΜΒΡΙΟΥ`), Turkish pages typed on keyboards without its
// letters write `Kasim` for `Kasım`, as upper case (`KASIM`) lower-cases to, and Arabic pages often
// leave out the hamza over an alef (`اكتوبر` for `أكتوبر`).
function spellings(word) {
  const forms = new Set([word]);
  if (/\p{Script=Greek}/u.test(word)) forms.add(word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'));
  if (word.includes('ı')) forms.add(word.replaceAll('ı', 'i'));
  if (/[أإآ]/u.test(word)) forms.add(word.replace(/[أإآ]/gu, 'ا'));
  return [...forms].filter((w) => /^\p{L}[\p{L}\p{M}'’-]*[\p{L}\p{M}]$/u.test(w));
}

// word → the months it names, each with whether its language dots the day before it (`3. listopada`).
const claims = new Map();
const weekdays = new Set();
for (const locale of LOCALES) {
  const {
    months: names,
    days,
    dateFormats,
  } = require(`cldr-dates-full/main/${locale}/ca-gregorian.json`).main[locale].dates.calendars.gregorian;
  const dotted = /d\./u.test(dateFormats.long);
  // Hebrew glues a preposition to the month a date names: `3 בנובמבר 2026`.
  const glued = /(\p{L})MMMM/u.exec(dateFormats.long)?.[1] ?? '';
  const claim = (name, month) => {
    for (const w of spellings(bare(name))) {
      for (const form of glued ? [w, glued + w] : [w]) claims.set(form, [...(claims.get(form) ?? []), { month: Number(month), dotted }]);
    }
  };
  for (const context of ['format', 'stand-alone']) {
    for (const [month, name] of Object.entries(names[context].wide)) claim(name, month);
    for (const name of Object.values(days[context].wide)) for (const w of spellings(bare(name))) if (!NAMES.has(w)) weekdays.add(w);
  }
  // A calendar's headings abbreviate the stand-alone names (Finnish `kesä`, summer), which no date uses.
  for (const [month, name] of Object.entries(names.format.abbreviated)) {
    if ((bare(name).match(/\p{L}/gu) ?? []).length >= MIN_ABBREVIATION_LETTERS) claim(name, month);
  }
}

const months = new Map();
// Croatian `3. listopada` is October, Polish `3 listopada` November: a word two languages give two
// months is read by the dot after the day, when that tells the languages apart.
const byDayDot = {};
const clash = [];
for (const [word, said] of claims) {
  if (handWritten.has(word) || COMMON_WORDS.has(word)) continue;
  const named = new Set(said.map((c) => c.month));
  if (named.size === 1) {
    months.set(word, said[0].month);
    continue;
  }
  const withDot = new Set(said.filter((c) => c.dotted).map((c) => c.month));
  const without = new Set(said.filter((c) => !c.dotted).map((c) => c.month));
  if (withDot.size === 1 && without.size === 1) byDayDot[word] = { dotted: [...withDot][0], bare: [...without][0] };
  else clash.push(word);
}

const byMonth = Array.from({ length: 12 }, (_, i) =>
  [...months]
    .filter(([, m]) => m === i + 1)
    .map(([w]) => w)
    .sort(),
);
const { version } = JSON.parse(readFileSync(require.resolve('cldr-dates-full/package.json'), 'utf8'));
const data = {
  about: `Generated by scripts/build-month-names.mjs from cldr-dates-full ${version} (Unicode CLDR, Unicode-3.0 licence): month and weekday names in ${LOCALES.join(', ')}.`,
  months: byMonth,
  byDayDot,
  namesToo: [...months.keys(), ...Object.keys(byDayDot)].filter((w) => NAMES.has(w)).sort(),
  weekdays: [...weekdays].sort(),
};
// Written as the project's formatter writes it, which its checks hold the file to.
writeFileSync(OUT, await prettier.format(JSON.stringify(data), { ...(await prettier.resolveConfig(OUT)), filepath: OUT }));
console.log(
  `${months.size} month names and ${weekdays.size} weekday names written; names too: ${[...months.keys()].filter((w) => NAMES.has(w)).join(' ')}; read by the dot after the day: ${Object.keys(byDayDot).join(' ')}; left out as two months': ${clash.sort().join(' ')}`,
);
