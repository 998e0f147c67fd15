/**
 * A deliberately light stemmer for folded words of any of the app's languages: strip one
 * inflectional ending, then keep a fixed-length prefix. It does not find dictionary forms; it only
 * makes "signed"/"signing", "trains"/"train" or "спасатели"/"спасателей" fall together, which is
 * all that weighing the overlap of two sentences needs.
 */

const LATIN_ENDINGS = ['ings', 'ing', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 'en', 'ly', 's', 'e', 'y'];
const CYRILLIC_ENDINGS = [
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ых',
  'их',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ий',
  'ый',
  'ой',
  'ей',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ов',
  'ев',
  'ів',
  'ою',
  'ею',
  'у',
  'ю',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'і',
  'ь',
  'й',
];
const MIN_STEM = 3;
/** Longer words are cut to this prefix: the ending of a long word is mostly inflection. */
const PREFIX = 6;

export function stem(word: string): string {
  const endings = /\p{Script=Cyrillic}/u.test(word) ? CYRILLIC_ENDINGS : /\p{Script=Latin}/u.test(word) ? LATIN_ENDINGS : null;
  if (!endings) return word;
  let base = word;
  for (const ending of endings) {
    if (base.length - ending.length >= MIN_STEM && base.endsWith(ending)) {
      base = base.slice(0, -ending.length);
      break;
    }
  }
  return base.slice(0, PREFIX);
}
