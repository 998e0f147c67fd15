import { createHash } from 'node:crypto';
import { noSuchClip } from '../../shared/api/errors.js';
import { wordCount } from '../../shared/text/clip-body.js';
import type { ClipDraft, DuplicateRef } from '../../shared/models/clip-draft.js';
import type { ReviewDraft, SavedClip } from '../../shared/models/clip.js';
import { contentKey, estimateSimilarity, lshBuckets, minhashSignature } from '../../shared/dedupe/minhash.js';
import { nearMatch, sameHeadline } from '../../shared/dedupe/near-match.js';
import type { LibraryDatabase } from '../db/library-database.js';
import { draftFromPaste, type Paste, type PasteReading } from '../clipper/draft-from-paste.js';
import { clipExists, clipSource } from './clips.repo.js';
import { findByContentHash, findDuplicateCandidates } from './fingerprints.repo.js';
import { insertClip, prepareClipRows } from './insert-clip.js';
import { cleanUrl, urlKey } from './url-key.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export type Fingerprint = ReturnType<typeof fingerprint>;

export function fingerprint(paragraphs: readonly string[]) {
  const text = paragraphs.join('\n');
  const signature = minhashSignature(text);
  return { contentHash: sha256(contentKey(text)), signature, buckets: lshBuckets(signature) };
}

const signatureOf = (blob: Buffer) => new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));

/** A headline's longest word, as written, by which the clips that may share the headline are looked up. */
function longestWord(title: string | null): string | null {
  const words = title?.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4) ?? [];
  return words.reduce<string | null>((a, w) => (a === null || w.length > a.length ? w : a), null);
}

/**
 * The saved clip this text repeats: an exact duplicate first, then a clip from the same address
 * (the page again, perhaps updated: a new version), else the most similar near-duplicate or other
 * version, among the clips sharing its bands or its headline's longest word (`title`).
 */
export async function findDuplicate(
  db: LibraryDatabase,
  print: Fingerprint,
  url: string | null = null,
  title: string | null = null,
): Promise<DuplicateRef | null> {
  const { exact, sameAddress, near, headline } = await findDuplicateCandidates(
    db,
    print.contentHash,
    urlKey(url),
    print.buckets,
    longestWord(title),
  );
  if (exact) return { id: exact.id, title: exact.title, similarity: 1 };
  if (sameAddress) {
    const similarity = sameAddress.signature ? estimateSimilarity(print.signature, signatureOf(sameAddress.signature)) : 0;
    return { id: sameAddress.id, title: sameAddress.title, similarity: Math.min(similarity, 0.99), sameUrl: true };
  }
  let best: DuplicateRef | null = null;
  // A clip found both by its bands and by its headline is compared once.
  for (const c of new Map([...near, ...headline].map((found) => [found.id, found])).values()) {
    const match = nearMatch(print.signature, signatureOf(c.signature), sameHeadline(title, c.title));
    if (match && (!best || match.similarity > best.similarity)) best = { id: c.id, title: c.title, ...match };
  }
  return best;
}

/** Windows puts the page's address in the header of HTML it copies (CF_HTML); a browser's clipboard API drops it. */
const HTML_CLIPBOARD_SOURCE = /^SourceURL:(\S+)/m;

/** The page's address: the one the clipper read in the paste, else the one the clipboard gave. */
export function pasteUrl(draft: ClipDraft & { url?: string | null }, paste: Paste): string | null {
  const header = paste.html?.slice(0, 1_000).match(HTML_CLIPBOARD_SOURCE)?.[1];
  return cleanUrl(draft.url) ?? cleanUrl(paste.url) ?? cleanUrl(header);
}

/** A paste read and checked against the library: what `clips.parse` shows for review. */
export async function readPaste(db: LibraryDatabase, paste: Paste, reading: PasteReading = {}): Promise<ReviewDraft> {
  const draft = await draftFromPaste(paste, reading);
  const url = pasteUrl(draft, paste);
  return { ...draft, url, duplicateOf: await findDuplicate(db, fingerprint(draft.paragraphs), url, draft.title) };
}

/**
 * Stores a paste as a clip, with the fields the user corrected taking the place of the parsed
 * ones. One transaction: the clip, its quotes, names and fingerprint are saved whole or not at
 * all; `afterSave` runs inside it, so what it adds to the new clip is saved with it or not at all.
 * The duplicate check and the full-text document come before it, so the transaction holds its
 * connection only to write: the check only tells what the clip repeats, nothing written depends
 * on it, and its reads of addresses and similarity bands inside the transaction would make every
 * two saves at one moment refuse each other (each reads where the other writes). Inside, one look
 * by content hash still finds an identical clip saved at the same moment; it reads only where
 * the same text is written. `versionOf` names the clip it is a new version of; `clippedBy` the
 * team member saving it.
 */
export async function saveClip(
  db: LibraryDatabase,
  paste: Paste,
  parsed: ClipDraft,
  edits: Partial<ClipDraft> & { url?: string | null },
  { versionOf, clippedBy }: { versionOf: number | null; clippedBy: string | null },
  afterSave: (tx: LibraryDatabase, id: number) => void | Promise<void> = () => undefined,
): Promise<SavedClip> {
  const { url: editedUrl, ...fieldEdits } = edits;
  const draft: ClipDraft = { ...parsed, ...fieldEdits, cruft: parsed.cruft, duplicateOf: null };
  const url = editedUrl === undefined ? pasteUrl(parsed, paste) : cleanUrl(editedUrl);
  draft.wordCount = wordCount(draft.paragraphs);
  // A new version of a story comes from the outlet of the one before, unless its paste names another.
  if (versionOf !== null && !draft.source?.trim()) draft.source = await clipSource(db, versionOf);
  const print = fingerprint(draft.paragraphs);
  const found = await findDuplicate(db, print, url, draft.title);
  const [row] = await prepareClipRows(db.dialect, [
    {
      ...draft,
      ...print,
      raw: paste.text,
      rawHtml: paste.html ?? null,
      // Of what was pasted: the text, or the HTML when a page came without a text version.
      rawSha256: sha256(paste.text || paste.html || ''),
      url,
      versionOf,
      clippedBy,
      now: new Date().toISOString(),
    },
  ]);
  return db.transaction(async (tx) => {
    if (versionOf !== null && !(await clipExists(tx, versionOf))) {
      throw noSuchClip(versionOf);
    }
    const exact = found?.similarity === 1 ? null : await findByContentHash(tx, print.contentHash);
    const duplicateOf = exact ? { id: exact.id, title: exact.title, similarity: 1 } : found;
    const id = await insertClip(tx, row!);
    await afterSave(tx, id);
    return { ...draft, url, duplicateOf, id };
  });
}
