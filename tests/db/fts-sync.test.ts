import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import { tempLibrary } from '../support/temp-library.js';

let lib: ReturnType<typeof tempLibrary>;
let core: CoreService;

beforeEach(() => {
  lib = tempLibrary();
  core = createCoreService(lib.path);
});
afterEach(() => {
  core.close();
  lib.remove();
});

async function ok<T>(p: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}
const hits = async (query: string) =>
  (await ok<{ hits: { id: number }[] }>(core.dispatch('search.query', { query }))).hits.map((h) => h.id);

describe('the full-text index stays in step with the clips', () => {
  it('finds a clip after insert, follows an edit, and forgets it when the text goes', async () => {
    const { id } = await ok<{ id: number }>(core.dispatch('clips.create', { text: 'The harbour pilots went on strike in Gdańsk.' }));
    expect(await hits('pilots')).toEqual([id]);
    expect(await hits('gdansk')).toEqual([id]);

    await ok(core.dispatch('clips.update', { id, fields: { paragraphs: ['The ferry crews joined them.'] } }));
    expect(await hits('pilots')).toEqual([]);
    expect(await hits('ferry')).toEqual([id]);

    await ok(core.dispatch('clips.update', { id, fields: { notes: 'ask the union about overtime' } }));
    expect(await hits('overtime')).toEqual([id]);
  });

  it('hides trashed clips from search and shows them again when restored', async () => {
    const { id } = await ok<{ id: number }>(core.dispatch('clips.create', { text: 'Lighthouse keepers return.' }));
    await ok(core.dispatch('clips.trash', { ids: [id] }));
    expect(await hits('lighthouse')).toEqual([]);
    await ok(core.dispatch('clips.restore', { ids: [id] }));
    expect(await hits('lighthouse')).toEqual([id]);
  });

  it('reads search syntax literally instead of failing', async () => {
    await ok(core.dispatch('clips.create', { text: 'Talks in Geneva (UN) ended "abruptly" on Friday.' }));
    for (const q of ['က\u0000Ⴀ', 'a\u0000b', '"unclosed', 'NEAR(', 'AND', '(UN)', '*', '-', 'title:', '^', 'a OR', 'Geneva -']) {
      const r = await core.dispatch('search.query', { query: q });
      expect(r.ok, `query ${q}`).toBe(true);
    }
    expect(await hits('(UN)')).toHaveLength(1);
  });
});
