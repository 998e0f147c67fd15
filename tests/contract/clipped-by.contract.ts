import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip, SavedClip } from '../../electron/shared/models/clip.js';
import type { ImportFileResult } from '../../electron/shared/models/file-import.js';
import type { LibraryImportResult } from '../../electron/shared/models/library-import.js';
import type { Connection } from '../support/engine-transports.js';
import { exportedClip, exportText } from '../support/export-file.js';
import type { TransportUnderTest } from '../support/transports.js';

const MEMBER = 'Ana Ruiz';

const HIGHLIGHTED = ['The ferry to the outer islands runs again from Monday, the harbour board said.'];
const HIGHLIGHT = (author: string | null) => ({
  exact: 'The ferry',
  prefix: '',
  suffix: ' to the outer islands',
  start: 0,
  end: 'The ferry'.length,
  color: 'yellow',
  note: '',
  createdAt: '2024-05-02T10:00:00.000Z',
  author,
});

/** An export from a teammate's library (clip and highlight named) and one from a personal library (no one named). */
const EXPORT = exportText({
  clips: [
    exportedClip(1, 'Ferry runs again', HIGHLIGHTED, { clippedBy: 'Bo Lind', highlights: [HIGHLIGHT('Bo Lind')] }),
    exportedClip(2, 'Pier repairs begin', ['Repairs to the north pier begin next week and last a month.'], {
      highlights: [{ ...HIGHLIGHT(null), exact: 'Repairs', suffix: ' to the north pier', end: 'Repairs'.length }],
    }),
  ],
});

/**
 * Who saved each clip: in a team library the member signed in, whether they pasted it, imported a
 * file or imported another library's export; in a personal library nobody. An export keeps the
 * names it carries, and what it names no one for is credited to whoever imports it.
 */
export function describeClippedBy(connections: readonly Connection[]): void {
  describe.each(connections)('who clipped each clip %s', (_name, connect) => {
    let t: TransportUnderTest;
    let expected: string | null;
    const call = async <T>(method: string, args: unknown): Promise<T> => {
      const result = await (t.invokeAs ? t.invokeAs(MEMBER) : t.invoke)(method, args);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value as T;
    };
    const clip = (id: number) => call<Clip>('clips.get', { id });

    beforeAll(async () => {
      t = await connect();
      expected = t.invokeAs ? MEMBER : null;
    });
    afterAll(async () => t.close());

    it('names the member who pasted a clip', async () => {
      const saved = await call<SavedClip>('clips.create', {
        text: 'Storm shuts the coast road\n\nThe coast road closed at noon as waves broke over it.',
      });
      expect((await clip(saved.id)).clippedBy).toBe(expected);
    });

    it('names the member who imported a file', async () => {
      const [result] = await call<ImportFileResult[]>('import.files', {
        files: [{ name: 'bridge.txt', text: 'Bridge inspection due\n\nEngineers inspect the old bridge on Thursday.' }],
      });
      expect(result).toMatchObject({ outcome: 'added' });
      expect((await clip((result as { id: number }).id)).clippedBy).toBe(expected);
    });

    it('keeps the clipper and highlight author an export names, and credits the importer with the rest', async () => {
      await call('import.exportChunk', { uploadId: 'clipped-by-1', text: EXPORT });
      const run = await call<LibraryImportResult>('import.exportRun', { uploadId: 'clipped-by-1', name: 'team.json', listClips: true });
      const [named, unnamed] = run.clips!.map((c) => c.id);
      const [a, b] = [await clip(named!), await clip(unnamed!)];
      expect([a.clippedBy, a.highlights.map((h) => h.author)]).toEqual(['Bo Lind', ['Bo Lind']]);
      expect([b.clippedBy, b.highlights.map((h) => h.author)]).toEqual([expected, [expected]]);
    });
  });
}
