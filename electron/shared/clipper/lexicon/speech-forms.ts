/**
 * The forms a speech verb takes in running text, generated from its dictionary form: a news text
 * credits words in every person, gender and tense (`сказала`, `розповідають`, `erklärten`,
 * `a détaillé`, `replied`), and a list of a few forms misses the rest.
 */

const list = (words: string) => words.split(/\s+/u).filter(Boolean);

/**
 * Russian, from the infinitive: the past in its four agreements (`-л` he, `-ла` she, `-ло` a body
 * such as a ministry, `-ли` they) and the present's third persons (`рассказывает`, `говорят`,
 * `комментирует`). Reflexive verbs keep `-ся`/`-сь` (`пожаловалась`, `признаётся`). A perfective
 * verb's "present" is its future, which credits words as well (`добавит`).
 */
export function russianForms(infinitive: string): string[] {
  const reflexive = /(?:ться|тись)$/u.test(infinitive);
  const verb = reflexive ? infinitive.slice(0, -2) : infinitive;
  if (!/(?:ть|ти)$/u.test(verb)) return [infinitive];
  const stem = verb.slice(0, -2);
  const past = ['л', 'ла', 'ло', 'ли'].map((e) => stem + e);
  const present: string[] = [];
  if (/(?:ова|ева)$/u.test(stem)) present.push(`${stem.slice(0, -3)}ует`, `${stem.slice(0, -3)}уют`);
  // `признавать`: the present drops `-ва-` (`признаёт`, `признают`).
  else if (/[^у]ава$/u.test(stem)) present.push(`${stem.slice(0, -2)}ёт`, `${stem.slice(0, -2)}ет`, `${stem.slice(0, -2)}ют`);
  else if (/[ая]$/u.test(stem)) present.push(`${stem}ет`, `${stem}ют`);
  else if (/и$/u.test(stem)) {
    const base = stem.slice(0, -1);
    present.push(`${base}ит`, /[жшчщ]$/u.test(base) ? `${base}ат` : `${base}ят`);
  } else if (/ну$/u.test(stem)) present.push(`${stem.slice(0, -1)}ет`, `${stem.slice(0, -1)}ёт`, `${stem.slice(0, -1)}ут`);
  if (!reflexive) return [...past, ...present];
  // `-ся` after a consonant, `-сь` after a vowel: `признался`, `призналась`.
  const withSja = (w: string) => (/[аеёиоуыэюя]$/u.test(w) ? `${w}сь` : `${w}ся`);
  return [...past, ...present].map(withSja);
}

/**
 * Ukrainian, from the infinitive: the past (`-в` he, `-ла` she, `-ло`, `-ли`) and the present's
 * third persons (`розповідає`, `розповідають`, `коментує`, `говорить`, `говорять`); reflexive
 * verbs add `-ся` (`поскаржилася`, `сміється`).
 */
export function ukrainianForms(infinitive: string): string[] {
  const reflexive = /тися$/u.test(infinitive);
  const verb = reflexive ? infinitive.slice(0, -2) : infinitive;
  if (!/ти$/u.test(verb)) return [infinitive];
  const stem = verb.slice(0, -2);
  // `розповісти`, `відповісти`: the past drops the `-с-` (`розповів`, `відповіла`).
  const pastStem = /[іе]с$/u.test(stem) ? stem.slice(0, -1) : stem;
  const past = ['в', 'ла', 'ло', 'ли'].map((e) => pastStem + e);
  const present: string[] = [];
  if (/(?:ува|юва)$/u.test(stem)) {
    const base = stem.slice(0, -3);
    present.push(`${base}ує`, `${base}ують`, `${base}ює`, `${base}юють`);
  }
  // `додавати`: the present drops `-ва-` (`додає`, `визнають`).
  else if (/[^у]ава$/u.test(stem)) present.push(`${stem.slice(0, -2)}є`, `${stem.slice(0, -2)}ють`);
  else if (/[ая]$/u.test(stem)) present.push(`${stem}є`, `${stem}ють`);
  else if (/и$/u.test(stem)) {
    const base = stem.slice(0, -1);
    present.push(`${base}ить`, /[жшчщ]$/u.test(base) ? `${base}ать` : `${base}ять`);
  } else if (/ну$/u.test(stem)) present.push(`${stem.slice(0, -1)}е`, `${stem.slice(0, -1)}уть`);
  if (!reflexive) return [...past, ...present];
  // A reflexive present joins `-ться` to a bare vowel ending and `-ся` to the rest: `сміється`, `сміються`, `дивиться`.
  return [...past, ...present].map((w) => (/[еє]$/u.test(w) ? `${w}ться` : `${w}ся`));
}

// German prefixes that take no `ge-` in the participle (`erklärt`, `versichert`, `bestätigt`).
const INSEPARABLE = /^(?:be|emp|ent|er|ge|miss|ver|zer|über|unter|wider|hinter)/u;

/**
 * German weak verbs by stem: the present (`erklärt`), the past (`erklärte`, `erklärten`) and the
 * participle after `hat` (`erklärt`, `gesagt`, `kritisiert`). The
 * first part of a separable verb (`fügt … hinzu`, `räumte … ein`) is its stem here. A stem on -t,
 * -d or on -n after most consonants takes an -e- first (`berichtet`, `bezeichnete`).
 */
export function germanWeakForms(stem: string): string[] {
  const e = /(?:[td]|chn|[^aeiouäöülrh]n)$/u.test(stem) ? 'e' : '';
  const participle = INSEPARABLE.test(stem) || /ier$/u.test(stem) ? `${stem}${e}t` : `ge${stem}${e}t`;
  return [`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, participle];
}

/**
 * French verbs of the first group, by stem: the present (`lâche`, `lâchent`), the participle after
 * an auxiliary (`a lâché`, `s’est agacée`, `ont dénoncés`) and the imperfect (`lâchait`,
 * `lâchaient`). A reflexive verb also comes with its elided pronoun, which writes it as one word
 * (`s’agace`). A stem on -c or -g keeps its sound before a and o (`lançait`, `jugeait`).
 */
export function frenchFirstGroupForms(stem: string): string[] {
  const [, reflexive, bare] = /^(s')?(.+)$/u.exec(stem)!;
  const soft = bare!.endsWith('c') ? `${bare!.slice(0, -1)}ç` : bare!.endsWith('g') ? `${bare}e` : bare!;
  const forms = [...['e', 'ent', 'é', 'ée', 'és', 'ées'].map((e) => bare + e), ...['ait', 'aient'].map((e) => soft + e)];
  return reflexive ? [...forms, ...forms.flatMap((f) => [`s'${f}`, `s’${f}`])] : forms;
}

const ENGLISH_IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  speak: ['spoke', 'spoken'],
  think: ['thought'],
  put: ['put'],
};

/**
 * English, from the base form: `says`, `said`; `notes`, `noted`; `replies`, `replied`; `quips`,
 * `quipped`. The base form itself is left out: many are nouns as well (`a note`, `the report`).
 */
export function englishForms(base: string): string[] {
  const irregular = ENGLISH_IRREGULAR[base];
  const third = /(?:s|sh|ch|x|z)$/u.test(base) ? `${base}es` : /[^aeiou]y$/u.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  if (irregular) return [third, ...irregular];
  const past = base.endsWith('e')
    ? `${base}d`
    : /[^aeiou]y$/u.test(base)
      ? `${base.slice(0, -1)}ied`
      : // One stressed short vowel before a final consonant doubles it: `quipped`, `admitted`, `shrugged`.
        /^(?:[^aeiouy]*|\p{L}*qu)[aeiou][bdgmnpt]$|^(?:admit|commit|regret|omit|rebut)$/u.test(base)
        ? `${base}${base.slice(-1)}ed`
        : `${base}ed`;
  return [third, past];
}

export const expand = (words: string, forms: (word: string) => string[]) => list(words).flatMap(forms);
