import type { Comparison } from '../models/comparison.js';
import { acronym, nameWords, sameEntity, type NameKind } from './names.js';

export interface EntityLists {
  people: readonly string[];
  places: readonly string[];
  organizations: readonly string[];
}

interface Named {
  name: string;
  kind: NameKind;
  /** Folded words, the key for exact matches and the index for the rest. */
  words: string[];
}

/**
 * The people, places and organisations both texts name, and those only one names ("what each
 * report leaves out"). Exact spellings pair first, so a surname is not spent on the wrong person;
 * a name the clipper filed under another kind still pairs when spelled the same. Names are looked
 * up through indexes of words and acronyms, so long entity lists stay quick.
 */
export function compareEntities(a: EntityLists, b: EntityLists): Comparison['entities'] {
  const left = named(a);
  const right = named(b);
  const exact = new Index();
  const related = new Index();
  right.forEach((y, k) => {
    exact.add(y.words.join(' '), k);
    for (const key of lookupKeys(y, 'posted')) related.add(key, k);
  });

  const partner = new Map<number, number>();
  const taken = new Set<number>();
  const pairUp = (candidates: (x: Named) => Iterable<number>, fits: (x: Named, y: Named) => boolean) => {
    left.forEach((x, i) => {
      if (partner.has(i)) return;
      for (const k of candidates(x)) {
        if (taken.has(k) || !fits(x, right[k]!)) continue;
        partner.set(i, k);
        taken.add(k);
        return;
      }
    });
  };
  pairUp(
    (x) => exact.get(x.words.join(' ')),
    () => true,
  );
  pairUp(
    (x) => [...new Set(lookupKeys(x, 'sought').flatMap((key) => related.get(key)))].sort((p, q) => p - q),
    (x, y) => sameEntity(x.name, y.name, x.kind),
  );

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

/**
 * A name one side's list lacks is still shared when that side's text writes it, as spelled: the
 * clipper may have missed it there (`Acme cut its service` names Acme without saying what it is),
 * and "B leaves out Acme" would then be false.
 */
export function withNamesInText(entities: Comparison['entities'], textA: string, textB: string): Comparison['entities'] {
  const inA = new TextWords(textA);
  const inB = new TextWords(textB);
  const foundInB = entities.onlyA.filter((name) => inB.writes(name));
  const foundInA = entities.onlyB.filter((name) => inA.writes(name));
  return {
    shared: [...entities.shared, ...foundInB, ...foundInA],
    onlyA: entities.onlyA.filter((name) => !foundInB.includes(name)),
    onlyB: entities.onlyB.filter((name) => !foundInA.includes(name)),
  };
}

const tokens = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** A text's words with where each stands, to find a name's words in a row without scanning the text per name. */
class TextWords {
  private readonly words: string[];
  private readonly at = new Map<string, number[]>();
  constructor(text: string) {
    this.words = tokens(text);
    this.words.forEach((w, i) => {
      const list = this.at.get(w);
      if (list) list.push(i);
      else this.at.set(w, [i]);
    });
  }
  writes(name: string): boolean {
    const wanted = tokens(name);
    if (!wanted.length) return false;
    return (this.at.get(wanted[0]!) ?? []).some((start) => wanted.every((w, k) => this.words[start + k] === w));
  }
}

/** A word shared by more names than this (a common surname in a huge list) is not used to find partners. */
const MAX_POSTINGS = 300;

class Index {
  private readonly lists = new Map<string, number[]>();
  add(key: string, k: number): void {
    const list = this.lists.get(key);
    if (list) list.push(k);
    else this.lists.set(key, [k]);
  }
  get(key: string): number[] {
    const list = this.lists.get(key);
    return list && list.length <= MAX_POSTINGS ? list : [];
  }
}

/**
 * Keys under which a name can meet a differently written name of the same kind: each of its words
 * (surname alone, name inside a longer one), and for organisations the acronym relation both ways:
 * a long name is posted under its initials, and a one-word name seeks partners under its word.
 */
function lookupKeys(x: Named, role: 'posted' | 'sought'): string[] {
  const keys = x.words.map((w) => `${x.kind}:${w}`);
  if (x.kind === 'organization' && x.words.length > 1) {
    const initials = acronym(x.name);
    if (initials.length >= 2) keys.push(`${role === 'posted' ? 'acronym' : 'short'}:${initials}`);
  }
  if (x.kind === 'organization' && x.words.length === 1) keys.push(`${role === 'posted' ? 'short' : 'acronym'}:${x.words[0]}`);
  return keys;
}

/** All names of one side, each once. */
function named(lists: EntityLists): Named[] {
  const seen = new Set<string>();
  const out: Named[] = [];
  const add = (names: readonly string[], kind: NameKind) => {
    for (const name of names) {
      const words = nameWords(name);
      const key = words.join(' ');
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push({ name, kind, words });
    }
  };
  add(lists.people, 'person');
  add(lists.places, 'place');
  add(lists.organizations, 'organization');
  return out;
}

/** The spelling with more to it: "Claire Moreau" over "Moreau", "Martín" over "Martin". */
export function fuller(x: string, y: string): string {
  const words = (s: string) => nameWords(s).length;
  if (words(y) !== words(x)) return words(y) > words(x) ? y : x;
  return y.normalize('NFD').length > x.normalize('NFD').length ? y : x;
}
