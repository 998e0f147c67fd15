/**
 * Words that end in a full stop without ending the sentence, in en, de, fr, ru and uk, folded to
 * lower case without the stop. Only those that are often followed by a capital or a digit matter:
 * the splitter never breaks before a lower-case word anyway. Single letters are handled as initials.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // English titles, ranks and reference words
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'st', 'mt', 'ft', 'gen', 'col', 'lt', 'maj', 'capt', 'cpt', 'sgt',
  'cmdr', 'adm', 'sen', 'rep', 'gov', 'pres', 'rev', 'hon', 'jr', 'sr', 'no', 'nos', 'vol', 'art', 'fig', 'approx',
  'vs', 'ave', 'blvd', 'rd', 'dept', 'est', 'corp', 'inc', 'ltd', 'co',
  // English month abbreviations, usually followed by a day number
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // German
  'nr', 'bzw', 'ca', 'vgl', 'str', 'hr', 'fr', 'abs', 'bd', 'bzgl', 'ggf', 'evtl', 'inkl', 'zzgl', 'jh', 'mio', 'mrd',
  // French
  'mm', 'mme', 'mlle', 'ste', 'av', 'env', 'cf', 'pp', 'mgr',
  // Russian and Ukrainian
  'гг', 'им', 'ул', 'пр', 'просп', 'пер', 'обл', 'кв', 'тыс', 'млн', 'млрд', 'руб', 'коп',
  'грн', 'см', 'ст', 'рис', 'вв', 'пос', 'пгт', 'проф', 'акад', 'тов', 'стр', 'вул', 'пл', 'ім',
]);

/** German month names: `am 3. Oktober` is an ordinal, not the end of a sentence. */
export const GERMAN_MONTHS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember',
]);

/**
 * Verbs of saying that may follow a quotation ending in ? or ! inside the same sentence
 * (`"Why now?" she asked.`), so a capitalised name after the quote does not start a sentence.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'asked', 'asks', 'told', 'added', 'replied', 'wrote', 'shouted', 'recalled', 'wondered',
  'sagte', 'sagt', 'fragte', 'fragt', 'erklärte', 'betonte', 'rief',
  'dit', 'demande', 'demandé', 'déclaré', 'ajouté', 'lance',
  'сказал', 'сказала', 'спросил', 'спросила', 'заявил', 'заявила', 'добавил', 'добавила',
  'сказав', 'сказала', 'запитав', 'запитала', 'заявив', 'додав', 'додала',
]);
