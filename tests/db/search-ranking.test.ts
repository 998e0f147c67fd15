import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import type { SearchResult } from '../../electron/shared/models/clip.js';
import { MATCH_END, MATCH_START } from '../../electron/core/library/search-results.js';
import { tempLibrary } from '../support/temp-library.js';

/** The quick search path ranks, counts and snippets in separate steps: each hit must keep its own snippet. */
let lib: ReturnType<typeof tempLibrary>;
let core: CoreService;
const subjects = ['barley', 'copper', 'lithium', 'cobalt', 'timber', 'cotton'];

beforeAll(async () => {
  lib = tempLibrary();
  core = createCoreService(lib.path);
  for (const [i, subject] of subjects.entries()) {
    const r = await core.dispatch('clips.create', {
      text: `Exports of ${subject} rose in the third quarter, the ministry said.\n\nTraders expect ${subject} prices to hold.`,
      draft: { title: `${subject} exports report ${i}`, language: 'en' },
    });
    if (!r.ok) throw new Error(r.error.message);
  }
});
afterAll(() => {
  core.close();
  lib.remove();
});

async function search(query: string): Promise<SearchResult> {
  const r = await core.dispatch('search.query', { query, limit: 50 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as SearchResult;
}

describe('quick search', () => {
  it('gives every hit the snippet of its own clip and counts every match', async () => {
    const result = await search('exports');
    expect(result.total).toBe(subjects.length);
    for (const hit of result.hits) {
      const subject = subjects.find((s) => hit.title?.startsWith(s));
      expect(hit.snippet).toContain(subject);
      expect(hit.snippet).toContain(`${MATCH_START}`);
      expect(hit.snippet).toContain(`${MATCH_END}`);
    }
  });

  it('leaves trashed clips out of the hits and the count', async () => {
    const first = (await search('exports')).hits[0]!;
    await core.dispatch('clips.trash', { ids: [first.id] });
    const after = await search('exports');
    expect(after.total).toBe(subjects.length - 1);
    expect(after.hits.map((h) => h.id)).not.toContain(first.id);
    await core.dispatch('clips.restore', { ids: [first.id] });
  });

  it('ranks a title match above a body-only match', async () => {
    const result = await search('copper');
    expect(result.hits[0]!.title).toMatch(/^copper/);
  });
});
