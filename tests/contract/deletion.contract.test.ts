import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import type { ApiResult } from '../../electron/shared/api/errors.js';
import type { Clip, ClipPage, SavedClip, SearchResult } from '../../electron/shared/models/clip.js';
import type { Collection, EntityCount } from '../../electron/shared/models/organise.js';
import { tempLibrary } from '../support/temp-library.js';

/** A word no other text holds, in every part of one clip: after deleting it for good, the file must not hold it anywhere. */
const MARKER = 'Quorvendish';

const KEPT = `Ferry service to Lindholm resumes
The ferry to Lindholm sailed again on Tuesday after a week of storms, the harbour office said.`;

const GONE = `${MARKER} mill closes after ninety years
The ${MARKER} paper mill in the made-up town of Vellmar will close in March, its owners said on Monday.
"We kept the ${MARKER} machines running as long as we could," said Edda ${MARKER}, the mill's last manager.
Workers at ${MARKER} gathered outside the gates.`;

let lib: ReturnType<typeof tempLibrary>;
let core: CoreService;
beforeEach(() => {
  lib = tempLibrary('cuttings-deletion-');
  core = createCoreService(lib.path);
});
afterEach(() => {
  core.close();
  lib.remove();
});

async function ok<T>(method: string, args: unknown): Promise<T> {
  const r: ApiResult<unknown> = await core.dispatch(method, args);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function refused(method: string, args: unknown): Promise<string> {
  const r = await core.dispatch(method, args);
  if (r.ok) throw new Error(`${method} should have failed`);
  return r.error.message;
}

/** The library file's bytes, with the WAL beside it, as text any encoding of the marker would show in. */
function fileText(): string {
  const parts = [lib.path, `${lib.path}-wal`].filter(existsSync).map((p) => readFileSync(p).toString('latin1'));
  return parts.join('\n').toLowerCase();
}

/** A clip with the marker in its title, text, paste (plain and HTML), notes, a highlight's note, a quote, a person, tags, a collection and a comparison. */
async function clipEverywhere(): Promise<{ gone: number; kept: number; collection: number }> {
  const kept = (await ok<SavedClip>('clips.create', { text: KEPT })).id;
  const gone = (
    await ok<SavedClip>('clips.create', { text: GONE, html: `<article><h1>${MARKER} mill closes</h1><p>${GONE}</p></article>` })
  ).id;
  await ok('clips.update', { id: gone, fields: { notes: `Ask the ${MARKER} family about the pension fund.` } });
  const clip = await ok<Clip>('clips.get', { id: gone });
  const body = clip.paragraphs.join('\n\n');
  const at = body.indexOf('paper mill');
  await ok('highlights.add', { clipId: gone, exact: 'paper mill', start: at, end: at + 'paper mill'.length, note: `${MARKER} owns it` });
  await ok('tags.apply', { clipIds: [gone, kept], names: ['industry'] });
  const shelf = await ok<Collection>('collections.create', { name: 'Closures' });
  await ok('collections.addClips', { id: shelf.id, clipIds: [gone, kept] });
  await ok('comparisons.add', { collectionId: shelf.id, a: gone, b: kept, title: `${MARKER} beside the ferry` });
  return { gone, kept, collection: shelf.id };
}

describe('deleting for good', () => {
  it('leaves no trace of the clip in the library file: row, search index, paste, notes, highlights, quotes, people and links', async () => {
    const { gone, kept, collection } = await clipEverywhere();
    expect((await ok<Clip>('clips.get', { id: gone })).quotes.length).toBeGreaterThan(0);
    core.close();
    expect(fileText()).toContain(MARKER.toLowerCase());
    core = createCoreService(lib.path);

    await ok('clips.trash', { ids: [gone] });
    expect(await ok('trash.purge', { ids: [gone] })).toEqual({ purged: [gone] });

    expect(await refused('clips.get', { id: gone })).toMatch(/There is no clip/);
    expect((await ok<ClipPage>('clips.list', { trashed: true })).total).toBe(0);
    expect((await ok<SearchResult>('search.query', { query: MARKER })).total).toBe(0);
    expect((await ok<SearchResult>('search.query', { query: 'Lindholm' })).hits.map((h) => h.id)).toEqual([kept]);
    expect((await ok<ClipPage>('clips.list', { collectionId: collection })).items.map((c) => c.id)).toEqual([kept]);
    expect(await ok<unknown[]>('comparisons.list', { collectionId: collection })).toEqual([]);
    expect((await ok<EntityCount[]>('indexes.entities', { kind: 'person' })).map((e) => e.name).join(' ')).not.toContain(MARKER);

    core.close();
    const db = new Database(lib.path);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    for (const table of ['highlights', 'quotes', 'clip_tags', 'collection_clips', 'clip_entities', 'clip_bands']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table} WHERE clip_id = ?`).get(gone), table).toEqual({ n: 0 });
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(fileText()).not.toContain(MARKER.toLowerCase());
    core = createCoreService(lib.path);
  });

  it('empties clips that have been in the Trash longer than the setting, on start and then daily, and none when it is off', async () => {
    const { gone, kept } = await clipEverywhere();
    await ok('clips.trash', { ids: [gone, kept] });
    const aged = new Database(lib.path);
    aged.prepare('UPDATE clips SET deleted_at = ? WHERE id = ?').run(new Date(Date.now() - 40 * 86_400_000).toISOString(), gone);
    aged.close();
    const failures: Error[] = [];
    expect(await core.scheduleTrashEmptying((err) => failures.push(err))).toEqual([]);
    await ok('settings.update', { patch: { trashAutoEmptyDays: 30 } });
    expect(await core.scheduleTrashEmptying((err) => failures.push(err))).toEqual([gone]);
    expect((await ok<ClipPage>('clips.list', { trashed: true })).items.map((c) => c.id)).toEqual([kept]);
    expect(failures).toEqual([]);
  });
});
