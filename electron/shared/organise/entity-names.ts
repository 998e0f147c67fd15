import type { DraftQuote } from '../models/clip-draft.js';
import { NAMES_FIELD, type EntityEditUndo, type NamesField } from '../models/entity-edit.js';
import type { EntityKind } from '../models/organise.js';
import { nameKey } from '../text/name-key.js';

/**
 * A name changed across the library, one clip at a time. A name in an index stands for all its
 * spellings (the name key: accents, case and spacing aside), so a change reaches every spelling;
 * each clip is rewritten by these pure rules, and the core saves the result as that clip's edit.
 */

/** Longest name a clip keeps, as the contract's lists of names allow. */
export const MAX_NAME_CHARS = 500;

const KIND_WORD: Record<EntityKind, string> = { person: 'person', place: 'place', organization: 'organisation' };

/** "a person", "an organisation": how the app names a kind in a sentence. */
export function kindWord(kind: EntityKind, article = false): string {
  const word = KIND_WORD[kind];
  return article ? `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}` : word;
}

/** A name as clips store it: trimmed, inner spaces evened out. */
export const cleanName = (name: string) => name.trim().replace(/\s+/gu, ' ');

/**
 * Why `newName` cannot replace `name` (blank, too long, or the very same), or null when it can. A
 * change of case or accents alone is a rename: it fixes how every clip spells the name.
 */
export function newNameRefusal(name: string, newName: string, sameKind = true): string | null {
  const clean = cleanName(newName);
  if (!clean) return 'Type the name as it should be spelled.';
  if (clean.length > MAX_NAME_CHARS) return `A name can be at most ${MAX_NAME_CHARS} characters.`;
  if (sameKind && clean === cleanName(name)) return `It is already spelled “${clean}”. Change the spelling, or cancel.`;
  return null;
}

/** What changes: the name of one kind, into another name and kind, or out of the clips (null). */
export interface EntityChange {
  kind: EntityKind;
  name: string;
  to: { kind: EntityKind; name: string } | null;
}

export type ClipNames = Record<NamesField, string[]> & { quotes: DraftQuote[] };
export type ClipNamesPatch = Partial<ClipNames>;

/**
 * `names` with every name keyed `keys` given as `name` once, where the first of them stood, or
 * at the end when none did.
 */
function namedOnce(names: readonly string[], keys: ReadonlySet<string>, name: string): string[] {
  const out: string[] = [];
  let placed = false;
  for (const n of names) {
    if (!keys.has(nameKey(n))) out.push(n);
    else if (!placed) {
      out.push(name);
      placed = true;
    }
  }
  if (!placed) out.push(name);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The clip's names after the change, as a patch of the fields that differ, and what puts them
 * back; null when the clip neither names it nor quotes it, or comes out the same. Renaming a person renames them
 * as a speaker too, so `said:` and the quote index follow; a speaker is never moved to another
 * kind or removed, since a quote's speaker is whoever the article credits.
 */
export function rewriteClipNames(
  clip: ClipNames,
  change: EntityChange,
): { patch: ClipNamesPatch; undo: Pick<EntityEditUndo, 'names' | 'speakers'> } | null {
  const key = nameKey(change.name);
  const from = NAMES_FIELD[change.kind];
  const to = change.to && { kind: change.to.kind, name: cleanName(change.to.name) };
  const next: Partial<Record<NamesField, string[]>> = {};
  // A clip may credit a quote to someone its people leave out: the speaker is renamed all the same.
  const named = clip[from].some((n) => nameKey(n) === key);
  if (named) {
    if (!to) next[from] = clip[from].filter((n) => nameKey(n) !== key);
    else if (to.kind === change.kind) next[from] = namedOnce(clip[from], new Set([key, nameKey(to.name)]), to.name);
    else {
      next[from] = clip[from].filter((n) => nameKey(n) !== key);
      next[NAMES_FIELD[to.kind]] = namedOnce(clip[NAMES_FIELD[to.kind]], new Set([nameKey(to.name)]), to.name);
    }
  }
  const patch: ClipNamesPatch = {};
  const undo: Pick<EntityEditUndo, 'names' | 'speakers'> = { names: {}, speakers: [] };
  for (const [field, names] of Object.entries(next) as [NamesField, string[]][]) {
    if (same(names, clip[field])) continue;
    patch[field] = names;
    undo.names[field] = clip[field];
  }
  if (change.kind === 'person' && to?.kind === 'person') {
    const quotes = clip.quotes.map((q, position) => {
      if (q.speaker === null || q.speaker === to.name || nameKey(q.speaker) !== key) return q;
      undo.speakers.push({ position, speaker: q.speaker });
      return { ...q, speaker: to.name };
    });
    if (undo.speakers.length) patch.quotes = quotes;
  }
  return Object.keys(patch).length ? { patch, undo } : null;
}

/** The clip's names put back as `undo` says they were, for a clip unchanged since. */
export function restoreClipNames(clip: Pick<ClipNames, 'quotes'>, undo: Pick<EntityEditUndo, 'names' | 'speakers'>): ClipNamesPatch {
  const patch: ClipNamesPatch = { ...undo.names };
  if (undo.speakers.length) {
    const speakers = new Map(undo.speakers.map((s) => [s.position, s.speaker]));
    patch.quotes = clip.quotes.map((q, position) => (speakers.has(position) ? { ...q, speaker: speakers.get(position)! } : q));
  }
  return patch;
}
