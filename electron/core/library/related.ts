import type { Db } from '../db/open-library.js';
import type { ClipSummary } from '../../shared/models/clip.js';
import type { RelatedClip } from '../../shared/models/comparison.js';
import { setDice, wordSet } from '../../shared/compare/word-set.js';
import { STOPWORDS } from '../../shared/compare/stopwords.js';
import { CJK_CHAR, foldCase } from '../../shared/compare/fold.js';
import { summaryColumns, withTags } from './clip-summary.js';

/** Near-duplicates and versions, found through the LSH buckets (clip_bands). */
const BUCKET_CANDIDATES = 100;
/** Terms of a clip looked up in the full-text index: its named entities, title words and capitalised words. */
const MAX_TERMS = 24;
/** A term in more clips than this says little about the story and would cost a long scan. */
const MAX_TERM_HITS = 300;
/** Candidates kept from the full-text lookups, those sharing the most terms first. */
const TERM_CANDIDATES = 60;
/** Below this share of content words two clips are not worth suggesting. */
const MIN_SIMILARITY = 0.15;

interface Source {
  title: string | null;
  body: string;
}

/**
 * The clips most like one clip: near-duplicates and versions through the LSH buckets, and other
 * outlets' reports of the same story through the full-text index (clips sharing its rare names and
 * words). Only index lookups, never a scan of the library; the few candidates are then ranked by
 * the share of content words they have in common. Null when the clip does not exist.
 */
export function relatedClips(db: Db, id: number, limit: number): RelatedClip[] | null {
  const source = db.prepare('SELECT title, body FROM clips WHERE id = ?').get(id) as Source | undefined;
  if (!source) return null;
  const candidates = new Set<number>();
  for (const c of bucketCandidates(db, id)) candidates.add(c);
  for (const c of sameStoryCandidates(db, id, source)) candidates.add(c);
  candidates.delete(id);
  if (!candidates.size) return [];

  const mine = wordSet(`${source.title ?? ''}\n${source.body}`);
  // Driven by the candidate list and the primary key, never by an index over all clips.
  const rows = db
    .prepare(
      `SELECT ${summaryColumns('sqlite').text}, c.body AS body FROM json_each(?) AS candidate
       CROSS JOIN clips c ON c.id = candidate.value WHERE c.deleted_at IS NULL`,
    )
    .all(JSON.stringify([...candidates])) as (Omit<ClipSummary, 'tags'> & { body: string; tagsJson: string })[];
  return withTags(rows)
    .map(({ body, ...summary }) => ({ ...summary, similarity: setDice(mine, wordSet(`${summary.title ?? ''}\n${body}`)) }))
    .filter((r) => r.similarity >= MIN_SIMILARITY)
    .sort((x, y) => y.similarity - x.similarity || y.id - x.id)
    .slice(0, limit);
}

/**
 * Clips sharing an LSH bucket with this one: its own bucket rows (clip_bands) joined to the other
 * clips' rows by (band, bucket), the table's primary key.
 */
function bucketCandidates(db: Db, id: number): number[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT other.clip_id AS id FROM clip_bands mine
       CROSS JOIN clip_bands other ON other.band = mine.band AND other.bucket = mine.bucket
       WHERE mine.clip_id = ? AND other.clip_id != mine.clip_id LIMIT ?`,
    )
    .all(id, BUCKET_CANDIDATES) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Clips sharing the most of this clip's distinctive terms, each term looked up with a bounded query. */
function sameStoryCandidates(db: Db, id: number, source: Source): number[] {
  const words = db.prepare('SELECT rowid AS id FROM clips_fts WHERE clips_fts MATCH ? LIMIT ?');
  // Chinese, Japanese and Korean names are found as substrings in the trigram index (three characters or more).
  const cjk = db.prepare('SELECT rowid AS id FROM clips_cjk WHERE clips_cjk MATCH ? LIMIT ?');
  const shared = new Map<number, number>();
  for (const term of distinctiveTerms(db, id, source)) {
    const lookup = CJK_CHAR.test(term) ? ([...term].length >= 3 ? cjk : null) : words;
    if (!lookup) continue;
    const hits = lookup.all(`"${term.replace(/"/g, '""')}"`, MAX_TERM_HITS + 1) as { id: number }[];
    if (hits.length > MAX_TERM_HITS) continue;
    for (const { id: hit } of hits) shared.set(hit, (shared.get(hit) ?? 0) + 1);
  }
  return [...shared]
    .filter(([, count]) => count >= 2)
    .sort((x, y) => y[1] - x[1])
    .slice(0, TERM_CANDIDATES)
    .map(([hit]) => hit);
}

/** Named entities first (the clipper's best guess at what the story is about), then title words, then capitalised body words. */
function distinctiveTerms(db: Db, id: number, source: Source): string[] {
  const entities = db
    .prepare(
      `SELECT e.name FROM clip_entities ce JOIN entities e ON e.id = ce.entity_id
       WHERE ce.clip_id = ? ORDER BY ce.position LIMIT ?`,
    )
    .all(id, MAX_TERMS) as { name: string }[];
  const words = (text: string, capitalisedOnly: boolean) =>
    (text.match(/\p{L}[\p{L}\p{M}'’-]{3,}/gu) ?? []).filter((w) => (!capitalisedOnly || /^\p{Lu}/u.test(w)) && !STOPWORDS.has(foldCase(w)));
  const terms = new Map<string, string>();
  for (const term of [...entities.map((e) => e.name), ...words(source.title ?? '', false), ...words(source.body.slice(0, 20_000), true)]) {
    const key = foldCase(term);
    if (!terms.has(key)) terms.set(key, term);
    if (terms.size >= MAX_TERMS) break;
  }
  return [...terms.values()];
}
