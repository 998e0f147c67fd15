import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreService, type CoreService } from '../../electron/core/core-service.js';
import { largeExport } from '../support/export-file.js';
import { tempLibrary } from '../support/temp-library.js';

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
