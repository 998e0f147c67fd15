const printableAscii = /^[\x20-\x7e]*$/;

/**
 * One key for the spellings of one name: accents and other marks dropped (NFKD), case folded and
 * spaces evened out, so `Inés Arroyo` and `ines  Arroyo` count as one person wherever
 * names are grouped or counted.
 */
export function nameKey(name: string): string {
  // Printable ASCII has no marks and nothing for NFKD to decompose: the quick path a name filter
  // takes over every name of a large library.
  if (printableAscii.test(name)) return name.toLowerCase().replace(/\s+/gu, ' ').trim();
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The endings of a site's address that its name is written without: `example.com`, `example.co.uk`. */
export const SITE_DOMAIN_ENDINGS = 'com|co\\.uk|net|org|ca|com\\.au|in|de|fr|ru|ua|cn';
const DOMAIN_ENDING = new RegExp(`\\.(?:${SITE_DOMAIN_ENDINGS})$`, 'u');

/**
 * One key for the spellings of one site's name: `The Example Times`, `EXAMPLE TIMES`,
 * `www.ExampleTimes.com`, `exampletimes` and `Exämple Times` are one site. Beyond what `nameKey`
 * folds, an address's `www.` and domain ending, every space and punctuation mark, and a leading
 * `The` are dropped.
 */
export function siteKey(name: string): string {
  return nameKey(name)
    .replace(/^www\d?\./u, '')
    .replace(DOMAIN_ENDING, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/^the(?=\p{L}{3})/u, '');
}

/**
 * The spellings among `names` that a search for `wanted` finds: every one with its key, and every
 * longer name ending in it, so `Arroyo` finds `Inés Arroyo` and `ines arroyo` finds
 * both spellings of him.
 */
export function spellingsOf(names: Iterable<string>, wanted: string): string[] {
  const key = nameKey(wanted);
  if (!key) return [];
  const last = key.at(-1)!;
  const found: string[] = [];
  for (const name of names) {
    if (!mayEndWith(name, last)) continue;
    const k = nameKey(name);
    if (k === key || k.endsWith(` ${key}`)) found.push(name);
  }
  return found;
}

/**
 * False only when the name's key cannot end in `last`: its last character is printable ASCII,
 * which the key keeps as it is but for case. A filter reads every name of its kind, and this
 * spares keying nearly all of them.
 */
function mayEndWith(name: string, last: string): boolean {
  const trimmed = name.trimEnd();
  const code = trimmed.charCodeAt(trimmed.length - 1);
  if (!(code >= 0x20 && code <= 0x7e)) return true;
  return trimmed.charAt(trimmed.length - 1).toLowerCase() === last;
}

export interface NameGroup<T> {
  /** The spelling used most often; on a tie, the one with accents, then the first seen. */
  name: string;
  key: string;
  items: T[];
}

/** Items grouped by the name each carries, in order of first appearance. */
export function groupByName<T>(items: Iterable<T>, nameOf: (item: T) => string, weightOf: (item: T) => number = () => 1): NameGroup<T>[] {
  const groups = new Map<string, { items: T[]; spellings: Map<string, number> }>();
  for (const item of items) {
    const name = nameOf(item);
    const key = nameKey(name);
    const group = groups.get(key) ?? { items: [], spellings: new Map<string, number>() };
    group.items.push(item);
    group.spellings.set(name, (group.spellings.get(name) ?? 0) + weightOf(item));
    groups.set(key, group);
  }
  return [...groups].map(([key, { items: grouped, spellings }]) => ({ key, items: grouped, name: commonestSpelling(spellings) }));
}

const marked = (name: string) => name.normalize('NFKD') !== name.normalize('NFKD').replace(/\p{M}+/gu, '');

function commonestSpelling(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [name, count] of spellings) {
    if (count > bestCount || (count === bestCount && marked(name) && !marked(best))) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
