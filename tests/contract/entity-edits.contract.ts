import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip, SavedClip, SearchResult } from '../../electron/shared/models/clip.js';
import type { ClipEdit } from '../../electron/shared/models/clip-edit.js';
import type { EntityEditResult, EntityUndoResult } from '../../electron/shared/models/entity-edit.js';
import type { EntityCount, EntityKind, QuoteEntry } from '../../electron/shared/models/organise.js';
import type { RereadResult } from '../../electron/shared/models/reread.js';
import { failed, succeeded, type TransportUnderTest } from '../support/transports.js';
import type { Connection } from '../support/engine-transports.js';

/** A made-up report whose people, places and quotes the clipper finds itself. */
const REPORT = [
  'Dock crews stop work at Velmora',
  'VELMORA, 3 March 2024 (Coastline Wire) - Dock crews at Velmora stopped work on Monday over night shifts.',
  '"We will not load ships through the night," said Tobias Kernow, head of the Velmora Dockers Union.',
  'Kernow said the union would meet the port board on Friday.',
].join('\n\n');

type Names = Partial<Pick<Clip, 'people' | 'places' | 'organizations' | 'quotes'>>;

/** Renaming, re-kinding and removing a name across the library, on whichever library the connections open. */
export function describeEntityEdits(connections: readonly Connection[]): void {
  describe.each(connections)('changing a name in every clip %s', (_name, connect) => {
    let t: TransportUnderTest;
    const ok = <T>(method: string, args: unknown) => succeeded<T>(t, method, args);
    const clip = (id: number) => ok<Clip>('clips.get', { id });
    const names = async (id: number) => {
      const { people, places, organizations, quotes } = await clip(id);
      return { people, places, organizations, quotes };
    };
    const make = async (title: string, draft: Names) =>
      (await ok<SavedClip>('clips.create', { text: `${title}. A made-up note for the index.`, draft: { title, quotes: [], ...draft } })).id;
    const index = (kind: EntityKind) => ok<EntityCount[]>('indexes.entities', { kind });
    const countOf = async (kind: EntityKind, name: string) => (await index(kind)).find((e) => e.name === name)?.count ?? 0;
    const found = async (query: string) => (await ok<SearchResult>('search.query', { query })).hits.map((h) => h.id).sort((a, b) => a - b);
    const newest = async (id: number) => (await ok<ClipEdit[]>('clips.history', { id }))[0]!;

    beforeAll(async () => {
      t = await connect();
    });
    afterAll(async () => t.close());

    it('renames a person in every clip naming them, as each clip’s edit, and search follows', async () => {
      const a = await make('Bridge tender opens', { people: ['Mira Colt', 'Ansel Dray'] });
      const b = await make('Bridge tender closes', { people: ['Mira Colt'] });
      const other = await make('Ferry fares rise', { people: ['Ansel Dray'] });

      const renamed = await ok<EntityEditResult>('indexes.renameEntity', { kind: 'person', name: 'Mira Colt', newName: ' Mira  Colter ' });
      expect(renamed.clipIds).toEqual([a, b]);
      expect(renamed.merged).toBe(false);
      expect((await clip(a)).people).toEqual(['Mira Colter', 'Ansel Dray']);
      expect((await clip(b)).people).toEqual(['Mira Colter']);
      expect((await clip(other)).people).toEqual(['Ansel Dray']);
      expect((await clip(a)).title).toBe('Bridge tender opens');

      const edit = await newest(a);
      expect(edit.user).not.toBe('');
      expect(edit.changes).toEqual([{ field: 'people', before: ['Mira Colt', 'Ansel Dray'], after: ['Mira Colter', 'Ansel Dray'] }]);

      expect(await countOf('person', 'Mira Colter')).toBe(2);
      expect(await countOf('person', 'Mira Colt')).toBe(0);
      expect(await found('person:"Mira Colter"')).toEqual([a, b]);
      expect(await found('person:"Mira Colt"')).toEqual([]);
    });

    it('merges a name into one already in the index, each clip naming it once, quotes’ speaker too, and undoes it', async () => {
      const a = await make('Port strike talks', {
        people: ['Josh Apte', 'Lene Brask'],
        quotes: [
          { speaker: 'Josh Apte', text: 'We will build the bridge.' },
          { speaker: 'Lene Brask', text: 'Not this year.' },
        ],
      });
      const b = await make('Port strike ends', { people: ['Joshua Apte'] });
      const c = await make('Port strike spreads', { people: ['josh apte', 'Joshua Apte', 'Lene Brask'] });
      // Quoted without being among the clip's people: the speaker follows all the same.
      const d = await make('Port strike explained', { people: ['Lene Brask'], quotes: [{ speaker: 'Josh Apte', text: 'Talks go on.' }] });
      const before = await Promise.all([a, b, c, d].map(names));

      const merged = await ok<EntityEditResult>('indexes.renameEntity', { kind: 'person', name: 'Josh Apte', newName: 'Joshua Apte' });
      expect(merged.merged).toBe(true);
      expect(merged.clipIds).toEqual([a, c, d]);
      expect((await clip(a)).people).toEqual(['Joshua Apte', 'Lene Brask']);
      expect((await clip(c)).people).toEqual(['Joshua Apte', 'Lene Brask']);
      expect((await clip(a)).quotes.map((q) => q.speaker)).toEqual(['Joshua Apte', 'Lene Brask']);
      expect(await countOf('person', 'Joshua Apte')).toBe(3);
      expect(await found('person:"Josh Apte"')).toEqual([]);
      expect(await names(d)).toMatchObject({ people: ['Lene Brask'], quotes: [{ speaker: 'Joshua Apte', text: 'Talks go on.' }] });
      expect(await found('said:"Joshua Apte"')).toEqual([a, d]);
      const quotes = await ok<{ items: QuoteEntry[] }>('indexes.quotes', { speaker: 'Josh Apte' });
      expect(quotes.items).toEqual([]);
      expect((await newest(a)).changes.map((ch) => ch.field)).toEqual(['quotes', 'people']);

      const undone = await ok<EntityUndoResult>('indexes.undoEntityEdit', { undo: merged.undo });
      expect(undone).toEqual({ clipIds: [a, c, d], changedSince: [], missing: [] });
      expect(await Promise.all([a, b, c, d].map(names))).toEqual(before);
      expect(await found('person:"Josh Apte"')).toEqual([a, c]);
      expect(await found('said:"Josh Apte"')).toEqual([a, d]);
      expect((await newest(a)).changes.map((ch) => ch.field)).toEqual(['quotes', 'people']);
    });

    it('moves a place to the organisations, merging with the same name there, and back', async () => {
      const a = await make('Roads budget cut', { places: ['Ministry of Roads', 'Velmora'], organizations: ['Port Board'] });
      const b = await make('Roads budget debated', { organizations: ['ministry of roads'] });

      const moved = await ok<EntityEditResult>('indexes.renameEntity', {
        kind: 'place',
        name: 'Ministry of Roads',
        newName: 'Ministry of Roads',
        newKind: 'organization',
      });
      expect(moved).toMatchObject({ clipIds: [a], merged: true });
      expect(await names(a)).toMatchObject({ places: ['Velmora'], organizations: ['Port Board', 'Ministry of Roads'] });
      expect((await clip(b)).organizations).toEqual(['ministry of roads']);
      expect(await countOf('place', 'Ministry of Roads')).toBe(0);
      expect(await found('org:"Ministry of Roads"')).toEqual([a, b]);
      expect(await found('place:"Ministry of Roads"')).toEqual([]);
      expect((await newest(a)).changes.map((ch) => ch.field)).toEqual(['places', 'organizations']);

      await ok('indexes.undoEntityEdit', { undo: moved.undo });
      expect(await names(a)).toMatchObject({ places: ['Ministry of Roads', 'Velmora'], organizations: ['Port Board'] });
      expect(await found('place:"Ministry of Roads"')).toEqual([a]);
    });

    it('removes a word that is no name from every clip, and puts it back', async () => {
      const a = await make('Tourists return', { people: ['Americans', 'Ines Harl'] });
      const b = await make('Tourists leave', { people: ['Americans'] });

      const removed = await ok<EntityEditResult>('indexes.removeEntity', { kind: 'person', name: 'Americans' });
      expect(removed.clipIds).toEqual([a, b]);
      expect((await clip(a)).people).toEqual(['Ines Harl']);
      expect((await clip(b)).people).toEqual([]);
      expect(await countOf('person', 'Americans')).toBe(0);
      expect((await newest(b)).changes).toEqual([{ field: 'people', before: ['Americans'], after: [] }]);

      await ok('indexes.undoEntityEdit', { undo: removed.undo });
      expect((await clip(a)).people).toEqual(['Americans', 'Ines Harl']);
      expect(await countOf('person', 'Americans')).toBe(2);
    });

    it('leaves out of the undo a clip changed since, and says which', async () => {
      const a = await make('Grain prices climb', { people: ['Pell Varro'] });
      const b = await make('Grain prices fall', { people: ['Pell Varro'] });
      const renamed = await ok<EntityEditResult>('indexes.renameEntity', { kind: 'person', name: 'Pell Varro', newName: 'Pello Varro' });
      await ok('clips.update', { id: b, fields: { title: 'Grain prices fall sharply' } });

      const undone = await ok<EntityUndoResult>('indexes.undoEntityEdit', { undo: renamed.undo });
      expect(undone).toEqual({ clipIds: [a], changedSince: [b], missing: [] });
      expect((await clip(a)).people).toEqual(['Pell Varro']);
      expect(await clip(b)).toMatchObject({ title: 'Grain prices fall sharply', people: ['Pello Varro'] });
    });

    it('keeps the new name when the clip’s names are read again', async () => {
      const id = (await ok<SavedClip>('clips.create', { text: REPORT })).id;
      const read = await clip(id);
      expect(read.people).toContain('Tobias Kernow');
      expect(read.quotes.map((q) => q.speaker)).toContain('Tobias Kernow');

      await ok('indexes.renameEntity', { kind: 'person', name: 'Tobias Kernow', newName: 'Tobias Kernowe' });
      const reread = await ok<RereadResult>('clips.reread', { ids: [id] });
      expect(reread.kept).toEqual([{ id, fields: expect.arrayContaining(['people', 'quotes']) }]);
      const after = await clip(id);
      expect(after.people).toContain('Tobias Kernowe');
      expect(after.people).not.toContain('Tobias Kernow');
      expect(after.quotes.map((q) => q.speaker)).toContain('Tobias Kernowe');
    });

    it('refuses a blank or unchanged name and a name no clip has, and changes nothing', async () => {
      const a = await make('Salt works close', { people: ['Rona Vell'] });
      const history = await ok<ClipEdit[]>('clips.history', { id: a });
      expect(await failed(t, 'indexes.renameEntity', { kind: 'person', name: 'Rona Vell', newName: '   ' })).toMatchObject({
        code: 'bad_input',
      });
      expect(await failed(t, 'indexes.renameEntity', { kind: 'person', name: 'Rona Vell', newName: 'Rona Vell' })).toMatchObject({
        code: 'bad_input',
        message: expect.stringContaining('already spelled'),
      });
      expect(await failed(t, 'indexes.removeEntity', { kind: 'place', name: 'Rona Vell' })).toMatchObject({
        code: 'not_found',
        message: expect.stringContaining('No clip names “Rona Vell” as a place'),
      });
      expect((await clip(a)).people).toEqual(['Rona Vell']);
      expect(await ok<ClipEdit[]>('clips.history', { id: a })).toEqual(history);
    });
  });
}
