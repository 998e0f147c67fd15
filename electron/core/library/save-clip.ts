import { createHash } from 'node:crypto';
import { noSuchClip } from '../../shared/api/errors.js';
import { wordCount } from '../../shared/text/clip-body.js';
import type { ClipDraft, DuplicateRef } from '../../shared/models/clip-draft.js';
import type { SavedClip } from '../../shared/models/clip.js';
import { contentKey, estimateSimilarity, lshBuckets, minhashSignature } from '../../shared/dedupe/minhash.js';
import type { Db } from '../db/open-library.js';
import { draftFromPaste, type Paste } from '../clipper/draft-from-paste.js';
import { clipExists, findBucketCandidates, findByContentHash, insertClip } from './clips.repo.js';

/** Jaccard similarity at which a new paste is reported as a near-duplicate of a saved clip. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export type Fingerprint = ReturnType<typeof fingerprint>;

export function fingerprint(paragraphs: readonly string[]) {
  const text = paragraphs.join('\n');
  const signature = minhashSignature(text);
  return { contentHash: sha256(contentKey(text)), signature, buckets: lshBuckets(signature) };
}

/** The saved clip this text repeats: an exact duplicate first, else the most similar near-duplicate. */
export function findDuplicate(db: Db, print: Fingerprint): DuplicateRef | null {
  const exact = findByContentHash(db, print.contentHash);
  if (exact) return { id: exact.id, title: exact.title, similarity: 1 };
  let best: DuplicateRef | null = null;
  for (const c of findBucketCandidates(db, print.buckets)) {
    const theirs = new Uint32Array(c.signature.buffer.slice(c.signature.byteOffset, c.signature.byteOffset + c.signature.byteLength));
    const similarity = estimateSimilarity(print.signature, theirs);
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) best = { id: c.id, title: c.title, similarity };
  }
  return best;
}

/** A paste read and checked against the library: what `clips.parse` shows for review. */
export function readPaste(db: Db, paste: Paste): ClipDraft {
  const draft = draftFromPaste(paste);
  return { ...draft, duplicateOf: findDuplicate(db, fingerprint(draft.paragraphs)) };
}

/**
 * Stores a paste as a clip, with the fields the user corrected taking the place of the parsed
 * ones. One transaction: the clip, its quotes, names and fingerprint are saved whole or not at all.
 */
export function saveClip(db: Db, paste: Paste, parsed: ClipDraft, edits: Partial<ClipDraft>, versionOf: number | null): SavedClip {
  const draft: ClipDraft = { ...parsed, ...edits, cruft: parsed.cruft, duplicateOf: null };
  draft.wordCount = wordCount(draft.paragraphs);
  const print = fingerprint(draft.paragraphs);
  const save = db.transaction(() => {
    if (versionOf !== null && !clipExists(db, versionOf)) {
      throw noSuchClip(versionOf);
    }
    const duplicateOf = findDuplicate(db, print);
    const id = insertClip(db, {
      ...draft,
      ...print,
      raw: paste.text,
      rawHtml: paste.html ?? null,
      // Of what was pasted: the text, or the HTML when a page came without a text version.
      rawSha256: sha256(paste.text || paste.html || ''),
      url: null,
      versionOf,
      now: new Date().toISOString(),
    });
    return { ...draft, duplicateOf, id };
  });
  return save.immediate();
}
