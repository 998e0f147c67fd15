import { createHash } from 'node:crypto';
import { ApiError } from '../../shared/api/errors.js';
import type { ApiHandlers } from '../../shared/api/contract.js';
import type { ClipDraft, DuplicateRef } from '../../shared/models/clip-draft.js';
import { contentKey, estimateSimilarity, lshBuckets, minhashSignature } from '../../shared/dedupe/minhash.js';
import type { Db } from '../db/open-library.js';
import { draftFromPaste } from '../clipper/draft-from-paste.js';
import {
  clipExists,
  findBucketCandidates,
  findByContentHash,
  getClip,
  insertClip,
  listClips,
  replaceEntities,
  replaceQuotes,
  setDeleted,
  updateClipFields,
} from '../library/clips.repo.js';

/** Jaccard similarity at which a new paste is reported as a near-duplicate of a saved clip. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const wordCount = (paragraphs: readonly string[]) =>
  paragraphs.reduce((n, p) => n + (p.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);

export function fingerprint(paragraphs: readonly string[]) {
  const text = paragraphs.join('\n');
  const signature = minhashSignature(text);
  return { contentHash: sha256(contentKey(text)), signature, buckets: lshBuckets(signature) };
}

/** The saved clip this text repeats: an exact duplicate first, else the most similar near-duplicate. */
export function findDuplicate(db: Db, paragraphs: readonly string[]): DuplicateRef | null {
  const { contentHash, signature, buckets } = fingerprint(paragraphs);
  const exact = findByContentHash(db, contentHash);
  if (exact) return { id: exact.id, title: exact.title, similarity: 1 };
  let best: DuplicateRef | null = null;
  for (const c of findBucketCandidates(db, buckets)) {
    const theirs = new Uint32Array(c.signature.buffer.slice(c.signature.byteOffset, c.signature.byteOffset + c.signature.byteLength));
    const similarity = estimateSimilarity(signature, theirs);
    if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) {
      best = { id: c.id, title: c.title, similarity };
    }
  }
  return best;
}

export function clipsHandlers(db: Db) {
  const now = () => new Date().toISOString();
  const requireClip = (id: number) => {
    const clip = getClip(db, id);
    if (!clip) throw new ApiError('not_found', `There is no clip ${id}. It may have been deleted for good.`);
    return clip;
  };

  return {
    'clips.parse': ({ text, html }) => {
      const draft = draftFromPaste({ text, html });
      return { ...draft, duplicateOf: findDuplicate(db, draft.paragraphs) };
    },

    'clips.create': ({ text, html, draft: edits, versionOf }) => {
      const parsed = draftFromPaste({ text, html });
      const draft: ClipDraft = { ...parsed, ...edits, cruft: parsed.cruft, duplicateOf: null };
      draft.wordCount = wordCount(draft.paragraphs);
      if (versionOf != null && !clipExists(db, versionOf)) {
        throw new ApiError('not_found', `Cannot save as a new version of clip ${versionOf}: there is no such clip.`);
      }
      const save = db.transaction(() => {
        const duplicateOf = findDuplicate(db, draft.paragraphs);
        const { contentHash, signature, buckets } = fingerprint(draft.paragraphs);
        const id = insertClip(db, {
          ...draft,
          raw: text,
          rawHtml: html ?? null,
          rawSha256: sha256(text),
          contentHash,
          signature,
          buckets,
          url: null,
          versionOf: versionOf ?? null,
          now: now(),
        });
        return { ...draft, duplicateOf, id };
      });
      return save.immediate();
    },

    'clips.get': ({ id }) => requireClip(id),

    'clips.list': (args) => listClips(db, args),

    'clips.update': ({ id, fields }) => {
      requireClip(id);
      const { quotes, people, places, organizations, ...columns } = fields;
      db.transaction(() => {
        updateClipFields(
          db,
          id,
          { ...columns, ...(columns.paragraphs ? { wordCount: wordCount(columns.paragraphs) } : {}) },
          now(),
        );
        if (quotes) replaceQuotes(db, id, quotes);
        replaceEntities(db, id, {
          ...(people ? { person: people } : {}),
          ...(places ? { place: places } : {}),
          ...(organizations ? { organization: organizations } : {}),
        });
      }).immediate();
      return requireClip(id);
    },

    'clips.trash': ({ ids }) => ({ trashed: db.transaction(() => setDeleted(db, ids, now())).immediate() }),

    'clips.restore': ({ ids }) => ({ restored: db.transaction(() => setDeleted(db, ids, null)).immediate() }),
  } satisfies Partial<ApiHandlers>;
}
