import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import { tempLibrary } from '../support/temp-library.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** An export of `n` clips laid out as Cuttings writes it: the head, then one clip per line. */
function largeExport(n: number): string {
  const clips = Array.from({ length: n }, (_, i) => {
    const paragraph = `Shared report ${i + 1}: the ferry ${i * 7} left the harbour wall at dawn with ${i} passengers aboard.`;
    const raw = `Report ${i + 1}\n\n${paragraph}`;
    return JSON.stringify({
      key: i + 1,
      title: `Report ${i + 1}`,
      paragraphs: [paragraph],
      raw,
      rawHtml: null,
      rawSha256: sha256(raw),
      date: null,
      dateline: null,
      source: null,
      byline: [],
      language: 'en',
      url: null,
      wordCount: 16,
      cruft: [],
      notes: '',
      quotes: [],
      people: [],
      places: [],
      organizations: [],
      tags: ['shared'],
      highlights: [],
      createdAt: '2024-05-01T09:30:00.000Z',
      updatedAt: '2024-05-01T09:30:00.000Z',
      deletedAt: null,
      versionOf: null,
    });
  });
  const head = JSON.stringify(
    {
      format: 'cuttings-export',
      version: 1,
      exportedAt: '2024-05-02T10:00:00.000Z',
      scope: { collection: null },
      clipCount: n,
      tags: [{ name: 'shared', color: null }],
      collections: [
        {
          key: 1,
          parent: null,
          name: 'Shared',
          description: '',
          query: null,
          createdAt: '2024-05-01T09:30:00.000Z',
          clips: clips.map((_, i) => i + 1),
          comparisons: [],
        },
      ],
      comparisons: [],
      dossiers: [],
    },
    null,
    1,
  );
  return `${head.replace(/\n}$/, ',')}\n "clips": [\n${clips.join(',\n')}\n ]\n}\n`;
}

describe('a large export imported in batches', () => {
  const lib = tempLibrary('cuttings-import-batches-');
  const file = join(lib.dir, 'large.json');
  let core: CoreService;
  beforeAll(() => {
    writeFileSync(file, largeExport(1_200));
    core = createCoreService(lib.path);
  });
  afterAll(() => {
    core.close();
    lib.remove();
  });

  it('stops at the clip it was cancelled on, keeping the clips written with their tags and collection, then takes the rest', async () => {
    const controller = new AbortController();
    const summary = await core.importFiles([file], {
      signal: controller.signal,
      onProgress: (p) => {
        // Past the check of all 1,200 clips, and 1,050 clips into the writing.
        if (p.total === 2_400 && p.done === 2_250) controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    expect(summary.failed).toEqual([]);
    const first = summary.exports[0]!.summary;
    expect(first).toMatchObject({ cancelled: true, clips: { added: 1_050, reused: 0 } });
    const info = await core.dispatch('library.info', {});
    expect(info).toMatchObject({ ok: true, value: { clipCount: 1_050 } });
    const tagged = await core.dispatch('clips.list', { tag: 'shared', limit: 1 });
    expect(tagged).toMatchObject({ ok: true, value: { total: 1_050 } });

    const again = await core.importFiles([file]);
    expect(again.exports[0]!.summary).toMatchObject({ cancelled: false, clips: { added: 150, reused: 1_050 } });
    expect(await core.dispatch('library.info', {})).toMatchObject({ ok: true, value: { clipCount: 1_200 } });
  });

  it('adds nothing from a file found damaged near its end', async () => {
    const fresh = tempLibrary('cuttings-import-damaged-');
    const other = createCoreService(fresh.path);
    try {
      const damaged = join(fresh.dir, 'damaged.json');
      writeFileSync(damaged, largeExport(1_200).replace('"title":"Report 1190"', '"title":1190'));
      const summary = await other.importFiles([damaged]);
      expect(summary.failed[0]!.reason).toMatch(/damaged: at clips\.1189\.title/);
      expect(await other.dispatch('library.info', {})).toMatchObject({ ok: true, value: { clipCount: 0 } });
    } finally {
      other.close();
      fresh.remove();
    }
  });
});
