import type { Comparison } from '../models/comparison.js';
import { nameWords, sameEntity, sameSpelling, type NameKind } from './names.js';

export interface EntityLists {
  people: readonly string[];
  places: readonly string[];
  organizations: readonly string[];
}

interface Named {
  name: string;
  kind: NameKind;
}

/**
 * The people, places and organisations both texts name, and those only one names ("what each
 * report leaves out"). Exact spellings pair first, so a surname is not spent on the wrong person;
 * a name the clipper filed under another kind still pairs when spelled the same.
 */
export function compareEntities(a: EntityLists, b: EntityLists): Comparison['entities'] {
  const left = named(a);
  const right = named(b);
  const partner = new Map<number, number>();
  const taken = new Set<number>();
  const pairUp = (fits: (x: Named, y: Named) => boolean) => {
    left.forEach((x, i) => {
      if (partner.has(i)) return;
      const j = right.findIndex((y, k) => !taken.has(k) && fits(x, y));
      if (j < 0) return;
      partner.set(i, j);
      taken.add(j);
    });
  };
  pairUp((x, y) => sameSpelling(x.name, y.name));
  pairUp((x, y) => x.kind === y.kind && sameEntity(x.name, y.name, x.kind));

  const shared: string[] = [];
  const onlyA: string[] = [];
  left.forEach((x, i) => {
    const j = partner.get(i);
    if (j === undefined) onlyA.push(x.name);
    else shared.push(fuller(x.name, right[j]!.name));
  });
  const onlyB = right.filter((_, j) => !taken.has(j)).map((y) => y.name);
  return { shared, onlyA, onlyB };
}

/** All names of one side, each once. */
function named(lists: EntityLists): Named[] {
  const seen = new Set<string>();
  const out: Named[] = [];
  const add = (names: readonly string[], kind: NameKind) => {
    for (const name of names) {
      const key = nameWords(name).join(' ');
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push({ name, kind });
    }
  };
  add(lists.people, 'person');
  add(lists.places, 'place');
  add(lists.organizations, 'organization');
  return out;
}

/** The spelling with more to it: "Gareth Lumb" over "Lumb", "Martín" over "Martin". */
export function fuller(x: string, y: string): string {
  const words = (s: string) => nameWords(s).length;
  if (words(y) !== words(x)) return words(y) > words(x) ? y : x;
  return y.normalize('NFD').length > x.normalize('NFD').length ? y : x;
}
