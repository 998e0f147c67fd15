import { describe, expect, it } from 'vitest';
import type { LibraryDatabase } from '../../electron/core/db/library-database.js';
import { insertClips } from '../../electron/core/library/insert-clip.js';
import { JobRegistry } from '../../electron/core/jobs/job-registry.js';
import { rereadClips } from '../../electron/core/library/reread-clips.js';
import type { CoreEvent } from '../../electron/shared/models/core-events.js';
import { ENGINES, type Engine } from '../support/engine-libraries.js';
import { portableOnBothEngines } from '../support/engine-handlers.js';
import { searchClip, searchClipRow } from '../support/search-library.js';

/**
 * Re-reading saved clips' names, and the name indexes' grouping of spellings, over a SQLite file
 * and a PostgreSQL team library: the same calls give the same answers. Every name is made up.
 */
const BODY =
  'Parks Norway closed the trail on Monday. "The bridge is not safe," said Lena Hartvik, a ranger in Tromsø. Hartvik said it would open in May.';
const STALE = [
  searchClip({ title: 'Trail closed', body: BODY, people: ['Parks Norway'], places: [], organizations: [], speakers: ['Parks Norway'] }),
  searchClip({
    title: 'Trail closed again',
    body: BODY,
    people: ['Parks Norway'],
    places: ['Nowhere Bay'],
    organizations: [],
    speakers: [],
  }),
  searchClip({ title: 'Harbour works', body: 'Work went on.', people: ['Martín Echegaray'], places: [], organizations: [], speakers: [] }),
  searchClip({
    title: 'Harbour works 2',
    body: 'Work went on.',
    people: ['Martin Echegaray'],
    places: [],
    organizations: [],
    speakers: [],
  }),
  searchClip({
    title: 'Harbour works 3',
    body: 'Work went on.',
    people: ['Martín Echegaray'],
    places: [],
    organizations: [],
    speakers: [],
  }),
];

const stored: Record<Engine, number[]> = { sqlite: [], postgres: [] };
const libraries: Partial<Record<Engine, LibraryDatabase>> = {};
const api = portableOnBothEngines('reread', async (db: LibraryDatabase) => {
  const engine: Engine = db.dialect === 'sqlite' ? 'sqlite' : 'postgres';
  stored[engine] = await db.transaction((tx) =>
    insertClips(
      tx,
      STALE.map((c, i) => ({ ...searchClipRow(c, 90 + i), rawSha256: `reread-${i}` })),
    ),
  );
  libraries[engine] = db;
});

describe('re-reading saved clips', () => {
  it('finds the names and quotes again in the saved text, on both engines', async () => {
    for (const engine of ENGINES) {
      const [first] = stored[engine];
      const result = await api(engine)['clips.reread']({ ids: [first!] });
      expect(result).toEqual({ reread: 1, changed: [first], kept: [], missing: [], cancelled: false });
      const clip = await api(engine)['clips.get']({ id: first! });
      expect(clip.people).toEqual(['Lena Hartvik']);
      expect(clip.organizations).toEqual(['Parks Norway']);
      expect(clip.places).toContain('Tromsø');
      expect(clip.quotes.map((q) => q.speaker)).toEqual(['Lena Hartvik']);
      // A second reading finds nothing new.
      expect((await api(engine)['clips.reread']({ ids: [first!] })).changed).toEqual([]);
    }
  });

  it('leaves a field the user corrected as they made it, and names ids that are gone', async () => {
    for (const engine of ENGINES) {
      const second = stored[engine][1]!;
      await api(engine)['clips.update']({ id: second, fields: { places: ['Hand-typed Fjord'] }, via: 'app' });
      const result = await api(engine)['clips.reread']({ ids: [second, 999_999] });
      expect(result.kept).toEqual([{ id: second, fields: ['places'] }]);
      expect(result.missing).toEqual([999_999]);
      const clip = await api(engine)['clips.get']({ id: second });
      expect(clip.places).toEqual(['Hand-typed Fjord']);
      expect(clip.people).toEqual(['Lena Hartvik']);
      // The clipper's reading is no correction: the history still holds only the user's edit.
      const history = await api(engine)['clips.history']({ id: second });
      expect(history.map((e) => e.changes.map((c) => c.field))).toEqual([['places']]);
    }
  });

  it('reports progress after each clip and stops when cancelled, keeping those read', async () => {
    for (const engine of ENGINES) {
      const events: CoreEvent[] = [];
      const jobs = new JobRegistry((e) => events.push(e));
      const job = jobs.start('reread', `reread-${engine}`);
      const run = await rereadClips(libraries[engine]!, stored[engine], {
        signal: job.signal,
        by: null,
        onProgress: (p) => {
          job.report(p);
          if (p.done === 2) jobs.cancel(`reread-${engine}`);
        },
      });
      job.finish();
      expect(run.cancelled).toBe(true);
      expect(run.reread).toBe(2);
      expect(events.map((e) => (e.type === 'job.progress' ? e.progress : null))).toEqual([
        { done: 0, total: 5 },
        { done: 1, total: 5 },
        { done: 2, total: 5 },
      ]);
    }
  });
});

describe('name indexes over both engines', () => {
  it('count accented and plain spellings of one name as one, under the commonest spelling', async () => {
    for (const engine of ENGINES) {
      const people = await api(engine)['indexes.entities']({ kind: 'person', filter: 'echegaray', limit: 50 });
      expect(people).toEqual([{ name: 'Martín Echegaray', count: 3 }]);
      const byAccent = await api(engine)['indexes.entities']({ kind: 'person', filter: 'MARTÍN', limit: 50 });
      expect(byAccent.map((p) => p.name)).toEqual(['Martín Echegaray']);
    }
  });
});
