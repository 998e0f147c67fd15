/**
 * Everyday words that two reports (or two translations of one remark) use for the same thing,
 * mapped to one key. Folded forms. Kept short on purpose: each entry must be a near-certain
 * equivalence in news writing, or it would pair sentences that say different things.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['next', 'coming', 'upcoming', 'following'],
  ['buyer', 'purchaser', 'customer', 'client'],
  ['big', 'large', 'huge', 'major', 'massive'],
  ['small', 'little', 'minor'],
  ['begin', 'start', 'launch', 'commence'],
  ['end', 'finish', 'conclude'],
  ['help', 'assist', 'aid'],
  ['buy', 'purchase'],
  ['sell', 'vend'],
  ['rise', 'increase', 'grow', 'climb'],
  ['fall', 'drop', 'decline', 'decrease'],
  ['show', 'demonstrate', 'reveal'],
  ['ship', 'vessel', 'boat'],
  ['firm', 'company', 'business'],
  ['talks', 'negotiations'],
  ['agreement', 'deal', 'accord', 'pact'],
  ['ready', 'willing', 'prepared'],
  ['kill', 'slay'],
  ['quick', 'fast', 'rapid', 'swift'],
  ['happy', 'glad', 'pleased'],
  ['hospital', 'hospitalization', 'hospitalisation'],
  ['evacuate', 'rescue'],
  ['rule', 'regulation'],
  ['injured', 'wounded', 'hurt'],
  // units written out in one report and abbreviated in another
  ['km', 'kilometer', 'kilometre'],
  ['meter', 'metre'],
  ['kg', 'kilogram', 'kilogramme'],
  ['tonne', 'ton'],
];

const KEY = new Map<string, string>();
for (const group of GROUPS) for (const word of group) KEY.set(word, group[0]!);

/** The shared key of a folded word's synonym group, or the word itself. */
export function synonymKey(word: string): string {
  return KEY.get(word) ?? word;
}
