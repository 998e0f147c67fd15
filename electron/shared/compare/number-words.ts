/**
 * Number words read as numbers, so "forty minutes" in one report meets "40 minutes" in another and
 * "two decades" meets "twenty years". Folded forms (lower case, no accents); the common Russian and
 * Ukrainian case forms are listed because there is no lemmatiser here. "One" is left out: it is
 * mostly a pronoun ("one of the links"), and words shared with another language's vocabulary
 * (fr "cent", "sept") too.
 */
// Maps, not plain objects: the words looked up are the user's, and "constructor" or "__proto__" must read as words.
const VALUES = new Map<string, number>();

function add(value: number, ...words: string[]): void {
  for (const w of words) VALUES.set(w.normalize('NFKD').replace(/\p{M}+/gu, ''), value);
}

add(0, 'zero', 'null', 'zéro', 'ноль', 'нуль');
add(2, 'two', 'zwei', 'deux', 'два', 'две', 'двух', 'дві', 'двох');
add(3, 'three', 'drei', 'trois', 'три', 'трех', 'трёх', 'трьох');
add(4, 'four', 'vier', 'quatre', 'четыре', 'четырех', 'чотири', 'чотирьох');
add(5, 'five', 'fünf', 'cinq', 'пять', 'пяти', "п'ять");
add(6, 'six', 'sechs', 'шесть', 'шести', 'шість');
add(7, 'seven', 'sieben', 'семь', 'семи', 'сім');
add(8, 'eight', 'acht', 'huit', 'восемь', 'восьми', 'вісім');
add(9, 'nine', 'neun', 'neuf', 'девять', 'девяти', "дев'ять");
add(10, 'ten', 'zehn', 'dix', 'десять', 'десяти');
add(11, 'eleven', 'elf', 'onze', 'одиннадцать', 'одинадцять');
add(12, 'twelve', 'zwölf', 'douze', 'dozen', 'двенадцать', 'дванадцять');
add(13, 'thirteen', 'dreizehn', 'treize', 'тринадцать', 'тринадцять');
add(14, 'fourteen', 'vierzehn', 'quatorze', 'четырнадцать', 'чотирнадцять');
add(15, 'fifteen', 'fünfzehn', 'quinze', 'пятнадцать', "п'ятнадцять");
add(16, 'sixteen', 'sechzehn', 'seize', 'шестнадцать', 'шістнадцять');
add(17, 'seventeen', 'siebzehn', 'семнадцать', 'семнадцати', 'сімнадцять');
add(18, 'eighteen', 'achtzehn', 'восемнадцать', 'вісімнадцять');
add(19, 'nineteen', 'neunzehn', 'девятнадцать', "дев'ятнадцять");
add(20, 'twenty', 'zwanzig', 'vingt', 'двадцать', 'двадцяти', 'двадцять');
add(30, 'thirty', 'dreißig', 'trente', 'тридцать', 'тридцять');
add(40, 'forty', 'vierzig', 'quarante', 'сорок', 'сорока');
add(50, 'fifty', 'fünfzig', 'cinquante', 'пятьдесят', "п'ятдесят");
add(60, 'sixty', 'sechzig', 'soixante', 'шестьдесят', 'шістдесят');
add(70, 'seventy', 'siebzig', 'семьдесят', 'сімдесят');
add(80, 'eighty', 'achtzig', 'восемьдесят', 'вісімдесят');
add(90, 'ninety', 'neunzig', 'девяносто', "дев'яносто");
add(100, 'hundred', 'hundert', 'сто', 'ста');
add(1000, 'thousand', 'tausend', 'mille', 'тысяча', 'тысячи', 'тысяч', 'тисяча', 'тисячі', 'тисяч');
add(1_000_000, 'million', 'millions', 'millionen', 'миллион', 'миллиона', 'миллионов', 'мільйон', 'мільйони', 'мільйонів');

/** Words that stand for a number of a smaller unit: "two decades" is twenty years. */
const SCALED_UNITS = new Map<string, { factor: number; unit: string }>(
  Object.entries({
    decade: { factor: 10, unit: 'year' },
    decades: { factor: 10, unit: 'year' },
    jahrzehnt: { factor: 10, unit: 'jahr' },
    jahrzehnte: { factor: 10, unit: 'jahr' },
    decennie: { factor: 10, unit: 'an' },
    decennies: { factor: 10, unit: 'an' },
    десятилетие: { factor: 10, unit: 'лет' },
    десятилетия: { factor: 10, unit: 'лет' },
    десятиліття: { factor: 10, unit: 'років' },
  }),
);

const MULTIPLIERS = new Set([100, 1000, 1_000_000]);

/** The value of a written number, or null. Digits with separators ("1,000", "3.5") are read too. */
function numberWordValue(word: string): number | null {
  if (/^\d+(?:[.,]\d+)*$/u.test(word)) return digitsValue(word);
  return VALUES.get(word) ?? null;
}

function digitsValue(word: string): number {
  // "1,000" and "1.000" group thousands; "3.5" and "3,5" are decimals.
  if (/^\d{1,3}(?:[.,]\d{3})+$/u.test(word)) return Number(word.replace(/[.,]/gu, ''));
  return Number(word.replace(',', '.'));
}

/**
 * Reads runs of number words in a list of folded words, replacing each run by its value in digits
 * ("twenty five" → "25", "two decades" → "20 year"). Other words pass through unchanged.
 */
export function readNumbers(words: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const first = numberWordValue(words[i]!);
    if (first === null) {
      out.push(words[i]!);
      i++;
      continue;
    }
    let total = 0;
    let current = first;
    i++;
    for (; i < words.length; i++) {
      const v = numberWordValue(words[i]!);
      if (v === null || /^\d/u.test(words[i]!)) break;
      if (MULTIPLIERS.has(v)) {
        current = (current || 1) * v;
        if (v >= 1000) {
          total += current;
          current = 0;
        }
      } else if (current % 100 >= 20 && current % 10 === 0 && v < 10) current += v;
      else break;
    }
    let value = total + current;
    const scaled = SCALED_UNITS.get(words[i] ?? '');
    if (scaled) {
      value *= scaled.factor;
      out.push(String(value), scaled.unit);
      i++;
    } else out.push(String(value));
  }
  return out;
}
