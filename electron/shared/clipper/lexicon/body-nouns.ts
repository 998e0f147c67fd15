/** Words of the clipper's languages that point back to a body already named. */

/**
 * Articles and prepositions that may open such a phrase, and German's `es` after an inverted verb:
 * `в ведомстве`, `(hieß) es in einer Mitteilung der`, `(hieß es) aus dem Ministerium`, `(hieß es) von den Verkehrsbetrieben`, `le parquet`.
 */
export const BODY_PHRASE_LEAD =
  /^(?:the|its|a|an|in|le|la|les|l|du|des|de|d|au|aux|dans|un|une|son|sa|der|die|das|dem|den|ein|eine|einer|einem|eines|im|laut|es|aus|von|vom|в|во|у|из|с|со|від|з|із)$/iu;

/** A statement, release or notice a body put out: `говорится в сообщении`, `hieß es in einer Mitteilung`. */
export const STATEMENT_NOUN =
  /^(?:сообщени\p{L}*|заявлени\p{L}*|пресс-релиз\p{L}*|релиз\p{L}*|повідомленн\p{L}*|заяв[іаиу]|пресрелі\p{L}*|(?:presse)?mitteilung(?:en)?|erklärung|stellungnahme|communiqué|statement|release)$/iu;

/** A body by its kind alone: `в ведомстве`, `у відомстві`, `die Behörde`, `la collectivité` (a local authority). */
export const BODY_BACK_NOUN = /^(?:ведомств\p{L}*|відомств\p{L}*|behörde|organisme|institution|collectivité)$/iu;

/** `— отметили там`, `Там добавили`: the body that last spoke, pointed to by where it is. */
export const BODY_THERE = /^(?:там)$/iu;

/**
 * An office or the management that speaks for a body, the body named after it: `в пресс-службе
 * суда`, `у представництві банку`, `die Pressestelle der Stadt`, `la direction du port`.
 */
export const OFFICE_NOUN =
  /^(?:пресс-служб\p{L}*|прес-служб\p{L}*|пресс-центр\p{L}*|прес-центр\p{L}*|представительств\p{L}*|представництв\p{L}*|офис\p{L}*|офіс\p{L}*|pressestelle|leitung|geschäftsführung|direction)$/iu;
